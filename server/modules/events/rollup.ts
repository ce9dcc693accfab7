import type { SQL } from 'drizzle-orm';
import {
  COUNTERS,
  rollupDelta,
  type Counter,
  type Counters,
  type RollupFacts,
} from '../../../domain/events/metrics';
import { monthOf } from '../../../domain/events/period-cover';
import type { Executor } from '../../db/client';
import { executePrepared } from '../../db/prepared';
import { together } from '../../db/together';
import { eventRollup, eventRollupDay, eventRollupMonth } from '../../db/schema';
import type { EventRow } from './repository';
import {
  addArrays,
  batchUpsert,
  bySlot,
  COUNTER_COLUMNS,
  counterColumn,
  upsertOf,
  type UpsertColumn,
} from './rollup-upsert';

const facts = (e: EventRow): RollupFacts => ({
  status: e.status,
  reportedAt: e.reportedAt,
  acceptedAt: e.acceptedAt,
  closedAt: e.closedAt,
  deadline: e.deadline,
  reworkCount: e.reworkCount,
  rating: e.rating,
});

/** The longest month: a month row's day arrays have one entry per day of the month, padded to this. */
export const MONTH_DAYS = 31;

/** Applies an event's change to the statistics in the same transaction as the change itself. */
export async function applyRollup(
  db: Executor,
  before: EventRow | null,
  after: EventRow,
  timeZone: string,
): Promise<void> {
  await applyRollups(db, [{ before, after }], timeZone);
}

type Totals = Record<Counter, number>;
interface FineRow {
  communityId: number;
  compoundId: number;
  categoryCode: string;
  day: string;
  c: Totals;
}
interface DayRow {
  communityId: number;
  day: string;
  c: Totals;
  byCategory: Record<string, number>;
}
interface MonthRow {
  communityId: number;
  month: string;
  c: Totals;
  byCategory: Record<string, number>;
  reportedDays: number[];
  closedDays: number[];
}

function rowOf<T>(rows: Map<string, T>, key: string, make: () => T): T {
  let row = rows.get(key);
  if (!row) rows.set(key, (row = make()));
  return row;
}

const zeros = () => Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Totals;
function addTo(into: Totals, counters: Counters) {
  for (const [c, n] of Object.entries(counters) as [Counter, number][]) into[c] += n;
}

/**
 * Applies many events' changes at once, to the fine rollup (community × compound × category × day) and the two
 * coarse ones (community × day, community × month) that the statistics of a street or district read: the
 * differences are summed per row of each first (one upsert may not touch a row twice), every row carries every
 * counter, and all three upserts go as one statement, so the write path pays one round trip for them.
 */
export async function applyRollups(
  db: Executor,
  changes: { before: EventRow | null; after: EventRow }[],
  timeZone: string,
): Promise<void> {
  const statements = rollupStatements(changes, timeZone);
  if (statements.length) await executePrepared(db, together(statements));
}

/** The three upserts that apply `changes` to the rollups (none when the changes count for nothing). */
export function rollupStatements(
  changes: { before: EventRow | null; after: EventRow }[],
  timeZone: string,
): SQL[] {
  const fine = new Map<string, FineRow>();
  const days = new Map<string, DayRow>();
  const months = new Map<string, MonthRow>();
  for (const { before, after } of changes)
    for (const [day, counters] of rollupDelta(before && facts(before), facts(after), timeZone)) {
      const { communityId, categoryCode } = after;
      const compoundId = after.compoundId ?? 0;
      const month = monthOf(day);
      addTo(
        rowOf(fine, `${communityId}/${compoundId}/${categoryCode}/${day}`, () => ({
          communityId,
          compoundId,
          categoryCode,
          day,
          c: zeros(),
        })).c,
        counters,
      );
      const d = rowOf<DayRow>(days, `${communityId}/${day}`, () => ({
        communityId,
        day,
        c: zeros(),
        byCategory: {},
      }));
      const m = rowOf<MonthRow>(months, `${communityId}/${month}`, () => ({
        communityId,
        month,
        c: zeros(),
        byCategory: {},
        reportedDays: new Array<number>(MONTH_DAYS).fill(0),
        closedDays: new Array<number>(MONTH_DAYS).fill(0),
      }));
      addTo(d.c, counters);
      addTo(m.c, counters);
      if (counters.reported) {
        d.byCategory[categoryCode] = (d.byCategory[categoryCode] ?? 0) + counters.reported;
        m.byCategory[categoryCode] = (m.byCategory[categoryCode] ?? 0) + counters.reported;
      }
      const i = Number(day.slice(8, 10)) - 1;
      m.reportedDays[i]! += counters.reported ?? 0;
      m.closedDays[i]! += counters.closed ?? 0;
    }
  if (!fine.size) return [];
  return [
    upsertOf(
      FINE,
      [...fine.values()].map((r) => ({ ...keyed(r.c), ...fineKey(r) })),
    ),
    upsertOf(
      DAY,
      [...days.values()].map((r) => ({ ...dayKey(r), ...categories(r) })),
    ),
    upsertOf(
      MONTH,
      [...months.values()].map((r) => ({
        ...monthKey(r),
        ...categories(r),
        reported_days: r.reportedDays,
        closed_days: r.closedDays,
      })),
    ),
  ];
}

/** A row's counters under their column names. */
const keyed = (c: Totals) => Object.fromEntries(COUNTERS.map((k) => [counterColumn(k), c[k]]));
const fineKey = (r: FineRow) => ({
  community_id: r.communityId,
  compound_id: r.compoundId,
  category_code: r.categoryCode,
  day: r.day,
});
const dayKey = (r: DayRow) => ({ ...keyed(r.c), community_id: r.communityId, day: r.day });
const monthKey = (r: MonthRow) => ({ ...keyed(r.c), community_id: r.communityId, month: r.month });
const categories = (r: { byCategory: Record<string, number> }) => ({ category_reports: r.byCategory });

const community: UpsertColumn = { name: 'community_id', type: 'bigint' };
// Reports per category arrive as a map from code and are stored at the categories' slots (event_category).
const categoryReports: UpsertColumn = {
  name: 'category_reports',
  type: 'jsonb',
  stored: bySlot,
  merge: addArrays,
};
const dayArray = (name: string): UpsertColumn => ({ name, type: 'float8[]', merge: addArrays });

const FINE = batchUpsert(
  eventRollup,
  [
    community,
    { name: 'compound_id', type: 'bigint' },
    { name: 'category_code', type: 'text' },
    { name: 'day', type: 'date' },
  ],
  COUNTER_COLUMNS,
);
const DAY = batchUpsert(
  eventRollupDay,
  [community, { name: 'day', type: 'date' }],
  [...COUNTER_COLUMNS, categoryReports],
);
const MONTH = batchUpsert(
  eventRollupMonth,
  [community, { name: 'month', type: 'date' }],
  [...COUNTER_COLUMNS, categoryReports, dayArray('reported_days'), dayArray('closed_days')],
);
