import { Button, Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Topic } from '../../../api/deliberation';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { PageTitle } from '../../../shared/components/PageTitle';
import { QueryResult } from '../../../shared/components/QueryResult';
import { ReasonModal } from '../../../shared/components/ReasonModal';
import { formatDateTime } from '../../../shared/format';
import { ButtonLink } from '../../events/phone/components/ButtonLink';
import { ResolutionAlert } from '../components/ResolutionAlert';
import { ScheduleTopicModal } from '../components/ScheduleTopicModal';
import { MeetingKindTag, MeetingStatusTag, TopicStatusTag } from '../components/Tags';
import { TopicThread } from '../components/TopicThread';
import { useAgenda, useTopic, useTopicAction } from '../queries';

/** `/console/deliberation/topics/:id`: one topic, its thread, and what the caller may do with it. */
export default function TopicPage() {
  const id = Number(useParams().id);
  return <QueryResult query={useTopic(id)}>{(topic) => <TopicView topic={topic} />}</QueryResult>;
}

function TopicView({ topic }: { topic: Topic }) {
  const { t } = useTranslation();
  const act = useTopicAction(topic.id);
  const agenda = useAgenda();
  const [scheduling, setScheduling] = useState(false);
  const [dropping, setDropping] = useState(false);
  const can = (action: Topic['actions'][number]) => topic.actions.includes(action);
  const meeting = topic.meeting;
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={<span data-testid="topic-title">{topic.title}</span>}
        tags={<TopicStatusTag status={topic.status} />}
        extra={[
          can('schedule') ? (
            <Button
              key="schedule"
              type="primary"
              onClick={() => setScheduling(true)}
              data-testid="topic-schedule"
            >
              {t('deliberation.schedule')}
            </Button>
          ) : null,
          can('unschedule') && meeting ? (
            <ConfirmButton
              key="unschedule"
              confirm={t('deliberation.confirmUnschedule')}
              onConfirm={() => agenda.mutateAsync({ meetingId: meeting.id, topicId: topic.id, remove: true })}
              loading={agenda.isPending}
            >
              {t('deliberation.unschedule')}
            </ConfirmButton>
          ) : null,
          can('resolve') && meeting?.status === 'held' ? (
            <ButtonLink
              key="resolve"
              type="primary"
              to={`/console/deliberation/meetings/${meeting.id}?resolve=${topic.id}`}
              data-testid="topic-resolve"
            >
              {t('deliberation.resolveAtMeeting')}
            </ButtonLink>
          ) : null,
          can('support') ? (
            <Button
              key="support"
              onClick={() => void act.mutateAsync({ action: 'support' })}
              loading={act.isPending}
            >
              {t('deliberation.support')}
            </Button>
          ) : null,
          can('withdraw') ? (
            <ConfirmButton
              key="withdraw"
              confirm={t('deliberation.confirmWithdraw')}
              onConfirm={() => act.mutateAsync({ action: 'withdraw' })}
              loading={act.isPending}
            >
              {t('deliberation.withdraw')}
            </ConfirmButton>
          ) : null,
          can('drop') ? (
            <Button key="drop" danger onClick={() => setDropping(true)} data-testid="topic-drop">
              {t('deliberation.drop')}
            </Button>
          ) : null,
        ]}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('deliberation.fields.body')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="topic-body">
              {topic.body}
            </Typography.Paragraph>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'place', label: t('deliberation.fields.place'), children: topic.placeName },
                {
                  key: 'raisedBy',
                  label: t('deliberation.fields.raisedBy'),
                  children: `${topic.raisedByName} · ${t(`deliberation.source.${topic.source}`)}`,
                },
                {
                  key: 'at',
                  label: t('deliberation.fields.raisedAt'),
                  children: formatDateTime(topic.createdAt),
                },
                {
                  key: 'supports',
                  label: t('deliberation.fields.supports'),
                  children: <span data-testid="topic-supports">{topic.supportCount}</span>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap="middle">
            {meeting ? (
              <Card size="small" title={t('deliberation.onAgenda')} data-testid="topic-meeting">
                <Flex vertical gap={4}>
                  <Link to={`/console/deliberation/meetings/${meeting.id}`}>{meeting.title}</Link>
                  <Flex gap="small" wrap>
                    <MeetingKindTag kind={meeting.kind} />
                    <MeetingStatusTag status={meeting.status} />
                  </Flex>
                  <Typography.Text type="secondary">
                    {formatDateTime(meeting.startsAt)} · {meeting.location}
                  </Typography.Text>
                </Flex>
              </Card>
            ) : null}
            {topic.resolution ? <ResolutionAlert resolution={topic.resolution} /> : null}
          </Flex>
        </Col>
      </Row>
      <Card title={t('deliberation.thread.title', { count: topic.commentCount })}>
        <TopicThread topicId={topic.id} canReply={can('comment')} />
      </Card>
      <ScheduleTopicModal topic={topic} open={scheduling} onClose={() => setScheduling(false)} />
      <ReasonModal
        open={dropping}
        title={t('deliberation.drop')}
        label={t('deliberation.dropReason')}
        onCancel={() => setDropping(false)}
        onSubmit={async (reason) => {
          await act.mutateAsync({ action: 'drop', reason });
          setDropping(false);
        }}
        testId="drop"
      />
    </Flex>
  );
}
