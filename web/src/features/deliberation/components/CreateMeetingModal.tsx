import { Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, type Meeting, type MeetingKind } from '../../../api/deliberation';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useCreateMeeting, useTopics } from '../queries';
import { MeetingFields, type MeetingFieldValues } from './MeetingFields';

interface Values extends MeetingFieldValues {
  kind: MeetingKind;
  nodeId: number;
  topicIds?: number[];
}

/** Convenes a meeting at a compound (or community): its kind, time and place, the bodies invited, its agenda. */
export function CreateMeetingModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (m: Meeting) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateMeeting();
  const kind = Form.useWatch('kind', form);
  const nodeId = Form.useWatch('nodeId', form);
  const topics = useTopics({ nodeId: nodeId ?? 0, status: 'open', limit: 100 }, !!nodeId);
  return (
    <FormModal<Values>
      open={open}
      title={t('deliberation.createMeeting')}
      form={form}
      width={640}
      initialValues={{ kind: 'joint_meeting' }}
      onSubmit={async (v) =>
        onCreated(
          await create.mutateAsync({
            kind: v.kind,
            nodeId: v.nodeId,
            title: v.title.trim(),
            startsAt: v.startsAt.toISOString(),
            location: v.location.trim(),
            bodyIds: v.bodyIds ?? [],
            topicIds: v.topicIds ?? [],
          }),
        )
      }
      onCancel={onClose}
      submitText={t('common.create')}
      submitTestId="meeting-create-submit"
    >
      <Form.Item name="kind" label={t('deliberation.fields.kind')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          data-testid="meeting-kind"
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`deliberation.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="nodeId"
        label={t('deliberation.fields.place')}
        rules={[{ required: true, message: t('deliberation.fields.placeRequired') }]}
      >
        <NodeSelect
          kinds={['compound', 'community']}
          onChange={() => form.setFieldsValue({ bodyIds: [], topicIds: [] })}
        />
      </Form.Item>
      <MeetingFields placeId={nodeId} kind={kind} />
      <Form.Item
        name="topicIds"
        label={t('deliberation.fields.agenda')}
        extra={t('deliberation.fields.agendaHint')}
      >
        <Select
          mode="multiple"
          disabled={!nodeId}
          loading={topics.isLoading}
          notFoundContent={t('deliberation.noOpenTopics')}
          data-testid="meeting-topics"
          options={topics.items.map((topic) => ({ value: topic.id, label: topic.title }))}
        />
      </Form.Item>
    </FormModal>
  );
}
