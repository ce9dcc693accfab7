import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { naiveStats } from '../../bench/naive-stats';
import { statsDifferences, type StatsFigures } from '../../bench/stats-check';
import { addDays, localDate } from '../../domain/common/local-date';
import { COUNTERS, contribution, type Counters } from '../../domain/events/metrics';
import type { EventState } from '../../domain/events/machine';
import { validateCode, type OrgKind } from '../../domain/org/tree';
import { useTestApp } from '../../test/db';
import { coarseRollupDifferences } from '../../test/rollups';
import { as, login } from '../../test/session';
import { SCALE_ACCOUNT, seedScale } from './scale';

const t = useTestApp();
const TZ = 'Asia/Shanghai';
const q = async <T extends pg.QueryResultRow>(text: string, args: unknown[] = []) =>
  (await t.database.pool.query<T>(text, args)).rows;

describe('linli seed --demo --scale', () => {
  it('adds valid district-size rows whose rollups equal the events, once', async () => {
    const indexes = () =>
      q(`select indexname, indexdef from pg_indexes where tablename = 'event' order by indexname`);
    const before = await indexes();
    expect(await seedScale(t.database.db, 0.0002, TZ)).toEqual({ communities: 1, houses: 200, events: 2000 });
    // The event's lookup indexes, dropped for the load, are all back as they were.
    expect(await indexes()).toEqual(before);
    expect(await seedScale(t.database.db, 0.0002, TZ)).toBeNull();

    const [community] = await q<{ id: number; code: string }>(
      `select c.id, c.code from org_node c join org_node s on s.id = c.parent_id
        where c.kind = 'community' and s.name like '规模街道%'`,
    );
    const cid = community!.id;
    const kinds = await q<{ kind: string; n: number }>(
      `select kind, count(*)::int as n from place where community_id = $1 group by kind order by kind`,
      [cid],
    );
    expect(kinds).toEqual([
      { kind: 'building', n: 100 },
      { kind: 'compound', n: 5 },
      { kind: 'unit', n: 200 },
    ]);
    expect(
      (await q<{ n: number }>(`select count(*)::int as n from house where community_id = $1`, [cid]))[0]!.n,
    ).toBe(200);

    // Codes extend the parent's, paths the parent's path with the row's own id.
    const places = await q<{ kind: OrgKind; code: string; parent_code: string; ok_path: boolean }>(
      `select p.kind, p.code, coalesce(pp.code, c.code) as parent_code,
              p.path = coalesce(pp.path, c.path) || p.id || '/' as ok_path
         from place p join org_node c on c.id = p.community_id
         left join place pp on pp.community_id = p.community_id and pp.id = p.parent_id
        where p.community_id = $1`,
      [cid],
    );
    for (const p of places) {
      expect(validateCode(p.kind, p.code, p.parent_code), `${p.kind} ${p.code}`).toEqual({ ok: true });
      expect(p.ok_path).toBe(true);
    }
    // Every event points at a house, its unit and its compound in its own community.
    const [bad] = await q<{ n: number; total: number }>(
      `select count(*) filter (where h.id is null or u.id is null or cp.id is null or u.id <> h.place_id
                                 or cp.kind <> 'compound' or e.place_path <> u.path
                                 or e.assignee_node_path is distinct from
                                    case when e.assignee_kind is null then null else cp.path end)::int as n,
              count(*)::int as total
         from event e
         left join house h on h.community_id = e.community_id and h.id = e.house_id
         left join place u on u.community_id = e.community_id and u.id = e.place_id
         left join place cp on cp.community_id = e.community_id and cp.id = e.compound_id
        where e.community_id = $1`,
      [cid],
    );
    expect(bad).toEqual({ n: 0, total: 2000 });

    // The rebuilt rollup is what domain/events/metrics makes of each event (the write path's own arithmetic).
    const events = await q<{
      compound_id: number;
      category_code: string;
      status: EventState;
      reported_at: Date;
      accepted_at: Date | null;
      closed_at: Date | null;
      deadline: Date | null;
      rework_count: number;
      rating: number | null;
    }>(`select * from event where community_id = $1`, [cid]);
    const expected = new Map<string, Counters>();
    for (const e of events)
      for (const [day, c] of contribution(
        {
          status: e.status,
          reportedAt: e.reported_at,
          acceptedAt: e.accepted_at,
          closedAt: e.closed_at,
          deadline: e.deadline,
          reworkCount: e.rework_count,
          rating: e.rating,
        },
        TZ,
      )) {
        const key = `${e.compound_id}/${e.category_code}/${day}`;
        const into = expected.get(key) ?? {};
        for (const [k, v] of Object.entries(c))
          into[k as keyof Counters] = (into[k as keyof Counters] ?? 0) + v;
        expected.set(key, into);
      }
    const snake = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
    const rows = await q<Record<string, number | string>>(
      `select compound_id, category_code, to_char(day, 'YYYY-MM-DD') as day, ${COUNTERS.map(snake).join(', ')}
         from event_rollup where community_id = $1`,
      [cid],
    );
    expect(rows.length).toBe(expected.size);
    for (const r of rows) {
      const want = expected.get(`${r.compound_id}/${r.category_code}/${r.day}`);
      expect(want, `rollup row ${r.compound_id}/${r.category_code}/${r.day}`).toBeDefined();
      for (const c of COUNTERS) expect(Number(r[snake(c)]), c).toBeCloseTo(want![c] ?? 0, 6);
    }
    // The coarse rollups, rebuilt from the fine one, are what the write path would have kept beside it.
    expect(
      (
        await q<{ n: number }>(`select count(*)::int as n from event_rollup_month where community_id = $1`, [
          cid,
        ])
      )[0]!.n,
    ).toBeGreaterThan(20);
    expect(await coarseRollupDifferences(t.database.pool)).toEqual([]);
  });

  it("gives the district's statistics the same figures as a GROUP BY over the events", async () => {
    const [district] = await q<{ id: number }>(`select id from org_node where kind = 'district'`);
    const to = localDate(new Date(), TZ);
    const query = { nodeId: district!.id, from: addDays(to, -364), to };
    const s = await login(t.app, SCALE_ACCOUNT.username);
    const res = await as(
      t.app,
      s,
    )({
      method: 'GET',
      url: `/api/v1/stats/events?nodeId=${query.nodeId}&from=${query.from}&to=${query.to}`,
    });
    expect(res.statusCode).toBe(200);
    const ours = res.json<StatsFigures>();
    expect(ours.total).toBeGreaterThan(900);
    const pool = t.database.pool;
    expect(statsDifferences(ours, await naiveStats(pool, query, TZ))).toEqual([]);
    // The check can fail: one event moved to another day shows as a difference.
    await pool.query(
      `update event set reported_at = reported_at - interval '400 days'
        where id = (select id from event where status = 'closed' and reported_at > now() - interval '300 days' limit 1)`,
    );
    expect(statsDifferences(ours, await naiveStats(pool, query, TZ))).not.toEqual([]);
  });
});
