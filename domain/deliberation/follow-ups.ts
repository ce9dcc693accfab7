import { localDate } from '../common/local-date';
import { defineMachine } from '../common/machine';
import { FINAL_STATES, RUNNING_STATES, type EventState } from '../events/machine';

/**
 * The work a resolution creates, tracked until done: an event of the closed loop (a repair the property company
 * handles like any report), or a task with an owner and a due date (the owners' committee drafts a notice).
 */
export const FOLLOW_UP_KINDS = ['event', 'task'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const TASK_STATES = ['open', 'done'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_RELATIONS = ['owner', 'manager'] as const;
export type TaskRelation = (typeof TASK_RELATIONS)[number];

export const TASK_ACTIONS = ['complete', 'reopen'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

export const taskMachine = defineMachine<TaskState, TaskAction, TaskRelation, { status: TaskState }>(
  'task',
  TASK_ACTIONS,
  {
    complete: { from: ['open'], to: 'done', by: ['owner', 'manager'] },
    // Only the meeting's conveners may say a finished task was not finished after all.
    reopen: { from: ['done'], to: 'open', by: ['manager'] },
  },
);

/** Where a follow-up stands, computed from the clock, never stored: a task is overdue the day after it is due. */
export const PROGRESS = ['open', 'overdue', 'done', 'dropped'] as const;
export type Progress = (typeof PROGRESS)[number];

export type FollowUpFacts =
  | { kind: 'task'; status: TaskState; dueOn: string }
  | { kind: 'event'; eventStatus: EventState; eventDeadline: Date | null };

export function progressOf(f: FollowUpFacts, now: Date, timeZone: string): Progress {
  if (f.kind === 'task') {
    if (f.status === 'done') return 'done';
    return f.dueOn < localDate(now, timeZone) ? 'overdue' : 'open';
  }
  if (f.eventStatus === 'closed') return 'done';
  // A rejected or cancelled event is no one's work any more: the follow-up needs a new decision.
  if (FINAL_STATES.includes(f.eventStatus)) return 'dropped';
  return RUNNING_STATES.includes(f.eventStatus) && f.eventDeadline && f.eventDeadline < now
    ? 'overdue'
    : 'open';
}

/** How many follow-ups stand where: the stats page's "done / overdue" figures. */
export function tallyProgress(progress: readonly Progress[]): Record<Progress, number> & { total: number } {
  const out = { open: 0, overdue: 0, done: 0, dropped: 0, total: progress.length };
  for (const p of progress) out[p]++;
  return out;
}
