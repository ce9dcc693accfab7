import { App, DatePicker, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BuildingLeader } from '../../../api/governance';
import { FormModal } from '../../../shared/components/FormModal';
import { useUpdateLeader } from '../queries';

/** `filedOn`: the day the appointment was filed (备案) with the community; `endedOn`: the leader stood down. */
export type LeaderDateField = 'filedOn' | 'endedOn';

interface LeaderDateModalProps {
  leader: BuildingLeader;
  field: LeaderDateField;
  onClose: () => void;
}

/** Records one date of a leader's appointment; neither may precede the appointment itself. */
export function LeaderDateModal({ leader, field, onClose }: LeaderDateModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<LeaderDateField, Dayjs>>();
  const update = useUpdateLeader();
  const appointed = dayjs(leader.appointedOn);

  async function submit(values: Record<LeaderDateField, Dayjs>): Promise<void> {
    const date = values[field].format('YYYY-MM-DD');
    await update.mutateAsync({
      id: leader.id,
      patch: field === 'filedOn' ? { filedOn: date } : { endedOn: date },
    });
    void message.success(t('common.saved'));
    onClose();
  }

  return (
    <FormModal<Record<LeaderDateField, Dayjs>>
      open
      form={form}
      title={t(`governance.leaders.${field}Title`, {
        name: leader.displayName,
        building: leader.buildingLabel,
      })}
      initialValues={{ [field]: dayjs() }}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="leader-date-submit"
    >
      <Typography.Paragraph type="secondary">
        {t('governance.leaders.appointedSince', { date: leader.appointedOn })}
      </Typography.Paragraph>
      <Form.Item name={field} label={t(`governance.leaders.${field}`)} rules={[{ required: true }]}>
        <DatePicker
          disabledDate={(date) => date.isBefore(appointed, 'day') || date.isAfter(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
    </FormModal>
  );
}
