import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUp, Meeting } from '../../../api/deliberation';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { useFollowUpAction } from '../queries';
import { ProgressTag } from './Tags';

/** A held meeting's resolutions, each with its follow-ups and their progress; owners and conveners mark tasks done. */
export function ResolutionsCard({ meeting, onAdd }: { meeting: Meeting; onAdd: () => void }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('deliberation.resolutions')}
      data-testid="meeting-resolutions"
      extra={
        meeting.actions.includes('resolve') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} data-testid="resolution-add">
            {t('deliberation.addResolution')}
          </Button>
        ) : null
      }
    >
      {meeting.resolutions.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(
            meeting.status === 'held' ? 'deliberation.noResolutions' : 'deliberation.resolutionsAfterHeld',
          )}
        />
      ) : (
        <Flex vertical gap="middle">
          {meeting.resolutions.map((r) => (
            <Card key={r.id} size="small" type="inner" data-testid="resolution">
              <Flex vertical gap="small">
                <Flex gap="small" wrap align="center">
                  <Tag color={r.consensus ? 'green' : 'default'}>
                    {t(r.consensus ? 'deliberation.consensus' : 'deliberation.noConsensus')}
                  </Tag>
                  {r.topicId ? (
                    <Link to={`/console/deliberation/topics/${r.topicId}`}>{r.topicTitle}</Link>
                  ) : null}
                </Flex>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  {r.text}
                </Typography.Paragraph>
                {r.followUps.length ? (
                  <List
                    size="small"
                    header={<Typography.Text strong>{t('deliberation.followUps.heading')}</Typography.Text>}
                    dataSource={r.followUps}
                    renderItem={(f) => <FollowUpItem followUp={f} />}
                  />
                ) : null}
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </Card>
  );
}

function FollowUpItem({ followUp: f }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const act = useFollowUpAction();
  return (
    <List.Item
      data-testid="follow-up"
      actions={f.actions.map((action) => (
        <ConfirmButton
          key={action}
          size="small"
          type={action === 'complete' ? 'primary' : 'default'}
          confirm={t(`deliberation.followUps.confirm.${action}`)}
          onConfirm={() => act.mutateAsync({ id: f.id, action })}
          loading={act.isPending}
          data-testid={`follow-up-${action}`}
        >
          {t(`deliberation.followUps.actions.${action}`)}
        </ConfirmButton>
      ))}
    >
      <Flex gap="small" wrap align="center">
        <ProgressTag progress={f.progress} />
        <Tag>{t(`deliberation.followUps.kinds.${f.kind}`)}</Tag>
        {f.event ? <Link to={`/console/events/${f.event.id}`}>{f.title}</Link> : <span>{f.title}</span>}
        {f.ownerName ? <Typography.Text type="secondary">{f.ownerName}</Typography.Text> : null}
        {f.dueOn ? (
          <Typography.Text type="secondary">
            {t('deliberation.followUps.due', { date: f.dueOn })}
          </Typography.Text>
        ) : null}
      </Flex>
    </List.Item>
  );
}
