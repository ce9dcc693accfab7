import { and, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { addDays } from '../../../domain/common/local-date';
import { COUNTERS, type Counter, type Counters } from '../../../domain/events/metrics';
import { coverPeriod, monthOf } from '../../../domain/events/period-cover';
import type { Db } from '../../db/client';
import { eventCategory, eventRollup, eventRollupDay, eventRollupMonth } from '../../db/schema';
import { MONTH_DAYS } from './rollup';

/** What the statistics of a period are made of, before the rates. */
export interface StatsFigures {
  counters: Counters;
  byCategory: { code: string; count: number }[];
  byDay: { day: string; reported: number; closed: number }[];
}

/** Each counter summed over the selected rows of a rollup table. */
export const sumsOf = (columns: Record<Counter, AnyPgColumn>) =>
  Object.fromEntries(
    COUNTERS.map((c) => [c, sql<number>`coalesce(sum(${columns[c]}), 0)::float8`]),
  ) as Record<Counter, SQL<number>>;

/** The figures of one compound, from the fine rollup (a compound has few rows per day). */
export async function fineStats(db: Db, where: SQL, from: string, to: string): Promise<StatsFigures> {
  const rows = and(where, gte(eventRollup.day, from), lte(eventRollup.day, to));
  const sums = sumsOf(eventRollup);
  const [totals, byCategory, byDay] = await Promise.all([
    db.select(sums).from(eventRollup).where(rows),
    db
      .select({ code: eventRollup.categoryCode, count: sums.reported })
      .from(eventRollup)
      .where(rows)
      .groupBy(eventRollup.categoryCode),
    db
      .select({ day: eventRollup.day, reported: sums.reported, closed: sums.closed })
      .from(eventRollup)
      .where(rows)
      .groupBy(eventRollup.day)
      .orderBy(eventRollup.day),
  ]);
  return { counters: totals[0] ?? {}, byCategory, byDay };
}

const communities = (column: AnyPgColumn, ids: number[]) => sql`${column} = any(${sql.param(ids)}::bigint[])`;
/** Each position of an array column summed over the selected rows, positions 1 to `length`. */
const positionSums = (column: AnyPgColumn, length: number) =>
  sql<number[]>`array[${sql.join(
    Array.from({ length }, (_, i) => sql`coalesce(sum(${column}[${sql.raw(String(i + 1))}]), 0)`),
    sql`, `,
  )}]::float8[]`;
/** Days as ranges of consecutive days (the edges of a period are at most four runs). */
function dayRanges(column: AnyPgColumn, days: string[]): SQL {
  const runs: [string, string][] = [];
  for (const d of [...days].sort())
    if (runs.length && addDays(runs.at(-1)![1], 1) === d) runs.at(-1)![1] = d;
    else runs.push([d, d]);
  return sql`(${sql.join(
    runs.map(([a, b]) => sql`${column} between ${a} and ${b}`),
    sql` or `,
  )})`;
}

function addCounters(into: Counters, c: Counters, sign: number) {
  for (const k of COUNTERS) into[k] = (into[k] ?? 0) + sign * (c[k] ?? 0);
}

/**
 * The figures of whole communities, from the coarse rollups (domain/events/period-cover): a district's year is
 * about thirteen month rows and a dozen day rows per community. The month rows, grouped by month, give the
 * months' counters, reports per category and the daily trend; the day rows add or take away the days of the
 * edge months. Categories are summed by slot (event_category.slot), so no row is unpacked.
 */
export async function coarseStats(
  db: Db,
  communityIds: number[],
  from: string,
  to: string,
): Promise<StatsFigures> {
  const cover = coverPeriod(from, to);
  const edgeDays = [...cover.plusDays, ...cover.minusDays];
  const slots = await db.select({ slot: eventCategory.slot, code: eventCategory.code }).from(eventCategory);
  const width = Math.max(0, ...slots.map((s) => s.slot));
  const m = eventRollupMonth;
  const d = eventRollupDay;
  const [months, days] = await Promise.all([
    db
      .select({
        month: m.month,
        ...sumsOf(m),
        categories: positionSums(m.categoryReports, width),
        reportedDays: positionSums(m.reportedDays, MONTH_DAYS),
        closedDays: positionSums(m.closedDays, MONTH_DAYS),
      })
      .from(m)
      .where(
        and(
          communities(m.communityId, communityIds),
          gte(m.month, cover.firstMonth),
          lte(m.month, cover.lastMonth),
        ),
      )
      .groupBy(m.month)
      .orderBy(m.month),
    edgeDays.length
      ? db
          .select({
            minus: sql<boolean>`${d.day} = any(${sql.param(cover.minusDays)}::date[])`,
            ...sumsOf(d),
            categories: positionSums(d.categoryReports, width),
          })
          .from(d)
          .where(and(communities(d.communityId, communityIds), dayRanges(d.day, edgeDays)))
          .groupBy(sql`1`)
      : [],
  ]);
  const counters: Counters = {};
  const perSlot = new Array<number>(width).fill(0);
  const count = (row: { categories: number[] }, sign: number) =>
    row.categories.forEach((n, i) => (perSlot[i]! += sign * n));
  const whole = new Set(cover.months);
  const byDay: StatsFigures['byDay'] = [];
  for (const row of months) {
    if (whole.has(row.month)) {
      addCounters(counters, row, 1);
      count(row, 1);
    }
    for (let i = 0; i < MONTH_DAYS; i++) {
      const day = addDays(row.month, i);
      if (monthOf(day) !== row.month) break;
      const [reported, closed] = [row.reportedDays[i] ?? 0, row.closedDays[i] ?? 0];
      if (day >= from && day <= to && (reported || closed)) byDay.push({ day, reported, closed });
    }
  }
  for (const row of days) {
    addCounters(counters, row, row.minus ? -1 : 1);
    count(row, row.minus ? -1 : 1);
  }
  return {
    counters,
    byCategory: slots.map((s) => ({ code: s.code, count: perSlot[s.slot - 1] ?? 0 })),
    byDay,
  };
}
