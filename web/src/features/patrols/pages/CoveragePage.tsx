import { DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Segmented, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  coverageExportUrl,
  PERIODS,
  type CoveragePeriod,
  type CoverageQuery,
  type CoverageRow,
} from '../../../api/patrols';
import { PageTitle } from '../../../shared/components/PageTitle';
import { QueryResult } from '../../../shared/components/QueryResult';
import { useCommunityChoice } from '../../volunteers/components/useCommunityChoice';
import { useCoverage } from '../queries';

interface Line extends CoverageRow {
  key: string;
  name: string;
}

function CoverageTable({ title, lines, testId }: { title: string; lines: Line[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Table<Line>
        size="small"
        rowKey="key"
        dataSource={lines}
        pagination={false}
        scroll={{ x: true }}
        data-testid={testId}
        style={{ marginBottom: 16 }}
        columns={[
          { title: t('patrols.coverage.name'), dataIndex: 'name' },
          { title: t('patrols.coverage.period'), dataIndex: 'period' },
          { title: t('patrols.coverage.planned'), dataIndex: 'planned' },
          { title: t('patrols.coverage.done'), dataIndex: 'done' },
          { title: t('patrols.coverage.extra'), dataIndex: 'extra' },
          { title: t('patrols.fields.failedItems'), dataIndex: 'failedItems' },
          { title: t('patrols.fields.eventsFiled'), dataIndex: 'eventsFiled' },
        ]}
      />
    </>
  );
}

const linesOf = (groups: { key: number; name: string; rows: CoverageRow[] }[]): Line[] =>
  groups.flatMap((g) => g.rows.map((r) => ({ ...r, key: `${g.key}-${r.period}`, name: g.name })));

/** `/console/patrols/coverage`: rounds planned and done per grid, building and walker, and its xlsx ledger. */
export default function CoveragePage() {
  const { t } = useTranslation();
  const { communityId, picker } = useCommunityChoice();
  const [range, setRange] = useState<[string, string]>([
    dayjs().subtract(6, 'day').format('YYYY-MM-DD'),
    dayjs().format('YYYY-MM-DD'),
  ]);
  const [period, setPeriod] = useState<CoveragePeriod>('day');
  const q: CoverageQuery | null = communityId ? { communityId, from: range[0], to: range[1], period } : null;
  const coverage = useCoverage(q);
  return (
    <>
      <PageTitle title={t('shell.menu.patrolCoverage')} />
      <Flex gap="middle" wrap align="center" style={{ marginBottom: 12 }}>
        {picker}
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(range[0]), dayjs(range[1])]}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')])}
        />
        <Segmented<CoveragePeriod>
          value={period}
          onChange={setPeriod}
          options={PERIODS.map((p) => ({ value: p, label: t(`patrols.coverage.periods.${p}`) }))}
        />
        {q ? (
          <Button icon={<DownloadOutlined />} href={coverageExportUrl(q)} data-testid="coverage-export">
            {t('patrols.coverage.export')}
          </Button>
        ) : null}
      </Flex>
      {q ? (
        <QueryResult query={coverage}>
          {(c) => (
            <>
              <CoverageTable
                title={t('patrols.coverage.grids')}
                testId="coverage-grids"
                lines={linesOf(c.grids.map((g) => ({ key: g.gridId, name: g.name, rows: g.rows })))}
              />
              <CoverageTable
                title={t('patrols.coverage.buildings')}
                testId="coverage-buildings"
                lines={linesOf(c.buildings.map((b) => ({ key: b.buildingId, name: b.name, rows: b.rows })))}
              />
              <CoverageTable
                title={t('patrols.coverage.workers')}
                testId="coverage-workers"
                lines={linesOf(c.workers.map((w) => ({ key: w.accountId, name: w.name, rows: w.rows })))}
              />
            </>
          )}
        </QueryResult>
      ) : (
        <Typography.Paragraph type="secondary">{t('patrols.coverage.pickCommunity')}</Typography.Paragraph>
      )}
    </>
  );
}
