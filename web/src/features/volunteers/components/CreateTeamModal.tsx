import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { createTeam } from '../../../api/volunteers';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useVolunteerMutation } from '../queries';

interface Values {
  nodeId: number;
  communityId?: number;
  name: string;
  description?: string;
}

/** A team serving a compound, a community or a street; a street's team names the community that keeps it. */
export function CreateTeamModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useVolunteerMutation(createTeam);
  async function submit(v: Values) {
    await create.mutateAsync({
      nodeId: v.nodeId,
      name: v.name,
      ...(v.communityId ? { communityId: v.communityId } : {}),
      ...(v.description ? { description: v.description } : {}),
    });
    onClose();
  }
  return (
    <FormModal<Values>
      open={open}
      title={t('volunteers.teams.create')}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Form.Item name="nodeId" label={t('volunteers.teams.node')} rules={[{ required: true }]}>
        <NodeSelect kinds={['compound', 'community', 'street']} />
      </Form.Item>
      <Form.Item name="communityId" label={t('volunteers.teams.keeper')}>
        <NodeSelect kinds={['community']} />
      </Form.Item>
      <Form.Item name="name" label={t('volunteers.teams.name')} rules={[{ required: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t('volunteers.fields.description')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
