import { CommentOutlined, LikeOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LinkCard } from '../../../../shared/components/LinkCard';
import { ListState } from '../../../../shared/cursor/ListState';
import { LoadMore } from '../../../../shared/cursor/LoadMore';
import { formatDateTime } from '../../../../shared/format';
import { useCurrentUser } from '../../../auth/currentUser';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { RaiseTopicModal } from '../../components/RaiseTopicModal';
import { TopicStatusTag } from '../../components/Tags';
import { homeCompounds } from '../../model';
import { useTopics } from '../../queries';

/** `/m/topics`: the topics of the resident's compounds, newest first; raise a new one from here. */
export default function MyTopicsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const homes = homeCompounds(user);
  const [raising, setRaising] = useState(false);
  const list = useTopics({});
  return (
    <Flex vertical gap="middle" data-testid="my-topics">
      <PhoneHeader title={t('deliberation.phone.title')} back="/m" />
      {homes.length ? (
        <Button
          type="primary"
          size="large"
          block
          icon={<PlusOutlined />}
          onClick={() => setRaising(true)}
          data-testid="topic-raise"
          style={{ height: 56 }}
        >
          {t('deliberation.raise')}
        </Button>
      ) : null}
      <ListState list={list} empty={t('deliberation.phone.none')} />
      {list.items.map((topic) => (
        <LinkCard
          key={topic.id}
          to={`/m/topics/${topic.id}`}
          testId="my-topic"
          title={topic.title}
          tag={<TopicStatusTag status={topic.status} />}
        >
          <Typography.Text type="secondary">
            {topic.placeName} · {topic.raisedByName} · {formatDateTime(topic.createdAt)}
          </Typography.Text>
          <Flex gap="middle">
            <Typography.Text type="secondary">
              <LikeOutlined /> {t('deliberation.supportCount', { count: topic.supportCount })}
            </Typography.Text>
            <Typography.Text type="secondary">
              <CommentOutlined /> {t('deliberation.commentCount', { count: topic.commentCount })}
            </Typography.Text>
          </Flex>
        </LinkCard>
      ))}
      <LoadMore list={list} />
      <RaiseTopicModal
        open={raising}
        homes={homes}
        onClose={() => setRaising(false)}
        onRaised={(topic) => {
          setRaising(false);
          void navigate(`/m/topics/${topic.id}`);
        }}
      />
    </Flex>
  );
}
