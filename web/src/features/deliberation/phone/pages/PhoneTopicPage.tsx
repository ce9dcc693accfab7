import { LikeFilled, LikeOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Topic } from '../../../../api/deliberation';
import { ConfirmButton } from '../../../../shared/components/ConfirmButton';
import { QueryResult } from '../../../../shared/components/QueryResult';
import { useNotifyError } from '../../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../../shared/format';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { ResolutionAlert } from '../../components/ResolutionAlert';
import { TopicStatusTag } from '../../components/Tags';
import { TopicThread } from '../../components/TopicThread';
import { useTopic, useTopicAction } from '../../queries';

/** `/m/topics/:id`: a topic, support it with one tap, read and reply in its thread. */
export default function PhoneTopicPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  return (
    <Flex vertical gap="middle">
      <PhoneHeader title={t('deliberation.phone.title')} back="/m/topics" />
      <QueryResult query={useTopic(id)}>{(topic) => <PhoneTopic topic={topic} />}</QueryResult>
    </Flex>
  );
}

function PhoneTopic({ topic }: { topic: Topic }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const act = useTopicAction(topic.id);
  async function support() {
    try {
      await act.mutateAsync({ action: 'support' });
      void message.success(t('deliberation.phone.supported'));
    } catch (error) {
      notify(error);
    }
  }
  return (
    <>
      <Card size="small">
        <Flex vertical gap={6}>
          <Flex justify="space-between" gap="small" align="start">
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="topic-title">
              {topic.title}
            </Typography.Title>
            <TopicStatusTag status={topic.status} />
          </Flex>
          <Typography.Text type="secondary">
            {topic.placeName} · {topic.raisedByName} · {formatDateTime(topic.createdAt)}
          </Typography.Text>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {topic.body}
          </Typography.Paragraph>
        </Flex>
      </Card>
      {topic.actions.includes('support') ? (
        <Button
          size="large"
          block
          icon={<LikeOutlined />}
          onClick={() => void support()}
          loading={act.isPending}
          style={{ height: 56 }}
          data-testid="topic-support"
        >
          {t('deliberation.phone.support', { count: topic.supportCount })}
        </Button>
      ) : (
        <Typography.Text type="secondary" data-testid="topic-supports">
          {topic.supportedByMe ? <LikeFilled style={{ color: '#1677ff' }} /> : <LikeOutlined />}{' '}
          {topic.supportedByMe
            ? t('deliberation.phone.youSupport', { count: topic.supportCount })
            : t('deliberation.supportCount', { count: topic.supportCount })}
        </Typography.Text>
      )}
      {topic.meeting ? (
        <Alert
          type="info"
          showIcon
          title={t('deliberation.phone.onAgenda', {
            meeting: topic.meeting.title,
            at: formatDateTime(topic.meeting.startsAt),
          })}
          description={topic.meeting.location}
        />
      ) : null}
      {topic.resolution ? <ResolutionAlert resolution={topic.resolution} /> : null}
      {topic.actions.includes('withdraw') ? (
        <ConfirmButton
          size="large"
          block
          confirm={t('deliberation.confirmWithdraw')}
          onConfirm={() => act.mutateAsync({ action: 'withdraw' })}
          loading={act.isPending}
          data-testid="topic-withdraw"
        >
          {t('deliberation.withdraw')}
        </ConfirmButton>
      ) : null}
      <Card size="small" title={t('deliberation.thread.title', { count: topic.commentCount })}>
        <TopicThread topicId={topic.id} canReply={topic.actions.includes('comment')} />
      </Card>
    </>
  );
}
