import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { type LedgerEntry, yuan } from '../../../api/projects';
import { formatDateTime } from '../../../shared/format';
import { useLedger } from '../queries';

const INCOME = new Set(['community_fund', 'government_grant', 'contribution']);

/** A project's ledger, newest first: each entry signed by its kind, with the balance it left. */
export function LedgerTable({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const list = useLedger(projectId);
  return (
    <Table<LedgerEntry>
      rowKey="id"
      size="small"
      loading={list.isLoading}
      dataSource={list.items}
      pagination={false}
      data-testid="ledger-table"
      columns={[
        { title: t('projects.fields.time'), render: (_, e) => formatDateTime(e.createdAt) },
        { title: t('projects.fields.kind'), render: (_, e) => t(`projects.kinds.${e.kind}`) },
        {
          title: t('projects.fields.amount'),
          render: (_, e) => `${INCOME.has(e.kind) ? '+' : '−'}${yuan(e.amount)}`,
        },
        { title: t('projects.fields.balance'), render: (_, e) => yuan(e.balanceAfter) },
        { title: t('projects.fields.receipt'), render: (_, e) => e.receiptNo ?? '' },
        { title: t('projects.fields.party'), render: (_, e) => e.contributor ?? e.payee ?? '' },
        { title: t('projects.fields.note'), render: (_, e) => e.note ?? '' },
      ]}
    />
  );
}
