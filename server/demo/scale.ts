import { sql } from 'drizzle-orm';
import { COUNTERS } from '../../domain/events/metrics';
import type { Db, Executor } from '../db/client';
import { accountsService } from '../modules/accounts/service';
import { systemCaller } from '../modules/auth/caller';
import { rebuildCoarseRollups } from '../modules/events/rollup-rebuild';
import { orgService } from '../modules/org/service';
import { DEMO_DISTRICT, DEMO_PASSWORD } from './street';

/**
 * The shape of district-size data for `linli seed --demo --scale N`: N = 1 is about a real district (200
 * communities of 5,000 homes, 1 M houses, 10 M events over two years). Below 1/200 there is one community and
 * its units hold fewer homes, so a test can build the same shape in a second.
 */
export interface ScalePlan {
  streets: number;
  communitiesPerStreet: number;
  compoundsPerCommunity: number;
  buildingsPerCompound: number;
  unitsPerBuilding: number;
  housesPerUnit: number;
  eventsPerHouse: number;
}

const FULL = { communities: 200, housesPerUnit: 25 };

export function scalePlan(n: number): ScalePlan {
  if (!Number.isFinite(n) || n <= 0 || n > 20)
    throw new RangeError('--scale must be a number above 0 and at most 20');
  const communities = Math.max(1, Math.round(FULL.communities * n));
  const streets = Math.max(1, Math.round(communities / 20));
  return {
    streets,
    communitiesPerStreet: Math.ceil(communities / streets),
    compoundsPerCommunity: 5,
    buildingsPerCompound: 20,
    unitsPerBuilding: 2,
    housesPerUnit: Math.max(
      1,
      Math.min(FULL.housesPerUnit, Math.round(FULL.housesPerUnit * FULL.communities * n)),
    ),
    eventsPerHouse: 10,
  };
}

export function planTotals(p: ScalePlan) {
  const communities = p.streets * p.communitiesPerStreet;
  const houses =
    communities * p.compoundsPerCommunity * p.buildingsPerCompound * p.unitsPerBuilding * p.housesPerUnit;
  return { communities, houses, events: houses * p.eventsPerHouse };
}

/** Marks the generated streets, so a second run finds them and does nothing. */
export const SCALE_STREET_PREFIX = '规模街道';
/** A district department account that sees every community's statistics (the `stats` benchmark signs in as it). */
export const SCALE_ACCOUNT = { username: 'district.stats', displayName: '区城管局 统计员' };

const snake = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

/**
 * One community's rollup rows built from its events by one GROUP BY: what `applyRollups` would have written had
 * each event come through the write path (domain/events/metrics `contribution`: the report's day carries the
 * total and the status, the acceptance day the rates' counters). The db test checks it against `contribution`.
 */
function rebuildRollup(communityId: number, timeZone: string) {
  const zero = (cs: readonly string[]) => cs.map((c) => `0 as ${snake(c)}`).join(', ');
  const statusCounters = COUNTERS.filter((c) => c.startsWith('status_'));
  const rateCounters = COUNTERS.filter((c) => c !== 'reported' && !c.startsWith('status_'));
  const closed = `(status = 'closed' and closed_at is not null)`;
  const columns = COUNTERS.map(snake).join(', ');
  return sql`
    insert into event_rollup (community_id, compound_id, category_code, day, ${sql.raw(columns)})
    select community_id, compound_id, category_code, day, ${sql.raw(COUNTERS.map((c) => `sum(${snake(c)})`).join(', '))}
    from (
      select community_id, coalesce(compound_id, 0) as compound_id, category_code,
             (reported_at at time zone ${timeZone})::date as day, 1 as reported,
             ${sql.raw(zero(rateCounters))},
             ${sql.raw(statusCounters.map((c) => `(status = '${c.slice('status_'.length)}')::int as ${c}`).join(', '))}
        from event where community_id = ${communityId}
      union all
      select community_id, coalesce(compound_id, 0), category_code, (accepted_at at time zone ${timeZone})::date, 0,
             1, (status = 'handled' or ${sql.raw(closed)})::int, ${sql.raw(closed)}::int,
             (${sql.raw(closed)} and deadline is not null and closed_at <= deadline)::int,
             (rating is not null)::int, coalesce(rating >= 4, false)::int, (${sql.raw(closed)} and rework_count > 0)::int,
             case when ${sql.raw(closed)} then extract(epoch from closed_at - reported_at) / 3600 else 0 end,
             ${sql.raw(zero(statusCounters))}
        from event where community_id = ${communityId} and accepted_at is not null
    ) f
    group by community_id, compound_id, category_code, day`;
}

/**
 * Adds district-size data to the demo district: streets and communities through the org service (codes, audit),
 * then compounds, buildings, units, houses and events each as one `insert … select generate_series` per community
 * (server-side, no rows cross the wire, so it beats COPY from the client), then the community's rollup rebuilt
 * from its events (the fine rollup by one GROUP BY, the coarse ones from it), since statistics read only the
 * rollups. Events spread over the two years before now, most
 * closed and rated; their timeline and inbox rows are not generated (the statistics do not read them).
 */
export async function seedScale(
  db: Db,
  n: number,
  timeZone: string,
  log: (msg: string) => void = () => {},
): Promise<ReturnType<typeof planTotals> | null> {
  const plan = scalePlan(n);
  const totals = planTotals(plan);
  const district = await db.execute<{ id: string; path: string }>(
    sql`select id, path from org_node where kind = 'district' and code = ${DEMO_DISTRICT.code}`,
  );
  const districtId = Number(district.rows[0]?.id);
  if (!districtId) throw new Error('no demo district: run `linli seed --demo` first');
  const existing = await db.execute(
    sql`select 1 from org_node where kind = 'street' and name like ${`${SCALE_STREET_PREFIX}%`} limit 1`,
  );
  if (existing.rows.length) return null;
  log(
    `scale ${n}: ${totals.communities} communities, ${totals.houses.toLocaleString('en')} houses, ${totals.events.toLocaleString('en')} events`,
  );
  const org = orgService(db);
  let caller = await systemCaller(db, 'seed');
  const communities: number[] = [];
  for (let s = 1; s <= plan.streets; s++) {
    const street = await org.createNode(caller, {
      parentId: districtId,
      kind: 'street',
      name: `${SCALE_STREET_PREFIX}${s}`,
    });
    caller = await systemCaller(db, 'seed');
    for (let c = 1; c <= plan.communitiesPerStreet; c++)
      communities.push(
        (await org.createNode(caller, { parentId: street.id, kind: 'community', name: `规模${s}-${c}社区` }))
          .id,
      );
    caller = await systemCaller(db, 'seed');
  }
  await accountsService(db).create(caller, {
    ...SCALE_ACCOUNT,
    password: DEMO_PASSWORD,
    roles: [{ role: 'department_staff', nodeId: districtId }],
  });
  const started = Date.now();
  // One transaction: a failure leaves no half-filled community and never the event table without its indexes.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local maintenance_work_mem = '512MB'`);
    // Ten million rows go in far faster with the event's lookup indexes built afterwards, in one sort each, than
    // kept up row by row (the key and id indexes stay: ids only grow, so those are appends).
    const indexes = await tx.execute<{ name: string; def: string }>(sql`
      select indexname as name, indexdef as def from pg_indexes
       where schemaname = current_schema() and tablename = 'event' and indexname <> 'event_id_idx'
         and indexname not in (select conname from pg_constraint where conrelid = 'event'::regclass)`);
    for (const i of indexes.rows) await tx.execute(sql`drop index ${sql.identifier(i.name)}`);
    for (const [i, communityId] of communities.entries()) {
      await insertCommunity(tx, communityId, plan, timeZone);
      const done = i + 1;
      if (done === communities.length || done % Math.max(1, Math.round(communities.length / 20)) === 0)
        log(
          `  ${done}/${communities.length} communities, ${Math.round((done / communities.length) * totals.events).toLocaleString('en')} events, ${Math.round((Date.now() - started) / 1000)} s`,
        );
    }
    for (const i of indexes.rows) await tx.execute(sql.raw(i.def));
    log(`  ${indexes.rows.length} event indexes rebuilt, ${Math.round((Date.now() - started) / 1000)} s`);
  });
  await db.execute(sql`analyze place`);
  await db.execute(sql`analyze house`);
  await db.execute(sql`analyze event`);
  await db.execute(sql`analyze event_rollup`);
  await db.execute(sql`analyze event_rollup_day`);
  await db.execute(sql`analyze event_rollup_month`);
  return totals;
}

async function insertCommunity(db: Executor, communityId: number, p: ScalePlan, timeZone: string) {
  // Compounds, then buildings, then units: each level's ids and paths come from the level above.
  const level = (kind: string, parentKind: string | null, count: number, width: number, name: string) => sql`
    insert into place (community_id, id, kind, parent_id, code, name, path)
    select ${communityId}::bigint, nid, ${kind}::text, parent_id, parent_code || lpad(k::text, ${width}::int, '0'),
           ${name}::text || k,
           parent_path || nid || '/'
      from (select p.id as parent_id, p.code as parent_code, p.path as parent_path, k, nextval('org_node_id_seq') as nid
              from ${parentKind ? sql`(select id, code, path from place where community_id = ${communityId} and kind = ${parentKind})` : sql`(select null::bigint as id, code, path from org_node where id = ${communityId})`} p,
                   generate_series(1, ${count}) k) g`;
  await db.execute(level('compound', null, p.compoundsPerCommunity, 3, '规模小区'));
  await db.execute(level('building', 'compound', p.buildingsPerCompound, 3, '栋'));
  await db.execute(level('unit', 'building', p.unitsPerBuilding, 2, '单元'));
  await db.execute(sql`
    insert into house (community_id, place_id, place_path, number, floor, area, area_source, occupancy)
    select ${communityId}::bigint, u.id, u.path, ((k + 1) / 2)::text || lpad(((k + 1) % 2 + 1)::text, 2, '0'), (k + 1) / 2,
           60 + (u.id * 7 + k * 13) % 90, 'registered',
           (array['owner_occupied', 'rented', 'vacant', 'other'])[1 + (u.id + k) % 4]
      from place u, generate_series(1, ${p.housesPerUnit}) k
     where u.community_id = ${communityId} and u.kind = 'unit'`);
  // r is a cheap deterministic scatter of (house, n); the mix: 2 % just reported, 3 % being worked, 1 % handled,
  // 1 % rejected, the rest closed (a quarter late, 70 % rated, 3 % reworked).
  await db.execute(sql`
    with cats as (select array_agg(code order by code) as codes from event_category ),
         h as (select h.id, h.place_id, h.place_path, split_part(h.place_path, '/', 5)::bigint as compound,
                      substring(h.place_path from '^/(?:[0-9]+/){4}') as compound_path
                 from house h where h.community_id = ${communityId}),
         e as (select h.*, g, (h.id * 2654435761 + g * 40503) % 1000003 as r,
                      now() - ((h.id * 31 + g * 7919) % 730) * interval '1 day' - ((h.id + g) % 24) * interval '1 hour' as at
                 from h, generate_series(1, ${p.eventsPerHouse}) g),
         s as (select e.*, case when r % 100 < 2 then 'reported' when r % 100 < 4 then 'in_progress'
                                when r % 100 < 5 then 'dispatched' when r % 100 < 6 then 'handled'
                                when r % 100 < 7 then 'rejected' else 'closed' end as status from e)
    insert into event (community_id, category_code, description, status, level, place_id, place_path, compound_id,
                       house_id, channel, reporter_name, assignee_kind, assignee_node_id, assignee_node_path,
                       assignee_name, dispatch_mode, deadline, reported_at, accepted_at, dispatched_at, handled_at,
                       closed_at, rework_count, rating, updated_at)
    select ${communityId}::bigint, cats.codes[1 + r % array_length(cats.codes, 1)], '规模数据', status, 'compound', place_id,
           place_path, compound, id, 'resident', '居民',
           case when status in ('reported', 'rejected') then null else 'property_company' end,
           case when status in ('reported', 'rejected') then null else compound end,
           case when status in ('reported', 'rejected') then null else compound_path end,
           case when status in ('reported', 'rejected') then null else '物业' end,
           'assign', at + interval '72 hours', at,
           case when status in ('reported', 'rejected') then null else at + interval '1 hour' end,
           case when status in ('reported', 'rejected') then null else at + interval '1 hour' end,
           case when status in ('handled', 'closed') then at + (r % 96) * interval '1 hour' end,
           case when status = 'closed' then at + (r % 96 + 2) * interval '1 hour' end,
           case when status = 'closed' and r % 33 = 0 then 1 else 0 end,
           case when status = 'closed' and r % 10 < 7 then (1 + r % 5)::smallint end,
           at + (r % 96 + 2) * interval '1 hour'
      from s, cats`);
  await db.execute(rebuildRollup(communityId, timeZone));
  for (const statement of rebuildCoarseRollups(communityId)) await db.execute(statement);
}
