import type pg from 'pg';
import { COUNTERS, rates, type Counters } from '../domain/events/metrics';

/**
 * The `stats` benchmark's baseline: the figures of `GET /stats/events` computed the way one would without a
 * rollup, by GROUP BY over the events of the node's communities, straight from RULES.md §7: totals and statuses
 * over events reported in the period, the rates over events accepted in it, categories by report, and the daily
 * trend of reports and closures. The report-side filter can use the (community, reported_at) index; nothing
 * indexes acceptance, so that side reads the communities' events. Written independently of the rollup's rebuild
 * (server/demo/scale.ts) so that the benchmark's equality check tests one against the other.
 */
export async function naiveStats(
  pool: pg.Pool,
  q: { nodeId: number; from: string; to: string },
  timeZone: string,
) {
  const ids = (
    await pool.query<{ id: string }>(
      `select c.id from org_node c join org_node n on n.id = $1
        where c.kind = 'community' and (c.id = n.id or c.path like n.path || '%')`,
      [q.nodeId],
    )
  ).rows.map((r) => Number(r.id));
  // The period's bounds as instants, so the report side is an index range rather than a per-row conversion.
  const period = `community_id = any($1::bigint[]) and reported_at >= ($2::date)::timestamp at time zone $4
                  and reported_at < ($3::date + 1)::timestamp at time zone $4`;
  const accepted = `community_id = any($1::bigint[]) and (accepted_at at time zone $4)::date between $2::date and $3::date`;
  const closed = `(status = 'closed' and closed_at is not null)`;
  const day = (col: string) => `to_char((${col} at time zone $4)::date, 'YYYY-MM-DD')`;
  const args = [ids, q.from, q.to, timeZone];
  const statuses = COUNTERS.filter((c) => c.startsWith('status_'));
  const [reportSide, acceptSide, byCategory, byDay] = await Promise.all([
    pool.query(
      `select count(*)::float8 as reported,
              ${statuses.map((c) => `count(*) filter (where status = '${c.slice(7)}')::float8 as "${c}"`).join(', ')}
         from event where ${period}`,
      args,
    ),
    pool.query(
      `select count(*)::float8 as accepted,
              count(*) filter (where status = 'handled' or ${closed})::float8 as handled,
              count(*) filter (where ${closed})::float8 as closed,
              count(*) filter (where ${closed} and deadline is not null and closed_at <= deadline)::float8 as "closedOnTime",
              count(*) filter (where rating is not null)::float8 as rated,
              count(*) filter (where rating >= 4)::float8 as "ratedGood",
              count(*) filter (where ${closed} and rework_count > 0)::float8 as reworked,
              coalesce(sum(extract(epoch from closed_at - reported_at) / 3600) filter (where ${closed}), 0)::float8
                as "closeHours"
         from event where ${accepted}`,
      args,
    ),
    pool.query<{ code: string; count: number }>(
      `select category_code as code, count(*)::float8 as count from event where ${period} group by category_code`,
      args,
    ),
    pool.query<{ day: string; reported: number; closed: number }>(
      `select day, sum(reported)::float8 as reported, sum(closed)::float8 as closed from (
         select ${day('reported_at')} as day, 1 as reported, 0 as closed from event where ${period}
         union all
         select ${day('accepted_at')}, 0, (${closed})::int from event where ${accepted}
       ) d group by day order by day`,
      args,
    ),
  ]);
  const counters = { ...reportSide.rows[0], ...acceptSide.rows[0] } as Counters;
  return {
    nodeId: q.nodeId,
    from: q.from,
    to: q.to,
    ...rates(counters),
    byCategory: byCategory.rows.sort((a, b) => b.count - a.count),
    byDay: byDay.rows,
  };
}
