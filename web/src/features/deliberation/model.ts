/** Pure view logic of the deliberation pages (tested in model.test.ts). */
import type { Dayjs } from 'dayjs';
import { monthsBetween } from '../../../../domain/deliberation/stats';
import type { User } from '../../api/auth';
import type {
  DeliberationStats,
  MeetingKind,
  MeetingState,
  NewFollowUp,
  Progress,
  TopicState,
} from '../../api/deliberation';

export const TOPIC_COLOR: Record<TopicState, string> = {
  open: 'processing',
  scheduled: 'gold',
  resolved: 'green',
  dropped: 'default',
};

export const MEETING_COLOR: Record<MeetingState, string> = {
  planned: 'processing',
  held: 'green',
  cancelled: 'default',
};

export const PROGRESS_COLOR: Record<Progress, string> = {
  open: 'processing',
  overdue: 'red',
  done: 'green',
  dropped: 'default',
};

/** A joint meeting seats the compound's bodies; the other kinds are open to residents and invite few. */
export const needsBodies = (kind: MeetingKind | undefined) => kind === 'joint_meeting';

/** A follow-up row as the resolution form holds it: either kind's fields, the unused ones empty. */
export interface FollowUpRow {
  kind: 'event' | 'task';
  categoryCode?: string;
  description?: string;
  title?: string;
  ownerAccountId?: number;
  dueOn?: Dayjs;
}

/** The form's follow-up rows as the API takes them (each kind with only its own fields). */
export function followUpBodies(rows: readonly FollowUpRow[] | undefined): NewFollowUp[] {
  return (rows ?? []).map((row) =>
    row.kind === 'event'
      ? { kind: 'event', categoryCode: row.categoryCode ?? '', description: (row.description ?? '').trim() }
      : {
          kind: 'task',
          title: (row.title ?? '').trim(),
          ownerAccountId: row.ownerAccountId ?? 0,
          dueOn: row.dueOn ? row.dueOn.format('YYYY-MM-DD') : '',
        },
  );
}

/** One point per month of the period, months without sessions as zeros (a chart shows no gap). */
export function monthlySeries(stats: Pick<DeliberationStats, 'from' | 'to' | 'byMonth'>) {
  const byMonth = new Map(stats.byMonth.map((m) => [m.month, m]));
  return monthsBetween(stats.from, stats.to).map((month) => {
    const m = byMonth.get(month);
    return {
      month,
      sessions: m?.sessions ?? 0,
      resolutions: m?.resolutions ?? 0,
      consensus: m?.consensus ?? 0,
    };
  });
}

export interface HomeCompound {
  id: number;
  name: string;
}

/** The compounds a resident has a home in (from their resident grants at a compound, building or unit). */
export function homeCompounds(user: Pick<User, 'roles'>): HomeCompound[] {
  const seen = new Map<number, HomeCompound>();
  for (const grant of user.roles) {
    if (grant.role !== 'resident') continue;
    const compound = grant.nodePath.find((step) => step.kind === 'compound');
    if (compound && !seen.has(compound.id)) seen.set(compound.id, { id: compound.id, name: compound.name });
  }
  return [...seen.values()];
}

/**
 * Twelve whole months, this one included to its last day: the period the stats page (a month picker) opens with.
 * Ending it today would leave out a meeting held today where the compound's date is already tomorrow.
 */
export function defaultPeriod(today: Dayjs): { from: string; to: string } {
  return {
    from: today.subtract(11, 'month').startOf('month').format('YYYY-MM-DD'),
    to: today.endOf('month').format('YYYY-MM-DD'),
  };
}
