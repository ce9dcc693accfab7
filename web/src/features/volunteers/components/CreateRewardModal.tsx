import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { createReward } from '../../../api/volunteers';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useVolunteerMutation } from '../queries';

interface Values {
  nodeId: number;
  name: string;
  cost: number;
  stock?: number;
  description?: string;
}

export function CreateRewardModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useVolunteerMutation(createReward);
  async function submit(v: Values) {
    await create.mutateAsync({
      nodeId: v.nodeId,
      name: v.name,
      cost: v.cost,
      ...(v.stock !== undefined && v.stock !== null ? { stock: v.stock } : {}),
      ...(v.description ? { description: v.description } : {}),
    });
    onClose();
  }
  return (
    <FormModal<Values>
      open={open}
      title={t('volunteers.rewards.create')}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="reward-submit"
    >
      <Form.Item name="nodeId" label={t('volunteers.rewards.where')} rules={[{ required: true }]}>
        <NodeSelect kinds={['compound', 'community']} aria-label={t('volunteers.rewards.where')} />
      </Form.Item>
      <Form.Item name="name" label={t('volunteers.rewards.name')} rules={[{ required: true, max: 100 }]}>
        <Input data-testid="reward-name" />
      </Form.Item>
      <Form.Item name="cost" label={t('volunteers.rewards.cost')} rules={[{ required: true }]}>
        <InputNumber min={1} data-testid="reward-cost" />
      </Form.Item>
      <Form.Item name="stock" label={t('volunteers.rewards.stock')} extra={t('volunteers.rewards.unlimited')}>
        <InputNumber min={0} />
      </Form.Item>
      <Form.Item name="description" label={t('volunteers.fields.description')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
