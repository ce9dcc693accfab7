import { Form, Input, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { createProject, type Project, updateProject } from '../../../api/projects';
import { FormModal } from '../../../shared/components/FormModal';
import { SearchSelect } from '../../../shared/components/SearchSelect';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useNeedOptions, useProjectMutation } from '../queries';

interface Values {
  nodeId: number;
  title: string;
  description?: string;
  budgetYuan: number;
  crowdfunding?: boolean;
  needIds?: number[];
}

const valuesOf = (p: Project): Partial<Values> => ({
  title: p.title,
  description: p.description ?? undefined,
  budgetYuan: p.budget / 100,
  crowdfunding: p.crowdfunding,
  needIds: p.needs.map((n) => n.id),
});

/**
 * A project from the needs list: where, what, the budget in yuan (kept in cents), and whether residents crowdfund.
 * Given `project`, corrects that proposed project (its place stays; the needs chosen replace its links).
 */
export function ProjectFormModal({
  open,
  project,
  onClose,
  onSaved,
}: {
  open: boolean;
  project?: Project;
  onClose: () => void;
  onSaved: (p: Project) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useProjectMutation(createProject);
  const update = useProjectMutation((body: Parameters<typeof updateProject>[1]) =>
    updateProject(project!.id, body),
  );
  async function submit(v: Values) {
    const fields = {
      title: v.title,
      budget: Math.round(v.budgetYuan * 100),
      crowdfunding: v.crowdfunding ?? false,
    };
    const p = project
      ? await update.mutateAsync({ ...fields, description: v.description || null, needIds: v.needIds ?? [] })
      : await create.mutateAsync({
          ...fields,
          nodeId: v.nodeId,
          ...(v.description ? { description: v.description } : {}),
          ...(v.needIds?.length ? { needIds: v.needIds } : {}),
        });
    onSaved(p);
  }
  return (
    <FormModal<Values>
      open={open}
      title={t(project ? 'projects.edit' : 'projects.create')}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      initialValues={project ? valuesOf(project) : undefined}
      submitTestId={project ? 'project-edit-submit' : 'project-create-submit'}
    >
      <Form.Item name="needIds" label={t('projects.fields.needs')} extra={t('projects.needsHint')}>
        <SearchSelect
          multiple
          useOptions={useNeedOptions}
          known={project?.needs.map((n) => ({ value: n.id, label: n.title }))}
          placeholder={t('projects.needsPlaceholder')}
          data-testid="project-needs"
        />
      </Form.Item>
      {project ? null : (
        <Form.Item name="nodeId" label={t('projects.fields.where')} rules={[{ required: true }]}>
          <NodeSelect kinds={['compound', 'community']} />
        </Form.Item>
      )}
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
