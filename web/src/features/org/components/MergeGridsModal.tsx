import { App, Form, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Grid, GridMerge } from '../../../api/grids';
import type { OrgNode } from '../../../api/org';
import { FormModal } from '../../../shared/components/FormModal';
import { gridCodeRule } from '../codeRules';
import { useMergeGrids } from '../gridQueries';
import { GridKindSelect } from './GridKindSelect';

type MergeValues = Omit<GridMerge, 'gridIds'>;

interface MergeGridsModalProps {
  community: OrgNode;
  grids: Grid[] | null;
  onClose: () => void;
  onMerged: (grid: Grid) => void;
}

/** Merges two or more active grids into a new one, which takes over their compounds. */
export function MergeGridsModal({ community, grids, onClose, onMerged }: MergeGridsModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MergeValues>();
  const merge = useMergeGrids();
  if (!grids) return null;
  const gridIds = grids.map((grid) => grid.id);

  async function submit({ name, kind, code }: MergeValues): Promise<void> {
    const merged = await merge.mutateAsync({
      gridIds,
      name: name.trim(),
      kind,
      code: code?.trim() || undefined,
    });
    void message.success(t('grids.merged', { name: merged.name }));
    onMerged(merged);
  }

  return (
    <FormModal<MergeValues>
      open
      form={form}
      title={t('grids.mergeTitle', { count: grids.length })}
      initialValues={{ kind: 'comprehensive' }}
      onSubmit={submit}
      onCancel={onClose}
      submitText={t('grids.merge')}
      submitTestId="grid-merge-submit"
    >
      <Form.Item label={t('grids.mergeSources')}>
        <Space wrap>
          {grids.map((grid) => (
            <Tag key={grid.id}>{grid.name}</Tag>
          ))}
        </Space>
      </Form.Item>
      <Form.Item name="name" label={t('grids.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input data-testid="grid-merge-name" />
      </Form.Item>
      <Form.Item name="kind" label={t('grids.kind')} rules={[{ required: true }]}>
        <GridKindSelect />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('grids.code')}
        extra={t('org.codeHint')}
        rules={[gridCodeRule(t, community.code)]}
      >
        <Input />
      </Form.Item>
    </FormModal>
  );
}
