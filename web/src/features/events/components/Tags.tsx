import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventState, Urgency } from '../../../api/events';
import { formatDateTime } from '../../../shared/format';
import { deadlineParts, durationParts, STATE_COLOR, urgencyColor } from '../model';
import { useNow } from '../useNow';

export function StateTag({ state }: { state: EventState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOR[state]} data-testid="event-state">
      {t(`events.states.${state}`)}
    </Tag>
  );
}

interface DeadlineTagProps {
  deadline: string | null;
  urgency: Urgency | null;
}

/**
 * The time left (or past) the deadline, yellow as it nears, red once passed; the date itself on hover.
 * Nothing while no deadline runs (not yet dispatched, or handled).
 */
export function DeadlineTag({ deadline, urgency }: DeadlineTagProps) {
  const { t } = useTranslation();
  const now = useNow();
  if (!deadline || urgency === null) return null;
  const { over, unit, count } = deadlineParts(deadline, now);
  const span = t(`events.duration.${unit}`, { count });
  return (
    <Tooltip title={t('events.deadlineAt', { at: formatDateTime(deadline) })}>
      <Tag color={urgencyColor(urgency)} data-testid="event-deadline" data-urgency={urgency}>
        {t(`events.urgency.${urgency}`)} ·{' '}
        {over ? t('events.overBy', { span }) : t('events.leftFor', { span })}
      </Tag>
    </Tooltip>
  );
}

/** How long ago, in the largest whole unit ("3 小时前"). */
export function Age({ at }: { at: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const ms = Math.max(0, now - Date.parse(at));
  const { unit, count } = durationParts(ms);
  const label =
    ms < 60_000 ? t('events.justNow') : t('events.ago', { span: t(`events.duration.${unit}`, { count }) });
  return (
    <Tooltip title={formatDateTime(at)}>
      <span>{label}</span>
    </Tooltip>
  );
}
