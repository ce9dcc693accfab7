import { and, gte, lte, sql } from 'drizzle-orm';
import { addDays, daysBetween, localDate } from '../../../domain/common/local-date';
import { worksEvents } from '../../../domain/events/parties';
import { weeklyForecast, WEEK } from '../../../domain/forecasts/holt-winters';
import type { Db } from '../../db/client';
import { eventRollup } from '../../db/schema';
import { forbidden, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import type { RulesBook } from '../events/rules';
import { rollupRowsOf } from '../events/stats';
import type { ForecastQuery, ForecastResponse } from './schema';

/** A year of days: the model learns the weekly pattern and the trend from it. */
const HISTORY_DAYS = 364;
/** Weeks of history shown beside the forecast. */
const SHOWN_WEEKS = 26;
/** The fit is a grid search over a year of days: cheap, but the same answer serves everyone for a while. */
const CACHE_MS = 5 * 60_000;
const CACHE_ENTRIES = 500;

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Expected events per week for a node (and category), from the rollup's daily counts: docs/API.md "Forecasts". */
export function forecastsService(db: Db, rules: RulesBook, timeZone: string) {
  const cache = new Map<string, { at: number; value: ForecastResponse }>();

  async function compute(
    where: ReturnType<typeof sql>,
    q: ForecastQuery,
    codes: string[] | null,
    yesterday: string,
  ): Promise<ForecastResponse> {
    const from = addDays(yesterday, -(HISTORY_DAYS - 1));
    const rows = await db
      .select({ day: eventRollup.day, count: sql<number>`sum(${eventRollup.reported})::float8` })
      .from(eventRollup)
      .where(
        and(
          where,
          gte(eventRollup.day, from),
          lte(eventRollup.day, yesterday),
          codes ? sql`${eventRollup.categoryCode} = any(${sql.param(codes)}::text[])` : undefined,
        ),
      )
      .groupBy(eventRollup.day);
    const base = {
      nodeId: q.nodeId,
      categoryCode: q.categoryCode ?? null,
      model: 'holt-winters-additive' as const,
      period: WEEK,
    };
    const first = rows.reduce<string | null>((m, r) => (m === null || r.day < m ? r.day : m), null);
    // Whole weeks ending yesterday, from the first week with data: days before a node's first report are not zeros.
    const days = first === null ? 0 : Math.floor((daysBetween(first, yesterday) + 1) / WEEK) * WEEK;
    const start = addDays(yesterday, -(days - 1));
    const byDay = new Map(rows.map((r) => [r.day, r.count]));
    const daily = Array.from({ length: days }, (_, i) => byDay.get(addDays(start, i)) ?? 0);
    const history = Array.from({ length: days / WEEK }, (_, w) => ({
      weekStart: addDays(start, w * WEEK),
      count: daily.slice(w * WEEK, (w + 1) * WEEK).reduce((a, b) => a + b, 0),
    })).slice(-SHOWN_WEEKS);
    const f = weeklyForecast(daily, q.weeks);
    if (!f) return { ...base, history, forecast: [], error: null, reason: 'too_little_history' };
    const band = f.error?.mae ?? 0;
    return {
      ...base,
      history,
      forecast: f.weeks.map((count, w) => ({
        weekStart: addDays(yesterday, 1 + w * WEEK),
        count: round1(count),
        low: round1(Math.max(0, count - band)),
        high: round1(count + band),
      })),
      error: f.error
        ? {
            mae: round1(f.error.mae),
            wape: f.error.wape === null ? null : Math.round(f.error.wape * 1000) / 1000,
            heldOutWeeks: f.error.blocks,
          }
        : null,
      reason: null,
    };
  }

  return {
    async forecast(caller: Caller, q: ForecastQuery, now = new Date()): Promise<ForecastResponse> {
      if (!worksEvents(caller.grants)) throw forbidden('forecasts are for the staff who work events');
      const { where, communityIds } = await rollupRowsOf(db, caller, q.nodeId);
      let codes: string[] | null = null;
      if (q.categoryCode !== undefined) {
        const all = await rules.allCategories();
        if (!all.has(q.categoryCode)) throw notFound('category');
        codes = [...all.values()]
          .filter((c) => c.code === q.categoryCode || c.parentCode === q.categoryCode)
          .map((c) => c.code);
      }
      const yesterday = addDays(localDate(now, timeZone), -1);
      const key = JSON.stringify([q.nodeId, communityIds, q.categoryCode ?? null, q.weeks, yesterday]);
      const hit = cache.get(key);
      if (hit && now.getTime() - hit.at < CACHE_MS) return hit.value;
      const value = await compute(where, q, codes, yesterday);
      if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
      cache.set(key, { at: now.getTime(), value });
      return value;
    },
  };
}
export type ForecastsService = ReturnType<typeof forecastsService>;
