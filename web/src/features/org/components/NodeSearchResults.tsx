import type { TableColumnsType } from 'antd';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listNodes, type OrgNode } from '../../../api/org';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { useCursorList } from '../../../shared/cursor/useCursorList';

/** Nodes in scope whose name or code contains `q`; a name opens the node. */
export function NodeSearchResults({ q }: { q: string }) {
  const { t } = useTranslation();
  const list = useCursorList(['org', 'search', 'list', q], (cursor, signal) =>
    listNodes({ q, cursor }, signal),
  );
  const columns: TableColumnsType<OrgNode> = [
    {
      key: 'name',
      title: t('org.name'),
      render: (_, node) => (
        <>
          <Link to={`?node=${node.id}`}>{node.name}</Link>
          <br />
          <Typography.Text type="secondary">{node.path.map((item) => item.name).join(' / ')}</Typography.Text>
        </>
      ),
    },
    { key: 'kind', title: t('org.kind'), render: (_, node) => t(`kinds.${node.kind}`) },
  ];
  return <CursorTable<OrgNode> list={list} columns={columns} size="small" testId="org-search-results" />;
}
