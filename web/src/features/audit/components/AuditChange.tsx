import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../api/audit';
import { JsonBlock } from '../../../shared/components/JsonBlock';

/** An audit row's before and after, side by side (stacked on a phone). */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 8]}>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.before')}</Typography.Text>
        <JsonBlock value={entry.before} />
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.after')}</Typography.Text>
        <JsonBlock value={entry.after} />
      </Col>
      <Col span={24}>
        <Typography.Text type="secondary">
          {t('audit.hash')}:{' '}
          <Typography.Text code copyable>
            {entry.hash}
          </Typography.Text>
        </Typography.Text>
      </Col>
    </Row>
  );
}
