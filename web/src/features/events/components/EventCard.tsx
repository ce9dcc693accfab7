import { EnvironmentOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventSummary } from '../../../api/events';
import { Age, DeadlineTag, StateTag } from './Tags';

interface EventCardProps {
  event: EventSummary;
  categoryLabel: string;
  /** The column already says the state, except for the intake column's two. */
  showState?: boolean;
}

/** One event on the board: a link (Tab reaches it, Enter opens it) with what a dispatcher scans for. */
export function EventCard({ event, categoryLabel, showState }: EventCardProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const edge =
    event.urgency === 'overdue'
      ? token.colorError
      : event.urgency === 'warning'
        ? token.colorWarning
        : token.colorBorderSecondary;
  return (
    <Link
      to={`/console/events/${event.id}`}
      className="linli-event-card"
      aria-label={t('events.board.cardLabel', { id: event.id, category: categoryLabel })}
      data-testid="event-card"
      data-event-id={event.id}
      style={{ display: 'block', color: 'inherit' }}
    >
      <Card
        size="small"
        hoverable
        style={{ borderInlineStart: `4px solid ${edge}` }}
        styles={{ body: { padding: '8px 12px' } }}
      >
        <Flex justify="space-between" align="baseline" gap={8}>
          <Typography.Text strong ellipsis>
            {categoryLabel}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ flex: 'none', fontSize: 12 }}>
            #{event.id}
          </Typography.Text>
        </Flex>
        <Typography.Paragraph
          ellipsis={{ rows: 2 }}
          style={{ margin: '4px 0', fontSize: 13 }}
          type="secondary"
        >
          {event.description}
        </Typography.Paragraph>
        <Flex vertical gap={2} style={{ fontSize: 12 }}>
          <Typography.Text style={{ fontSize: 12 }} ellipsis>
            <EnvironmentOutlined /> {event.placeName}
          </Typography.Text>
          {event.assignee ? (
            <Typography.Text style={{ fontSize: 12 }} ellipsis>
              <UserOutlined /> {event.assignee.name || t(`events.partyKinds.${event.assignee.kind}`)}
            </Typography.Text>
          ) : null}
          <Flex wrap gap={4} align="center" style={{ marginTop: 2 }}>
            {showState ? <StateTag state={event.status} /> : null}
            <DeadlineTag deadline={event.deadline} urgency={event.urgency} />
            {event.reworkCount > 0 ? (
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                {t('events.reworkCount', { count: event.reworkCount })}
              </Typography.Text>
            ) : null}
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 'auto' }}>
              <Age at={event.reportedAt} />
            </Typography.Text>
          </Flex>
        </Flex>
      </Card>
    </Link>
  );
}
