import { Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Entry } from '../../../api/volunteers';
import { formatDateTime } from '../../../shared/format';

function entryColumns(t: TFunction) {
  return [
    { title: t('common.createdAt'), render: (_: unknown, e: Entry) => formatDateTime(e.createdAt) },
    {
      title: t('volunteers.fields.kind'),
      render: (_: unknown, e: Entry) => t(`volunteers.passbook.entryKinds.${e.kind}`),
    },
    {
      title: t('volunteers.fields.description'),
      render: (_: unknown, e: Entry) =>
        e.kind === 'open_event' ? <Link to={`/console/events/${e.causeId}`}>{e.note}</Link> : e.note,
    },
    {
      title: t('volunteers.fields.points'),
      render: (_: unknown, e: Entry) => (
        <Typography.Text type={e.points > 0 ? 'success' : 'danger'}>
          {e.points > 0 ? `+${e.points}` : e.points}
        </Typography.Text>
      ),
    },
    { title: t('volunteers.passbook.balance'), dataIndex: 'balanceAfter' },
  ];
}

/** Ledger entries with their cause: an event links to its page; redemptions show as spent. */
export function EntriesTable({ entries, testId }: { entries: Entry[]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Table<Entry>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={entries}
      columns={entryColumns(t)}
      data-testid={testId}
      scroll={{ x: 'max-content' }}
    />
  );
}
