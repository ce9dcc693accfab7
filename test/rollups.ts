import type pg from 'pg';
import { COUNTERS } from '../domain/events/metrics';

const snake = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

/**
 * Rows where the coarse rollups (community × day, community × month) differ from the fine rollup summed the same
 * way: counters, reports per category at the category's slot, and reports and closures per day of the month.
 */
export async function coarseRollupDifferences(pool: pg.Pool): Promise<unknown[]> {
  const q = async (text: string) => (await pool.query(text)).rows as unknown[];
  const out: unknown[] = [];
  const counters = COUNTERS.map(snake);
  const differs = (a: string, b: string) =>
    counters.map((c) => `abs(coalesce(${a}.${c}, 0) - coalesce(${b}.${c}, 0)) > 1e-6`).join(' or ');
  const sums = counters.map((c) => `sum(${c}) as ${c}`).join(', ');
  // Counters per community and day, then per community and month.
  out.push(
    ...(await q(`with f as (select community_id, day, ${sums} from event_rollup group by 1, 2)
               select * from f full join event_rollup_day d using (community_id, day) where ${differs('f', 'd')}`)),
  );
  out.push(
    ...(await q(`with f as (select community_id, date_trunc('month', day)::date as month, ${sums} from event_rollup group by 1, 2)
               select * from f full join event_rollup_month m using (community_id, month) where ${differs('f', 'm')}`)),
  );
  // Reports per category at the category's slot, per day and per month.
  for (const [table, period] of [
    ['event_rollup_day', 'day'],
    ['event_rollup_month', `date_trunc('month', day)::date`],
  ] as const) {
    const key = table === 'event_rollup_day' ? 'day' : 'month';
    out.push(
      ...(await q(`with f as (select community_id, ${period} as ${key}, category_code, sum(reported) as n
                              from event_rollup group by 1, 2, 3)
                 select f.*, coalesce(r.category_reports[c.slot], 0) as stored
                   from f join event_category c on c.code = f.category_code
                   left join ${table} r using (community_id, ${key})
                  where abs(f.n - coalesce(r.category_reports[c.slot], 0)) > 1e-6`)),
    );
  }
  // Reports and closures per day of the month.
  out.push(
    ...(await q(`with f as (select community_id, day, sum(reported) as reported, sum(closed) as closed
                            from event_rollup group by 1, 2)
               select f.* from f join event_rollup_month m
                   on m.community_id = f.community_id and m.month = date_trunc('month', f.day)::date
                where m.reported_days[extract(day from f.day)::int] <> f.reported
                   or m.closed_days[extract(day from f.day)::int] <> f.closed`)),
  );
  return out;
}
