import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, type Activity, type ActivityKind, createActivity } from '../../../api/volunteers';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useTeams, useVolunteerMutation } from '../queries';

interface Values {
  nodeId: number;
  teamId?: number;
  kind: ActivityKind;
  title: string;
  place: string;
  time: [Dayjs, Dayjs];
  capacity: number;
  description?: string;
}

/** Publishes an activity at a compound or in a community: what, where, when and how many places. */
export function CreateActivityModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (a: Activity) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useVolunteerMutation(createActivity);
  const teams = useTeams();
  async function submit(v: Values) {
    const created = await create.mutateAsync({
      nodeId: v.nodeId,
      ...(v.teamId ? { teamId: v.teamId } : {}),
      kind: v.kind,
      title: v.title,
      place: v.place,
      startsAt: v.time[0].toISOString(),
      endsAt: v.time[1].toISOString(),
      capacity: v.capacity,
      ...(v.description ? { description: v.description } : {}),
    });
    onCreated(created);
  }
  return (
    <FormModal<Values>
      open={open}
      title={t('volunteers.create')}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      // From this minute for two hours: organisers often publish what is about to start; they change it otherwise.
      initialValues={{
        kind: 'environment',
        capacity: 20,
        time: [dayjs().startOf('minute'), dayjs().startOf('minute').add(2, 'hour')],
      }}
      submitText={t('common.create')}
      submitTestId="activity-submit"
      width={600}
    >
      <Form.Item name="nodeId" label={t('volunteers.fields.where')} rules={[{ required: true }]}>
        <NodeSelect kinds={['compound', 'community']} aria-label={t('volunteers.fields.where')} />
      </Form.Item>
      <Form.Item name="title" label={t('volunteers.fields.title')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="activity-title" />
      </Form.Item>
      <Form.Item name="kind" label={t('volunteers.fields.kind')} rules={[{ required: true }]}>
        <Select options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`volunteers.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="place" label={t('volunteers.fields.place')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="activity-place" />
      </Form.Item>
      <Form.Item name="time" label={t('volunteers.fields.time')} rules={[{ required: true }]}>
        <DatePicker.RangePicker showTime style={{ width: '100%' }} data-testid="activity-time" />
      </Form.Item>
      <Form.Item name="capacity" label={t('volunteers.fields.capacity')} rules={[{ required: true }]}>
        <InputNumber min={1} max={10000} data-testid="activity-capacity" />
      </Form.Item>
      <Form.Item name="teamId" label={t('volunteers.fields.team')}>
        <Select allowClear options={teams.items.map((tm) => ({ value: tm.id, label: tm.name }))} />
      </Form.Item>
      <Form.Item name="description" label={t('volunteers.fields.description')} rules={[{ max: 5000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
