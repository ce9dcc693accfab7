import { Form, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../api/deliberation';
import { FormModal } from '../../../shared/components/FormModal';
import { useAssignees, useEditMeeting } from '../queries';
import { MeetingFields, type MeetingFieldValues } from './MeetingFields';

interface Values extends MeetingFieldValues {
  accountIds?: number[];
}

/** Changes a planned meeting: title, time, place, the bodies and the people invited by name. */
export function EditMeetingModal({
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
  const edit = useEditMeeting(meeting.id);
  const people = useAssignees(meeting.id, open);
  const invited = (pick: 'bodyId' | 'accountId') =>
    meeting.invitees.flatMap((i) => (i[pick] === null ? [] : [i[pick]]));
  return (
    <FormModal<Values>
      open={open}
      title={t('deliberation.editMeeting')}
      form={form}
      width={640}
      initialValues={{
        title: meeting.title,
        startsAt: dayjs(meeting.startsAt),
        location: meeting.location,
        bodyIds: invited('bodyId'),
        accountIds: invited('accountId'),
      }}
      onSubmit={async (v) => {
        await edit.mutateAsync({
          title: v.title.trim(),
          startsAt: v.startsAt.toISOString(),
          location: v.location.trim(),
          bodyIds: v.bodyIds ?? [],
          accountIds: v.accountIds ?? [],
        });
        onClose();
      }}
      onCancel={onClose}
      submitTestId="meeting-edit-submit"
    >
      <MeetingFields placeId={meeting.compoundId ?? meeting.communityId} kind={meeting.kind} />
      <Form.Item
        name="accountIds"
        label={t('deliberation.fields.people')}
        extra={t('deliberation.fields.peopleHint')}
      >
        <Select
          mode="multiple"
          optionFilterProp="label"
          loading={people.isLoading}
          options={[
            // Invited people stay listed even when they no longer hold a role around the place.
            ...meeting.invitees.flatMap((i) =>
              i.accountId !== null && !people.data?.some((p) => p.accountId === i.accountId)
                ? [{ value: i.accountId, label: i.name }]
                : [],
            ),
            ...(people.data ?? []).map((p) => ({ value: p.accountId, label: p.displayName })),
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}
