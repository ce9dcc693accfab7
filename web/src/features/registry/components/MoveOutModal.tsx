import { App, DatePicker, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Resident } from '../../../api/registry';
import { FormModal } from '../../../shared/components/FormModal';
import { useUpdateResidence } from '../queries';

/** Records the day a resident moved out; the move out is reported like the move in (RULES.md §3). */
export function MoveOutModal({ resident, onClose }: { resident: Resident; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ movedOutOn: Dayjs }>();
  const updateResidence = useUpdateResidence();
  const movedIn = dayjs(resident.movedInOn);

  async function submit({ movedOutOn }: { movedOutOn: Dayjs }): Promise<void> {
    await updateResidence.mutateAsync({
      residenceId: resident.residenceId,
      patch: { movedOutOn: movedOutOn.format('YYYY-MM-DD') },
    });
    void message.success(t('common.saved'));
    onClose();
  }

  return (
    <FormModal<{ movedOutOn: Dayjs }>
      open
      form={form}
      title={t('registry.moveOutTitle', { name: resident.name })}
      initialValues={{ movedOutOn: dayjs() }}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="move-out-submit"
    >
      <Typography.Paragraph type="secondary">
        {t('registry.movedInSince', { date: resident.movedInOn })}
      </Typography.Paragraph>
      <Form.Item name="movedOutOn" label={t('registry.movedOutOn')} rules={[{ required: true }]}>
        <DatePicker
          disabledDate={(date) => date.isBefore(movedIn, 'day') || date.isAfter(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
    </FormModal>
  );
}
