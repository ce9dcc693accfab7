import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Rate,
  Result,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/errors';
import type { EventAction, EventDetail } from '../../../api/events';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { formatDateTime } from '../../../shared/format';
import { ActionModal, partyLabel } from '../components/ActionModal';
import { EventTimeline } from '../components/EventTimeline';
import { Photos } from '../components/Photos';
import { StreamStatusBadge } from '../components/StreamStatusBadge';
import { DeadlineTag, StateTag } from '../components/Tags';
import { actionTone, knownActions } from '../model';
import { useCategoryBook, useEvent } from '../queries';

/** `/console/events/:id`: one event, its history, and the actions this user may take on it now. */
export default function EventPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const event = useEvent(id);

  if (!Number.isInteger(id) || id <= 0 || (event.error instanceof ApiError && event.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t('events.detail.notFound')}
        extra={
          <Link to="/console/events">
            <Button>{t('events.detail.backToBoard')}</Button>
          </Link>
        }
      />
    );
  }
  if (event.error && !event.data)
    return <ErrorAlert error={event.error} onRetry={() => void event.refetch()} />;
  if (!event.data) return <PageSpinner />;
  return <EventView event={event.data} />;
}

function EventView({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const book = useCategoryBook();
  const [acting, setActing] = useState<EventAction | null>(null);
  const actions = knownActions(event.actions);

  return (
    <>
      <Link to="/console/events" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('events.detail.backToBoard')}
      </Link>
      <PageTitle
        title={
          <Flex align="center" gap="small" wrap>
            <span data-testid="event-title">
              #{event.id} {book.label(event.categoryCode)}
            </span>
            <StateTag state={event.status} />
            <span style={{ fontSize: 14, fontWeight: 'normal' }}>
              <StreamStatusBadge />
            </span>
          </Flex>
        }
        extra={
          actions.length ? (
            <Space wrap data-testid="event-actions">
              {actions.map((action) => {
                const tone = actionTone(action);
                return (
                  <Button
                    key={action}
                    type={tone === 'primary' ? 'primary' : 'default'}
                    danger={tone === 'danger'}
                    onClick={() => setActing(action)}
                    data-testid={`action-${action}`}
                  >
                    {t(`events.actions.${action}`)}
                  </Button>
                );
              })}
            </Space>
          ) : null
        }
      />
      {event.possibleDuplicates.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="possible-duplicates"
          title={t('events.detail.duplicates', { count: event.possibleDuplicates.length })}
          description={
            <Space wrap>
              {event.possibleDuplicates.map((dup) => (
                <Link key={dup.id} to={`/console/events/${dup.id}`}>
                  #{dup.id} · {t(`events.states.${dup.status}`)} · {formatDateTime(dup.reportedAt)}
                </Link>
              ))}
            </Space>
          }
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('events.description')} style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="event-description">
              {event.description}
            </Typography.Paragraph>
            <Photos photos={event.attachments} />
          </Card>
          <Card size="small" title={t('events.detail.facts')}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              data-testid="event-facts"
              items={[
                { key: 'level', label: t('events.level'), children: t(`events.levels.${event.level}`) },
                {
                  key: 'assignee',
                  label: t('events.assignee'),
                  children: event.assignee ? partyLabel(event.assignee, t) : '—',
                },
                {
                  key: 'deadline',
                  label: t('events.deadline'),
                  children: event.deadline ? (
                    <Flex wrap gap={4} align="center">
                      {formatDateTime(event.deadline)}
                      <DeadlineTag deadline={event.deadline} urgency={event.urgency} />
                    </Flex>
                  ) : (
                    '—'
                  ),
                },
                {
                  key: 'rework',
                  label: t('events.detail.reworks'),
                  children:
                    event.reworkCount > 0 ? <Tag color="orange">{event.reworkCount}</Tag> : event.reworkCount,
                },
                {
                  key: 'rating',
                  label: t('events.detail.rating'),
                  children:
                    event.rating !== null ? (
                      <Flex vertical>
                        <Rate disabled value={event.rating} style={{ fontSize: 14 }} />
                        {event.ratingComment ? (
                          <Typography.Text>{event.ratingComment}</Typography.Text>
                        ) : null}
                      </Flex>
                    ) : (
                      t('events.detail.notRated')
                    ),
                },
                {
                  key: 'escalations',
                  label: t('events.detail.escalations'),
                  children: event.escalations,
                },
                {
                  key: 'place',
                  label: t('events.place'),
                  children: event.address
                    ? t('events.detail.placeWithAddress', { place: event.placeName, address: event.address })
                    : event.placeName,
                },
                { key: 'reporter', label: t('events.detail.reporter'), children: event.reporterName },
                {
                  key: 'channel',
                  label: t('events.detail.channel'),
                  children: isChannel(event.channel) ? t(`events.channels.${event.channel}`) : event.channel,
                },
                {
                  key: 'reported',
                  label: t('events.reportedAt'),
                  children: formatDateTime(event.reportedAt),
                },
                {
                  key: 'accepted',
                  label: t('events.detail.acceptedAt'),
                  children: formatDateTime(event.acceptedAt),
                },
                {
                  key: 'dispatched',
                  label: t('events.detail.dispatchedAt'),
                  children: formatDateTime(event.dispatchedAt),
                },
                {
                  key: 'handled',
                  label: t('events.detail.handledAt'),
                  children: formatDateTime(event.handledAt),
                },
                {
                  key: 'closed',
                  label: t('events.detail.closedAt'),
                  children: formatDateTime(event.closedAt),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('events.detail.timeline')}>
            <EventTimeline entries={event.timeline} />
          </Card>
        </Col>
      </Row>
      {acting ? <ActionModal event={event} action={acting} onClose={() => setActing(null)} /> : null}
    </>
  );
}

const CHANNELS = ['resident', 'console', 'patrol', 'api'] as const;
function isChannel(value: string): value is (typeof CHANNELS)[number] {
  return (CHANNELS as readonly string[]).includes(value);
}
