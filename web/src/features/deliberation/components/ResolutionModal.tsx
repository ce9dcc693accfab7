import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../api/deliberation';
import { FormModal } from '../../../shared/components/FormModal';
import { followUpBodies, type FollowUpRow } from '../model';
import { useAddResolution, useAssignees } from '../queries';
import { FollowUpFields } from './FollowUpFields';

interface Values {
  topicId?: number;
  text: string;
  consensus: boolean;
  followUps?: FollowUpRow[];
}

const TEXT_MAX = 4000;

/** Records what a held meeting decided, on one of its agenda's topics or on its own, with the work it creates. */
export function ResolutionModal({
  meeting,
  topicId,
  open,
  onClose,
}: {
  meeting: Meeting;
  /** The topic preselected (coming from the topic's page). */
  topicId?: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddResolution(meeting.id);
  const assignees = useAssignees(meeting.id, open);
  const undecided = meeting.agenda.filter((a) => a.status === 'scheduled');
  return (
    <FormModal<Values>
      open={open}
      title={t('deliberation.addResolution')}
      form={form}
      width={720}
      initialValues={{ consensus: true, ...(topicId ? { topicId } : {}) }}
      onSubmit={async (v) => {
        await add.mutateAsync({
          ...(v.topicId ? { topicId: v.topicId } : {}),
          text: v.text.trim(),
          consensus: v.consensus,
          followUps: followUpBodies(v.followUps),
        });
        onClose();
      }}
      onCancel={onClose}
      submitTestId="resolution-submit"
    >
      <Form.Item
        name="topicId"
        label={t('deliberation.fields.topic')}
        extra={t('deliberation.fields.topicHint')}
      >
        <Select
          allowClear
          data-testid="resolution-topic"
          options={undecided.map((a) => ({ value: a.id, label: a.title }))}
        />
      </Form.Item>
      <Form.Item
        name="text"
        label={t('deliberation.fields.resolutionText')}
        rules={[
          { required: true, whitespace: true, message: t('deliberation.fields.resolutionRequired') },
          { max: TEXT_MAX },
        ]}
      >
        <Input.TextArea rows={4} maxLength={TEXT_MAX} showCount data-testid="resolution-text" />
      </Form.Item>
      <Form.Item
        name="consensus"
        label={t('deliberation.consensus')}
        valuePropName="checked"
        extra={t('deliberation.fields.consensusHint')}
      >
        <Switch data-testid="resolution-consensus" />
      </Form.Item>
      <Form.Item label={t('deliberation.followUps.heading')}>
        <FollowUpFields assignees={assignees.data} />
      </Form.Item>
    </FormModal>
  );
}
