import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../../api/deliberation';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { useAgenda, useTopics } from '../queries';
import { TopicStatusTag } from './Tags';

/** A meeting's agenda: its topics in order; while it is planned, conveners add open topics of its place or take some off. */
export function AgendaCard({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const notify = useNotifyError();
  const editable = meeting.actions.includes('edit');
  const agenda = useAgenda();
  const [adding, setAdding] = useState<number | undefined>();
  const open = useTopics(
    { nodeId: meeting.compoundId ?? meeting.communityId, status: 'open', limit: 100 },
    editable,
  );
  const change = (topicId: number, remove = false) =>
    agenda.mutateAsync({ meetingId: meeting.id, topicId, remove }).catch(notify);
  return (
    <Card title={t('deliberation.fields.agenda')} data-testid="meeting-agenda">
      {meeting.agenda.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliberation.agendaEmpty')} />
      ) : (
        <List
          dataSource={meeting.agenda}
          renderItem={(item) => (
            <List.Item
              data-testid="agenda-item"
              actions={
                editable
                  ? [
                      <Button
                        key="remove"
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('deliberation.unschedule')}
                        title={t('deliberation.unschedule')}
                        onClick={() => void change(item.id, true)}
                      />,
                    ]
                  : []
              }
            >
              <Flex gap="small" align="center" wrap>
                <Typography.Text type="secondary">{item.position}.</Typography.Text>
                <Link to={`/console/deliberation/topics/${item.id}`}>{item.title}</Link>
                <TopicStatusTag status={item.status} />
                <Typography.Text type="secondary">
                  {t('deliberation.supportCount', { count: item.supportCount })}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {editable ? (
        <Flex gap="small" wrap style={{ marginTop: 12 }}>
          <Select
            value={adding}
            onChange={setAdding}
            allowClear
            style={{ flex: '1 1 220px' }}
            placeholder={t('deliberation.pickTopic')}
            aria-label={t('deliberation.pickTopic')}
            loading={open.isLoading}
            notFoundContent={t('deliberation.noOpenTopics')}
            data-testid="agenda-topic"
            options={open.items.map((topic) => ({ value: topic.id, label: topic.title }))}
          />
          <Button
            disabled={!adding}
            loading={agenda.isPending}
            onClick={() => {
              if (adding) void change(adding).then(() => setAdding(undefined));
            }}
            data-testid="agenda-add"
          >
            {t('deliberation.addToAgenda')}
          </Button>
        </Flex>
      ) : null}
    </Card>
  );
}
