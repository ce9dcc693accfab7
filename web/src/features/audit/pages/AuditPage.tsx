import { type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../api/audit';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { AuditChange } from '../components/AuditChange';
import { AuditFilters } from '../components/AuditFilters';
import { VerifyChain } from '../components/VerifyChain';
import { type AuditFilter, useAuditList } from '../queries';

/** `/console/audit`: the append-only audit log, filtered, newest first, with the chain check. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const list = useAuditList(filter);
  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t('audit.at'), render: (_, entry) => formatDateTime(entry.at) },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, entry) =>
        entry.actorId === null ? t('audit.system') : `${entry.actorName ?? ''} #${entry.actorId}`,
    },
    { key: 'action', title: t('audit.action'), render: (_, entry) => <Tag>{entry.action}</Tag> },
    { key: 'entityType', title: t('audit.entityType'), dataIndex: 'entityType' },
    { key: 'entityId', title: t('audit.entityId'), render: (_, entry) => entry.entityId ?? '—' },
    { key: 'communityId', title: t('audit.communityId'), render: (_, entry) => entry.communityId ?? '—' },
    {
      key: 'hash',
      title: t('audit.hash'),
      render: (_, entry) => <Typography.Text code>{entry.hash.slice(0, 12)}</Typography.Text>,
    },
  ];

  return (
    <>
      <PageTitle title={t('audit.title')} />
      <VerifyChain />
      <AuditFilters onApply={setFilter} />
      <CursorTable<AuditEntry>
        list={list}
        columns={columns}
        testId="audit-table"
        expandable={{ expandedRowRender: (entry) => <AuditChange entry={entry} /> }}
      />
    </>
  );
}
