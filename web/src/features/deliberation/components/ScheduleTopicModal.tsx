import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../api/deliberation';
import { FormModal } from '../../../shared/components/FormModal';
import { formatDateTime } from '../../../shared/format';
import { useAgenda, useMeetings } from '../queries';

/** Puts a topic on the agenda of a planned meeting at its place: its compound or its whole community. */
export function ScheduleTopicModal({
  topic,
  open,
  onClose,
}: {
  topic: Topic;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ meetingId: number }>();
  // The community's planned meetings held at the topic's own compound or for the whole community: a compound's
  // topic may be taken up by a community-wide joint meeting, not by another compound's.
  const meetings = useMeetings({ nodeId: topic.communityId, status: 'planned', limit: 100 }, open);
  const fitting = meetings.items.filter((m) => m.compoundId === null || m.compoundId === topic.compoundId);
  const agenda = useAgenda();
  return (
    <FormModal<{ meetingId: number }>
      open={open}
      title={t('deliberation.schedule')}
      form={form}
      onSubmit={async (v) => {
        await agenda.mutateAsync({ meetingId: v.meetingId, topicId: topic.id });
        onClose();
      }}
      onCancel={onClose}
      submitText={t('deliberation.schedule')}
      submitTestId="schedule-submit"
    >
      <Form.Item
        name="meetingId"
        label={t('deliberation.fields.meeting')}
        extra={t('deliberation.scheduleHint')}
        rules={[{ required: true, message: t('deliberation.fields.meetingRequired') }]}
      >
        <Select
          loading={meetings.isLoading}
          notFoundContent={t('deliberation.noPlannedMeetings')}
          data-testid="schedule-meeting"
          options={fitting.map((m) => ({
            value: m.id,
            label: `${m.title} · ${m.placeName} · ${formatDateTime(m.startsAt)}`,
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}
