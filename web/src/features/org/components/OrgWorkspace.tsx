import { useQueryClient } from '@tanstack/react-query';
import { Col, Empty, Input, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OrgNode } from '../../../api/org';
import { nodeQuery } from '../queries';
import { useOrgTree } from '../useOrgTree';
import { NodeDetail } from './NodeDetail';
import type { NodeFormTarget } from './NodeFormModal';
import { NodeSearchResults } from './NodeSearchResults';
import { OrgTreeView } from './OrgTreeView';

/** Search or tree on the left, the selected node (`?node=`) on the right. */
export function OrgWorkspace({ roots }: { roots: OrgNode[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState('');
  const tree = useOrgTree(roots, t('common.loadMore'));
  const selectedId = Number(params.get('node')) || roots[0]?.id;

  async function handleSaved(node: OrgNode, target: NodeFormTarget): Promise<void> {
    if (target.mode === 'edit') {
      tree.replaceNode(node);
      return;
    }
    await tree.showChildren(target.parent.id);
    tree.replaceNode(await queryClient.fetchQuery({ ...nodeQuery(target.parent.id), staleTime: 0 }));
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={10} lg={8}>
        <Input.Search
          allowClear
          placeholder={t('org.searchPlaceholder')}
          aria-label={t('org.searchPlaceholder')}
          onSearch={(value) => setQ(value.trim())}
          style={{ marginBottom: 12 }}
          data-testid="org-search"
        />
        {q ? (
          <NodeSearchResults q={q} />
        ) : (
          <OrgTreeView
            tree={tree}
            selectedId={selectedId}
            onSelect={(id) => setParams({ node: String(id) })}
          />
        )}
      </Col>
      <Col xs={24} md={14} lg={16}>
        {selectedId === undefined ? (
          <Empty description={t('org.noSelection')} />
        ) : (
          <NodeDetail nodeId={selectedId} onSaved={(node, target) => void handleSaved(node, target)} />
        )}
      </Col>
    </Row>
  );
}
