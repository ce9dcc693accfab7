import { EVENT_ACTIONS, REJECT_REASONS, type RejectReason } from '../../../api/events';
import type { EventState, EventTimelineEntry } from '../../../api/eventsPhone';

/** The way a report normally goes, in the words the resident sees (the steps of the progress bar). */
export const PROGRESS_STEPS = [
  'reported',
  'accepted',
  'dispatched',
  'in_progress',
  'handled',
  'closed',
] as const satisfies readonly EventState[];

export type StepState = 'finish' | 'process' | 'wait' | 'error';

export interface Progress {
  steps: { status: EventState; state: StepState }[];
  /** The index of the step the report is at now. */
  current: number;
}

/**
 * The progress bar of a report. A report that was turned down or withdrawn ends after "submitted" with that
 * step in red (or grey); a closed one has every step done; otherwise the steps before the current one are done.
 */
export function progressOf(status: EventState): Progress {
  if (status === 'rejected' || status === 'cancelled') {
    return {
      steps: [
        { status: 'reported', state: 'finish' },
        { status, state: status === 'rejected' ? 'error' : 'finish' },
      ],
      current: 1,
    };
  }
  const current = PROGRESS_STEPS.indexOf(status);
  return {
    steps: PROGRESS_STEPS.map((step, index) => ({
      status: step,
      state: index < current || status === 'closed' ? 'finish' : index === current ? 'process' : 'wait',
    })),
    current,
  };
}

/** The colour of a status tag: blue while it moves, gold while it is checked, green when done, red when refused. */
export function statusColor(status: EventState): string {
  switch (status) {
    case 'reported':
    case 'accepted':
    case 'dispatched':
    case 'in_progress':
      return 'processing';
    case 'handled':
      return 'warning';
    case 'closed':
      return 'success';
    case 'rejected':
      return 'error';
    case 'cancelled':
      return 'default';
  }
}

/** Which plain-words explanation a report's status gets (`residentEvents.statusHint.*`). */
export type StatusHint = EventState | 'closedRated' | 'overdue';

/**
 * A closed report asks for a rating until it has one; a report past its deadline says so, rather than
 * "they will handle it soon".
 */
export function statusHint(report: {
  status: EventState;
  rating: number | null;
  urgency?: 'ok' | 'warning' | 'overdue' | null;
}): StatusHint {
  if (report.status === 'closed' && report.rating !== null) return 'closedRated';
  if (report.urgency === 'overdue' && (report.status === 'dispatched' || report.status === 'in_progress'))
    return 'overdue';
  return report.status;
}

/** The timeline actions worded for residents (the report itself and every action); anything newer is "updated". */
const TIMELINE_ACTIONS = ['report', ...EVENT_ACTIONS] as const;
type TimelineAction = (typeof TIMELINE_ACTIONS)[number];

export type TimelineWords =
  | { key: Exclude<TimelineAction, 'dispatch' | 'reject' | 'rate'> | 'other' }
  | { key: 'dispatch' | 'dispatchAuto' }
  | { key: 'reject'; reason: RejectReason | null }
  | { key: 'rate'; score: number };

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** What one entry of the report's history says, from its action and data (score, reject reason, auto). */
export function timelineWords(entry: Pick<EventTimelineEntry, 'action' | 'data'>): TimelineWords {
  const { action, data } = entry;
  if (!isOneOf(TIMELINE_ACTIONS, action)) return { key: 'other' };
  if (action === 'dispatch') return { key: data['auto'] === true ? 'dispatchAuto' : 'dispatch' };
  if (action === 'reject')
    return { key: 'reject', reason: isOneOf(REJECT_REASONS, data['reason']) ? data['reason'] : null };
  if (action === 'rate')
    return typeof data['score'] === 'number' ? { key: 'rate', score: data['score'] } : { key: 'other' };
  return { key: action };
}

/**
 * When the report last reached each status (the progress bar shows it under the step). Only changes of status
 * count: a message or a rating leaves the status as it was and is not "reaching" it.
 */
export function reachedAt(
  timeline: readonly Pick<EventTimelineEntry, 'fromStatus' | 'toStatus' | 'at'>[],
): Partial<Record<EventState, string>> {
  const reached: Partial<Record<EventState, string>> = {};
  for (const entry of timeline) {
    if (entry.fromStatus === entry.toStatus) continue;
    const before = reached[entry.toStatus];
    if (!before || Date.parse(entry.at) >= Date.parse(before)) reached[entry.toStatus] = entry.at;
  }
  return reached;
}
