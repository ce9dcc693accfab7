import { Flex, Rate, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventTimelineEntry } from '../../../api/events';
import { formatDateTime } from '../../../shared/format';
import { isEventAction } from '../model';
import { Photos } from './Photos';
import { StateTag } from './Tags';

const REFUSING = new Set(['reject', 'cancel', 'return', 'rework']);

function dotColor(entry: EventTimelineEntry): string {
  if (REFUSING.has(entry.action)) return 'red';
  if (entry.action === 'escalate') return 'orange';
  if (entry.toStatus === 'closed' && entry.fromStatus !== 'closed') return 'green';
  if (entry.action === 'comment' || entry.action === 'rate') return 'gray';
  return 'blue';
}

/** Everything that happened to the event, oldest first: who did what, the change of state, notes and photos. */
export function EventTimeline({ entries }: { entries: readonly EventTimelineEntry[] }) {
  const { t } = useTranslation();
  const actionLabel = (action: string) =>
    isEventAction(action)
      ? t(`events.actions.${action}`)
      : action === 'report'
        ? t('events.timeline.report')
        : action;

  return (
    <Timeline
      data-testid="event-timeline"
      items={entries.map((entry) => {
        const reason = typeof entry.data['reason'] === 'string' ? entry.data['reason'] : null;
        const score = typeof entry.data['score'] === 'number' ? entry.data['score'] : null;
        // The server keeps a reason as the note when there is no note (a reject's code, 'overdue' for the
        // escalation it makes itself): those are shown in words, not as the raw code.
        const overdueEscalation = entry.action === 'escalate' && entry.note === 'overdue';
        const note = overdueEscalation || (reason !== null && entry.note === reason) ? null : entry.note;
        return {
          key: entry.id,
          color: dotColor(entry),
          content: (
            <Flex vertical gap={4} data-testid="timeline-entry" data-action={entry.action}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(entry.at)}
              </Typography.Text>
              <Flex wrap gap={6} align="center">
                <Typography.Text strong>{actionLabel(entry.action)}</Typography.Text>
                <Typography.Text type="secondary">{entry.actorName}</Typography.Text>
                {entry.data['auto'] === true ? <Tag>{t('events.timeline.auto')}</Tag> : null}
                {entry.fromStatus !== entry.toStatus ? (
                  <span>
                    {entry.fromStatus ? (
                      <>
                        <StateTag state={entry.fromStatus} />→{' '}
                      </>
                    ) : null}
                    <StateTag state={entry.toStatus} />
                  </span>
                ) : null}
              </Flex>
              {entry.action === 'reject' && reason ? (
                <Typography.Text>
                  {t('events.timeline.rejectedFor', {
                    reason:
                      reason === 'duplicate' || reason === 'out_of_scope' || reason === 'invalid'
                        ? t(`events.rejectReasons.${reason}`)
                        : reason,
                  })}
                </Typography.Text>
              ) : null}
              {overdueEscalation ? (
                <Typography.Text type="warning">{t('events.timeline.overdueEscalation')}</Typography.Text>
              ) : null}
              {score !== null ? <Rate disabled value={score} style={{ fontSize: 14 }} /> : null}
              {note ? (
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  {note}
                </Typography.Paragraph>
              ) : null}
              <Photos photos={entry.attachments} size={72} />
            </Flex>
          ),
        };
      })}
    />
  );
}
