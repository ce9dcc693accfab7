import { EditOutlined, HomeOutlined, PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { OrgNode } from '../../../api/org';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { canUse } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { useNode } from '../queries';
import { NodeFacts } from './NodeFacts';
import { type NodeFormTarget, NodeFormModal } from './NodeFormModal';

interface NodeDetailProps {
  nodeId: number;
  onSaved: (node: OrgNode, target: NodeFormTarget) => void;
}

/** The selected node: breadcrumb, facts, and the actions the caller may take on it. */
export function NodeDetail({ nodeId, onSaved }: NodeDetailProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showsHouses = canUse(useCurrentUser(), 'registry');
  const node = useNode(nodeId);
  const [formTarget, setFormTarget] = useState<NodeFormTarget | null>(null);

  if (node.isPending) return <Skeleton active />;
  if (node.isError) return <ErrorAlert error={node.error} onRetry={() => void node.refetch()} />;
  const { data } = node;

  return (
    <Card
      data-testid="node-detail"
      title={
        <Space wrap>
          {data.name}
          <Tag color="blue">{t(`kinds.${data.kind}`)}</Tag>
        </Space>
      }
      extra={
        <Space wrap>
          {showsHouses && (data.kind === 'building' || data.kind === 'unit') ? (
            <Button
              icon={<HomeOutlined />}
              onClick={() => void navigate(`/console/registry/places/${data.id}`)}
              data-testid="node-houses"
            >
              {t('registry.housesLink')}
            </Button>
          ) : null}
          {data.actions.includes('create_child') ? (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setFormTarget({ mode: 'create', parent: data })}
              data-testid="node-create-child"
            >
              {t('org.createChild')}
            </Button>
          ) : null}
          {data.actions.includes('update') ? (
            <Button
              icon={<EditOutlined />}
              onClick={() => setFormTarget({ mode: 'edit', node: data })}
              data-testid="node-edit"
            >
              {t('common.edit')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Breadcrumb
        style={{ marginBottom: 16 }}
        items={data.path.map((item) =>
          item.id === data.id
            ? { title: item.name }
            : { title: <Link to={`?node=${item.id}`}>{item.name}</Link> },
        )}
      />
      <NodeFacts node={data} />
      <NodeFormModal
        target={formTarget}
        onClose={() => setFormTarget(null)}
        onSaved={(saved, target) => {
          setFormTarget(null);
          onSaved(saved, target);
        }}
      />
    </Card>
  );
}
