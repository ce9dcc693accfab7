import { Checkbox, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../api/deliberation';
import { FormModal } from '../../../shared/components/FormModal';
import { useRecordMeeting } from '../queries';

interface Values {
  minutes: string;
  attendedInviteeIds?: number[];
  otherAttendees?: number;
}

const MINUTES_MAX = 20_000;

/** Records a meeting as held (minutes and who attended), or corrects the record of a held one. */
export function RecordMeetingModal({
  meeting,
  open,
  onClose,
}: {
  meeting: Meeting;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const first = meeting.status === 'planned';
  const record = useRecordMeeting(meeting.id, first);
  return (
    <FormModal<Values>
      open={open}
      title={t(first ? 'deliberation.hold' : 'deliberation.correctRecord')}
      form={form}
      width={640}
      initialValues={{
        minutes: meeting.minutes ?? '',
        attendedInviteeIds: meeting.invitees.filter((i) => i.attended).map((i) => i.id),
        otherAttendees: meeting.otherAttendees,
      }}
      onSubmit={async (v) => {
        await record.mutateAsync({
          minutes: v.minutes.trim(),
          attendedInviteeIds: v.attendedInviteeIds ?? [],
          otherAttendees: v.otherAttendees ?? 0,
        });
        onClose();
      }}
      onCancel={onClose}
      submitTestId="record-submit"
    >
      <Form.Item
        name="attendedInviteeIds"
        label={t('deliberation.fields.attendance')}
        extra={meeting.kind === 'joint_meeting' ? t('deliberation.fields.attendanceHint') : null}
      >
        <Checkbox.Group
          data-testid="record-attendance"
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={meeting.invitees.map((i) => ({ value: i.id, label: i.name }))}
        />
      </Form.Item>
      <Form.Item name="otherAttendees" label={t('deliberation.fields.otherAttendees')}>
        <InputNumber min={0} max={10_000} precision={0} style={{ width: 160 }} data-testid="record-others" />
      </Form.Item>
      <Form.Item
        name="minutes"
        label={t('deliberation.fields.minutes')}
        rules={[
          { required: true, whitespace: true, message: t('deliberation.fields.minutesRequired') },
          { max: MINUTES_MAX },
        ]}
      >
        <Input.TextArea rows={8} maxLength={MINUTES_MAX} showCount data-testid="record-minutes" />
      </Form.Item>
    </FormModal>
  );
}
