import { Flex, Image, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventTimelineEntry } from '../../../../api/eventsPhone';
import { formatDateTime } from '../../../../shared/format';
import { timelineWords } from '../status';

const PHOTO = 88;

/** The report's history, newest first: who did what, when, what they wrote and the photos they added. */
export function ReportHistory({ entries }: { entries: EventTimelineEntry[] }) {
  const { t } = useTranslation();
  const newestFirst = [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);

  function words(entry: EventTimelineEntry): string {
    const said = timelineWords(entry);
    if (said.key === 'reject')
      return said.reason
        ? t('residentEvents.timeline.reject', { reason: t(`residentEvents.rejectReasons.${said.reason}`) })
        : t('residentEvents.timeline.rejectNoReason');
    if (said.key === 'rate') return t('residentEvents.timeline.rate', { score: said.score });
    return t(`residentEvents.timeline.${said.key}`);
  }

  return (
    <Timeline
      data-testid="report-history"
      items={newestFirst.map((entry, index) => ({
        key: entry.id,
        color: index === 0 ? 'blue' : 'gray',
        content: (
          <Flex vertical gap={2} data-testid="history-entry" data-action={entry.action}>
            <Typography.Text strong>
              {entry.actorName} {words(entry)}
            </Typography.Text>
            <Typography.Text type="secondary">{formatDateTime(entry.at)}</Typography.Text>
            {entry.note ? (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {entry.note}
              </Typography.Paragraph>
            ) : null}
            {entry.attachments.length ? (
              <Flex gap="small" wrap style={{ marginTop: 4 }}>
                <Image.PreviewGroup>
                  {entry.attachments.map((file, n) => (
                    <Image
                      key={file.id}
                      src={file.url}
                      width={PHOTO}
                      height={PHOTO}
                      alt={t('residentEvents.report.photoAlt', { index: n + 1 })}
                      style={{ objectFit: 'cover', borderRadius: 6 }}
                    />
                  ))}
                </Image.PreviewGroup>
              </Flex>
            ) : null}
          </Flex>
        ),
      }))}
    />
  );
}
