import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { createProject, type Project } from '../../../api/projects';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useNeeds, useProjectMutation } from '../queries';

interface Values {
  nodeId: number;
  title: string;
  description?: string;
  budgetYuan: number;
  crowdfunding?: boolean;
  needIds?: number[];
}

/** A project from the needs list: where, what, the budget in yuan (kept in cents), and whether residents crowdfund. */
export function CreateProjectModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (p: Project) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const needs = useNeeds();
  const create = useProjectMutation(createProject);
  async function submit(v: Values) {
    const p = await create.mutateAsync({
      nodeId: v.nodeId,
      title: v.title,
      budget: Math.round(v.budgetYuan * 100),
      crowdfunding: v.crowdfunding ?? false,
      ...(v.description ? { description: v.description } : {}),
      ...(v.needIds?.length ? { needIds: v.needIds } : {}),
    });
    onCreated(p);
  }
  return (
    <FormModal<Values>
      open={open}
      title={t('projects.create')}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="project-create-submit"
    >
      <Form.Item name="needIds" label={t('projects.fields.needs')}>
        <Select
          mode="multiple"
          data-testid="project-needs"
          options={needs.items.map((n) => ({ value: n.id, label: n.title }))}
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item name="nodeId" label={t('projects.fields.where')} rules={[{ required: true }]}>
        <NodeSelect kinds={['compound', 'community']} />
      </Form.Item>
      <Form.Item name="title" label={t('projects.fields.title')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="project-title" />
      </Form.Item>
      <Form.Item name="budgetYuan" label={t('projects.fields.budget')} rules={[{ required: true }]}>
        <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="project-budget" />
      </Form.Item>
      <Form.Item name="crowdfunding" label={t('projects.fields.crowdfunding')} valuePropName="checked">
        <Switch data-testid="project-crowdfunding" />
      </Form.Item>
      <Form.Item name="description" label={t('projects.fields.description')} rules={[{ max: 5000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
