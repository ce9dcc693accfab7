import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../api/deliberation';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import type { HomeCompound } from '../model';
import { useRaiseTopic } from '../queries';

interface Values {
  nodeId: number;
  title: string;
  body: string;
}

export const TOPIC_TITLE_MAX = 100;
export const TOPIC_BODY_MAX = 4000;

/**
 * Raises a topic. Staff pick any compound or community they can read; a resident picks one of their home
 * compounds (`homes`), preselected when there is one.
 */
export function RaiseTopicModal({
  open,
  homes,
  onClose,
  onRaised,
}: {
  open: boolean;
  homes?: HomeCompound[];
  onClose: () => void;
  onRaised: (topic: Topic) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const raise = useRaiseTopic();
  return (
    <FormModal<Values>
      open={open}
      title={t('deliberation.raise')}
      form={form}
      onSubmit={async (v) =>
        onRaised(await raise.mutateAsync({ nodeId: v.nodeId, title: v.title.trim(), body: v.body.trim() }))
      }
      onCancel={onClose}
      initialValues={homes?.length === 1 ? { nodeId: homes[0]!.id } : {}}
      submitText={t('deliberation.raiseSubmit')}
      submitTestId="topic-raise-submit"
    >
      <Form.Item
        name="nodeId"
        label={t('deliberation.fields.place')}
        rules={[{ required: true, message: t('deliberation.fields.placeRequired') }]}
      >
        {homes ? (
          <Select options={homes.map((h) => ({ value: h.id, label: h.name }))} data-testid="topic-place" />
        ) : (
          <NodeSelect kinds={['compound', 'community']} />
        )}
      </Form.Item>
      <Form.Item
        name="title"
        label={t('deliberation.fields.title')}
        rules={[
          { required: true, whitespace: true, message: t('deliberation.fields.titleRequired') },
          { max: TOPIC_TITLE_MAX },
        ]}
      >
        <Input maxLength={TOPIC_TITLE_MAX} showCount data-testid="topic-title" />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('deliberation.fields.body')}
        rules={[
          { required: true, whitespace: true, message: t('deliberation.fields.bodyRequired') },
          { max: TOPIC_BODY_MAX },
        ]}
      >
        <Input.TextArea
          rows={5}
          maxLength={TOPIC_BODY_MAX}
          showCount
          placeholder={t('deliberation.fields.bodyHint')}
          data-testid="topic-body"
        />
      </Form.Item>
    </FormModal>
  );
}
