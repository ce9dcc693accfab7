import { Card, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoverageRow } from '../../../api/governance';
import { CoverageBar } from './CoverageBar';

const PAGE_SIZE = 20;

interface CoverageTableProps {
  title: ReactNode;
  rows: CoverageRow[];
  /** What is counted ("楼栋", "小区"), for the covered / total column. */
  unit: string;
  /** Where a row's name leads (its leaders, or its own report). */
  linkTo?: (row: CoverageRow) => string;
  reference?: number;
  testId?: string;
}

/** Rates of one level (street, community, compound), lowest first: where to look first. */
export function CoverageTable({ title, rows, unit, linkTo, reference, testId }: CoverageTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CoverageRow> = [
    {
      key: 'name',
      title: t('governance.coverage.name'),
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, row) => (linkTo ? <Link to={linkTo(row)}>{row.name}</Link> : row.name),
    },
    {
      key: 'rate',
      title: t('governance.coverage.rate'),
      sorter: (a, b) => a.rate - b.rate,
      defaultSortOrder: 'ascend',
      render: (_, row) => <CoverageBar rate={row.rate} reference={reference} />,
    },
    {
      key: 'count',
      title: t('governance.coverage.count', { unit }),
      sorter: (a, b) => a.total - b.total,
      render: (_, row) => (
        <Typography.Text>
          {row.covered} / {row.total}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Card size="small" title={title} data-testid={testId}>
      <Table<CoverageRow>
        rowKey="nodeId"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: PAGE_SIZE, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('governance.coverage.empty') }}
      />
    </Card>
  );
}
