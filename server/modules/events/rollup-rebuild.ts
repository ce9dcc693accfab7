import { sql, type SQL } from 'drizzle-orm';
import { COUNTERS } from '../../../domain/events/metrics';
import { MONTH_DAYS } from './rollup';

const columns = COUNTERS.map((c) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`));
const list = (f: (c: string) => string) => sql.raw(columns.map(f).join(', '));

/**
 * The coarse rollups (community × day, community × month) rebuilt from the fine one, for a community or for all:
 * what `applyRollups` would have written alongside it. Run after the fine rollup of those communities was
 * rebuilt, with their coarse rows absent (the bulk seed; the migration that added the coarse tables runs the
 * same statements unfiltered).
 */
export function rebuildCoarseRollups(communityId?: number): SQL[] {
  const only = communityId === undefined ? sql`` : sql`where community_id = ${communityId}`;
  const day = (name: string) =>
    sql.raw(
      `array(select coalesce((${name} ->> i::text)::float8, 0) from generate_series(1, ${MONTH_DAYS}) i order by i)`,
    );
  return [
    sql`insert into event_rollup_day (community_id, day, ${list((c) => c)}, by_category)
        select community_id, day, ${list((c) => `sum(${c})`)},
               coalesce(jsonb_object_agg(category_code, reported) filter (where reported <> 0), '{}'::jsonb)
          from (select community_id, day, category_code, ${list((c) => `sum(${c}) as ${c}`)}
                  from event_rollup ${only} group by community_id, day, category_code) c
         group by community_id, day`,
    sql`insert into event_rollup_month (community_id, month, ${list((c) => c)}, by_category, reported_days, closed_days)
        select community_id, month, ${list((c) => c)},
               (select coalesce(jsonb_object_agg(k, v), '{}'::jsonb)
                  from (select k, sum(v::float8) as v from unnest(maps) m, jsonb_each_text(m) j(k, v) group by k) g
                 where v <> 0),
               ${day('reported_by_day')}, ${day('closed_by_day')}
          from (select community_id, date_trunc('month', day)::date as month, ${list((c) => `sum(${c}) as ${c}`)},
                       array_agg(by_category) as maps,
                       jsonb_object_agg(extract(day from day)::int, reported) as reported_by_day,
                       jsonb_object_agg(extract(day from day)::int, closed) as closed_by_day
                  from event_rollup_day ${only} group by community_id, date_trunc('month', day)) m`,
  ];
}
