import { sql, type SQL } from 'drizzle-orm';
import { COUNTERS } from '../../../domain/events/metrics';
import { MONTH_DAYS } from './rollup';
import { bySlot, counterColumn } from './rollup-upsert';

const columns = COUNTERS.map(counterColumn);
const list = (f: (c: string) => string) => sql.raw(columns.map(f).join(', '));
const month = sql.raw(`date_trunc('month', day)::date`);
/** Reports per category of the grouped rows, as a map from code (the input of `bySlot`). */
const categoryMap = sql.raw(`jsonb_object_agg(category_code, reported) filter (where reported <> 0)`);

/**
 * The coarse rollups (community × day, community × month) rebuilt from the fine one, for a community or for all:
 * what `applyRollups` would have written alongside it. Run after the fine rollup of those communities was
 * rebuilt, with their coarse rows absent (the bulk seed; the migration that added the coarse tables runs the
 * same statements unfiltered).
 */
export function rebuildCoarseRollups(communityId?: number): SQL[] {
  const only = communityId === undefined ? sql`` : sql`where community_id = ${communityId}`;
  const byDay = (name: string) =>
    sql.raw(
      `array(select coalesce((${name} ->> i::text)::float8, 0) from generate_series(1, ${MONTH_DAYS}) i order by i)`,
    );
  return [
    sql`insert into event_rollup_day (community_id, day, ${list((c) => c)}, category_reports)
        select community_id, day, ${list((c) => c)}, ${bySlot(sql`categories`)}
          from (select community_id, day, ${list((c) => `sum(${c}) as ${c}`)}, ${categoryMap} as categories
                  from (select community_id, day, category_code, ${list((c) => `sum(${c}) as ${c}`)}
                          from event_rollup ${only} group by community_id, day, category_code) c
                 group by community_id, day) d`,
    sql`insert into event_rollup_month
          (community_id, month, ${list((c) => c)}, category_reports, reported_days, closed_days)
        select community_id, month, ${list((c) => c)}, ${bySlot(sql`categories`)},
               ${byDay('reported_by_day')}, ${byDay('closed_by_day')}
          from (select community_id, ${month} as month, ${list((c) => `sum(${c}) as ${c}`)},
                       jsonb_object_agg(extract(day from day)::int, reported) as reported_by_day,
                       jsonb_object_agg(extract(day from day)::int, closed) as closed_by_day
                  from event_rollup_day ${only} group by community_id, ${month}) d
          left join (select community_id, month, ${categoryMap} as categories
                       from (select community_id, ${month} as month, category_code, sum(reported) as reported
                               from event_rollup ${only} group by community_id, ${month}, category_code) f
                      group by community_id, month) c using (community_id, month)`,
  ];
}
