import { CheckOutlined } from '@ant-design/icons';
import {
  Badge,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Segmented,
  Skeleton,
  type TableColumnsType,
  Typography,
  theme,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventSummary, InboxItem } from '../../../api/events';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { LoadMore } from '../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../shared/format';
import { StreamStatusBadge } from '../components/StreamStatusBadge';
import { Age, DeadlineTag, StateTag } from '../components/Tags';
import { inboxCategoryCode, isEventAction } from '../model';
import {
  type CategoryBook,
  useCategoryBook,
  useEventList,
  useInbox,
  useMarkRead,
  useUnreadCount,
} from '../queries';

/** `/console/events/inbox`: my work (assigned to my party, by deadline) and my notifications. */
export default function InboxPage() {
  const { t } = useTranslation();
  const book = useCategoryBook();
  return (
    <>
      <PageTitle
        title={
          <Flex align="center" gap="middle" wrap>
            {t('events.inbox.title')}
            <span style={{ fontSize: 14, fontWeight: 'normal' }}>
              <StreamStatusBadge />
            </span>
          </Flex>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={t('events.inbox.assigned')} size="small">
            <AssignedTable book={book} />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Notifications book={book} />
        </Col>
      </Row>
    </>
  );
}

function AssignedTable({ book }: { book: CategoryBook }) {
  const { t } = useTranslation();
  const list = useEventList({ assignedToMe: true, limit: 50 });
  const columns: TableColumnsType<EventSummary> = [
    {
      key: 'event',
      title: t('events.event'),
      render: (_, event) => (
        <Link to={`/console/events/${event.id}`}>
          #{event.id} {book.label(event.categoryCode)}
        </Link>
      ),
    },
    { key: 'place', title: t('events.place'), dataIndex: 'placeName' },
    { key: 'state', title: t('events.state'), render: (_, event) => <StateTag state={event.status} /> },
    {
      key: 'deadline',
      title: t('events.deadline'),
      render: (_, event) =>
        event.deadline ? (
          <Flex vertical gap={2} align="flex-start">
            <DeadlineTag deadline={event.deadline} urgency={event.urgency} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(event.deadline)}
            </Typography.Text>
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      key: 'reported',
      title: t('events.reportedAt'),
      render: (_, event) => <Age at={event.reportedAt} />,
    },
  ];
  return (
    <CursorTable<EventSummary>
      list={list}
      columns={columns}
      size="small"
      testId="inbox-assigned"
      locale={{ emptyText: t('events.inbox.noneAssigned') }}
    />
  );
}

function Notifications({ book }: { book: CategoryBook }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useInbox(unreadOnly);
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const { token } = theme.useToken();

  const markOpened = (item: InboxItem) => {
    if (!item.read) markRead.mutate([item.id], { onError: notifyError });
  };

  const describe = (item: InboxItem) => {
    const code = inboxCategoryCode(item.text);
    const what = isEventAction(item.kind)
      ? t(`events.actions.${item.kind}`)
      : item.kind === 'report'
        ? t('events.timeline.report')
        : item.kind;
    return t('events.inbox.itemText', {
      id: item.eventId,
      category: code ? book.label(code) : t('events.event'),
      action: what,
    });
  };

  return (
    <Card
      size="small"
      title={
        <Flex align="center" gap="small">
          {t('events.inbox.notifications')}
          <Badge count={unread.data ?? 0} data-testid="inbox-unread" />
        </Flex>
      }
      extra={
        <Button
          size="small"
          icon={<CheckOutlined />}
          disabled={!unread.data}
          loading={markRead.isPending}
          onClick={() => markRead.mutate(undefined, { onError: notifyError })}
          data-testid="inbox-read-all"
        >
          {t('events.inbox.markAllRead')}
        </Button>
      }
    >
      <Segmented<'all' | 'unread'>
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => setUnreadOnly(value === 'unread')}
        options={[
          { value: 'all', label: t('events.inbox.all') },
          { value: 'unread', label: t('events.inbox.unreadOnly') },
        ]}
        style={{ marginBottom: 8 }}
      />
      {list.error && !list.isFetching ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
      {list.isLoading ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : list.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.inbox.noNotifications')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="inbox-notifications">
          {list.items.map((item) => (
            <li
              key={item.id}
              style={{ padding: '8px 0', borderBottom: `1px solid ${token.colorSplit}` }}
              data-read={item.read}
            >
              <Flex gap="small" align="flex-start">
                <Badge status={item.read ? 'default' : 'processing'} style={{ marginTop: 4 }} />
                <Flex vertical flex={1} style={{ minWidth: 0 }}>
                  <Link
                    to={`/console/events/${item.eventId}`}
                    onClick={() => markOpened(item)}
                    style={{ fontWeight: item.read ? undefined : 600 }}
                    data-testid="inbox-item"
                  >
                    {describe(item)}
                  </Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <Age at={item.createdAt} />
                  </Typography.Text>
                </Flex>
                {item.read ? null : (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => markRead.mutate([item.id], { onError: notifyError })}
                  >
                    {t('events.inbox.markRead')}
                  </Button>
                )}
              </Flex>
            </li>
          ))}
        </ul>
      )}
      <LoadMore list={list} />
    </Card>
  );
}
