import { EditOutlined } from '@ant-design/icons';
import { Button, Space, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Grid } from '../../../api/grids';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { type GridFilter, useGridList } from '../gridQueries';

interface GridTableProps {
  filter: GridFilter;
  /** Selection for merging; only active grids the caller may merge can be picked. Absent: no checkboxes. */
  selection?: { selected: Grid[]; onChange: (grids: Grid[]) => void };
  onEdit: (grid: Grid) => void;
}

export function GridTable({ filter, selection, onEdit }: GridTableProps) {
  const { t } = useTranslation();
  const list = useGridList(filter);
  const columns: TableColumnsType<Grid> = [
    { key: 'code', title: t('grids.code'), dataIndex: 'code' },
    { key: 'name', title: t('grids.name'), dataIndex: 'name' },
    { key: 'kind', title: t('grids.kind'), render: (_, grid) => <Tag>{t(`grids.kinds.${grid.kind}`)}</Tag> },
    {
      key: 'status',
      title: t('grids.status'),
      render: (_, grid) =>
        grid.status === 'active' ? (
          <Tag color="green">{t('grids.statuses.active')}</Tag>
        ) : (
          <Tag>{t('grids.mergedInto', { id: grid.mergedIntoId ?? '—' })}</Tag>
        ),
    },
    {
      key: 'workers',
      title: t('grids.workers'),
      render: (_, grid) => grid.workers.map((worker) => worker.displayName).join('、') || '—',
    },
    {
      key: 'compounds',
      title: t('grids.compounds'),
      render: (_, grid) => (
        <Space size={[0, 4]} wrap>
          {grid.compounds.map((compound) => (
            <Tag key={compound.compoundId}>
              {compound.name} · {t(`grids.relations.${compound.relation}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    { key: 'phone', title: t('grids.supervisionPhone'), render: (_, grid) => grid.supervisionPhone ?? '—' },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, grid) =>
        grid.status === 'active' && grid.actions.includes('update') ? (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => onEdit(grid)}
            aria-label={`${t('common.edit')} ${grid.name}`}
          >
            {t('common.edit')}
          </Button>
        ) : null,
    },
  ];

  return (
    <CursorTable<Grid>
      list={list}
      columns={columns}
      testId="grid-table"
      rowSelection={
        selection && {
          selectedRowKeys: selection.selected.map((grid) => grid.id),
          onChange: (_keys, grids) => selection.onChange(grids),
          getCheckboxProps: (grid) => ({
            disabled: grid.status !== 'active' || !grid.actions.includes('merge'),
            'aria-label': grid.name,
          }),
        }
      }
    />
  );
}
