import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';

export interface Kpi {
  key: string;
  title: ReactNode;
  value: string | number;
  suffix?: ReactNode;
}

/** A row of headline figures, two to a row on a phone, up to six on a wide screen. */
export function KpiRow({ kpis, testId }: { kpis: readonly Kpi[]; testId?: string }) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid={testId}>
      {kpis.map((kpi) => (
        <Col key={kpi.key} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={kpi.title}
              value={kpi.value}
              suffix={kpi.suffix}
              data-testid={`kpi-${kpi.key}`}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
