import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { TOPIC_STATES, type TopicState, type TopicSummary } from '../../../api/deliberation';
import { CreateButton } from '../../../shared/components/CreateButton';
import { PageTitle } from '../../../shared/components/PageTitle';
import { StatusFilter } from '../../../shared/components/StatusFilter';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { PlaceFilter } from '../components/PlaceFilter';
import { RaiseTopicModal } from '../components/RaiseTopicModal';
import { TopicStatusTag } from '../components/Tags';
import { useTopics } from '../queries';

/** `/console/deliberation/topics`: the topics in the caller's scope, newest first, by status and place. */
export default function TopicsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<TopicState | undefined>();
  const [nodeId, setNodeId] = useState<number | undefined>();
  const [raising, setRaising] = useState(false);
  const list = useTopics({ ...(status ? { status } : {}), ...(nodeId ? { nodeId } : {}) });
  return (
    <>
      <PageTitle
        title={t('deliberation.topicsTitle')}
        extra={
          <CreateButton onClick={() => setRaising(true)} testId="topic-raise">
            {t('deliberation.raise')}
          </CreateButton>
        }
      />
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
        <StatusFilter
          states={TOPIC_STATES}
          value={status}
          onChange={setStatus}
          label={(s) => t(`deliberation.topicStatus.${s}`)}
          aria-label={t('deliberation.fields.status')}
          testId="topic-filter"
        />
        <PlaceFilter value={nodeId} onChange={setNodeId} />
      </Flex>
      <CursorTable<TopicSummary>
        list={list}
        testId="topics-table"
        locale={{ emptyText: t('deliberation.noTopics') }}
        columns={[
          {
            title: t('deliberation.fields.title'),
            render: (_, topic) => <Link to={`/console/deliberation/topics/${topic.id}`}>{topic.title}</Link>,
          },
          { title: t('deliberation.fields.place'), dataIndex: 'placeName' },
          {
            title: t('deliberation.fields.status'),
            render: (_, topic) => <TopicStatusTag status={topic.status} />,
          },
          {
            title: t('deliberation.fields.raisedBy'),
            render: (_, topic) => (
              <>
                {topic.raisedByName}{' '}
                <Typography.Text type="secondary">
                  · {t(`deliberation.source.${topic.source}`)}
                </Typography.Text>
              </>
            ),
          },
          { title: t('deliberation.fields.supports'), dataIndex: 'supportCount', align: 'right' },
          { title: t('deliberation.fields.comments'), dataIndex: 'commentCount', align: 'right' },
          { title: t('deliberation.fields.raisedAt'), render: (_, topic) => formatDateTime(topic.createdAt) },
        ]}
      />
      <RaiseTopicModal
        open={raising}
        onClose={() => setRaising(false)}
        onRaised={(topic) => {
          setRaising(false);
          void navigate(`/console/deliberation/topics/${topic.id}`);
        }}
      />
    </>
  );
}
