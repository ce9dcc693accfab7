import { MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { GRID_STATUSES, type Grid, type GridKind, type GridStatus } from '../../../api/grids';
import { PageTitle } from '../../../shared/components/PageTitle';
import { GridFormModal, type GridFormTarget } from '../components/GridFormModal';
import { GridKindSelect } from '../components/GridKindSelect';
import { GridTable } from '../components/GridTable';
import { MergeGridsModal } from '../components/MergeGridsModal';
import { NodeSelect } from '../components/NodeSelect';
import { useNode } from '../queries';
import { useScopeCommunityId } from '../useScopeCommunityId';

/** `/console/org/grids?community=`: a community's grids, with create, edit and merge. */
export default function GridsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const scopeCommunityId = useScopeCommunityId();
  const communityId = Number(params.get('community')) || scopeCommunityId;
  const community = useNode(communityId);
  const canManage = community.data?.actions.includes('manage_grids') ?? false;
  const [kind, setKind] = useState<GridKind>();
  const [status, setStatus] = useState<GridStatus>();
  const [selected, setSelected] = useState<Grid[]>([]);
  const [formTarget, setFormTarget] = useState<GridFormTarget | null>(null);
  const [merging, setMerging] = useState(false);

  return (
    <>
      <PageTitle
        title={t('grids.title')}
        extra={
          canManage ? (
            <>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setFormTarget({ mode: 'create' })}
                data-testid="grid-create"
              >
                {t('grids.create')}
              </Button>
              <Button
                icon={<MergeCellsOutlined />}
                disabled={selected.length < 2}
                onClick={() => setMerging(true)}
                data-testid="grid-merge"
              >
                {t('grids.mergeSelected', { count: selected.length })}
              </Button>
            </>
          ) : null
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <div style={{ width: 260 }}>
          <NodeSelect
            kinds={['community']}
            value={communityId}
            onChange={(id) => {
              setSelected([]);
              setParams(id ? { community: String(id) } : {});
            }}
            placeholder={t('grids.pickCommunity')}
            aria-label={t('kinds.community')}
          />
        </div>
        <GridKindSelect
          allowClear
          placeholder={t('grids.allKinds')}
          aria-label={t('grids.kind')}
          value={kind}
          onChange={setKind}
          style={{ minWidth: 140 }}
        />
        <Select<GridStatus>
          allowClear
          placeholder={t('grids.allStatuses')}
          aria-label={t('grids.status')}
          value={status}
          onChange={setStatus}
          options={GRID_STATUSES.map((value) => ({ value, label: t(`grids.statuses.${value}`) }))}
          style={{ minWidth: 140 }}
        />
      </Space>
      {communityId === undefined ? (
        <Empty description={t('grids.pickCommunity')} />
      ) : (
        <GridTable
          filter={{ communityId, kind, status }}
          selection={canManage ? { selected, onChange: setSelected } : undefined}
          onEdit={(grid) => setFormTarget({ mode: 'edit', grid })}
        />
      )}
      {community.data ? (
        <>
          <GridFormModal community={community.data} target={formTarget} onClose={() => setFormTarget(null)} />
          <MergeGridsModal
            community={community.data}
            grids={merging ? selected : null}
            onClose={() => setMerging(false)}
            onMerged={() => {
              setMerging(false);
              setSelected([]);
            }}
          />
        </>
      ) : null}
    </>
  );
}
