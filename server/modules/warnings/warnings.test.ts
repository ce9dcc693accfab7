import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../../domain/common/local-date';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
const s: Record<string, Session> = {};
const ids: Record<string, number> = {};

const call = (who: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
  as(t.app, s[who]!)({ method, url: `/api/v1${url}`, ...(payload ? { payload } : {}) });

interface Warning {
  kind: string;
  community: { id: number; name: string };
  building: { id: number; name: string } | null;
  categoryCode: string;
  eventIds: number[];
  count: number;
  used: number | null;
  usual: number | null;
}
const warnings = async (who: string, query = '') => {
  const res = await call(who, 'GET', `/warnings${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Warning[]; nextCursor: string | null }>();
};

const one = async <T>(q: ReturnType<typeof sql>) =>
  (await t.database.db.execute<Record<string, T>>(q)).rows[0]!;

async function report(who: string, nodeId: number, categoryCode: string): Promise<number> {
  const res = await call(who, 'POST', '/events', { categoryCode, description: '预警测试', nodeId });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: number }>().id;
}

beforeAll(async () => {
  for (const u of ['jinghua.worker', 'fuzhong.worker', 'lianhua.street', 'yifengyuan.owner1'])
    s[u] = await login(t.app, u);
  const id = async (name: string) =>
    Number(
      (
        await one<number>(
          sql`select id from org_node where name = ${name} union all select id from place where name = ${name}`,
        )
      ).id,
    );
  ids.jinghua = await id('景华社区');
  ids.fuzhong = await id('福中社区');
  ids.street = await id('莲花街道');
  const building = async (communityId: number, skip = 0) =>
    (
      await t.database.db.execute<{ id: number; compound: number }>(
        sql`select id, parent_id as compound from place where community_id = ${communityId} and kind = 'building' order by id offset ${skip} limit 1`,
      )
    ).rows[0]!;
  const b1 = await building(ids.jinghua);
  const b2 = await building(ids.jinghua, 1);
  ids.building = Number(b1.id);
  ids.compound = Number(b1.compound);
  ids.other = Number(b2.id);
  ids.fuzhongBuilding = Number((await building(ids.fuzhong)).id);

  // A hotspot: three reports of rubbish by one building; two by another building are not one.
  ids.hot = await report('jinghua.worker', ids.building, 'sanitation.garbage');
  await report('jinghua.worker', ids.building, 'sanitation.garbage');
  await report('jinghua.worker', ids.building, 'sanitation.garbage');
  await report('jinghua.worker', ids.other, 'sanitation.garbage');
  await report('jinghua.worker', ids.other, 'sanitation.garbage');
  // 福中社区's own three, which 景华社区's worker must not see.
  for (let i = 0; i < 3; i++) await report('fuzhong.worker', ids.fuzhongBuilding, 'noise');

  // An event with 90 % of its time gone, one with 50 %.
  ids.due = await report('jinghua.worker', ids.other, 'facility.light');
  ids.early = await report('jinghua.worker', ids.other, 'pets');
  await t.database.db.execute(sql`
    update event set status = 'in_progress', dispatched_at = now() - interval '9 hours',
           deadline = now() + interval '1 hour' where id = ${ids.due}`);
  await t.database.db.execute(sql`
    update event set status = 'dispatched', dispatched_at = now() - interval '5 hours',
           deadline = now() + interval '5 hours' where id = ${ids.early}`);

  // Twelve quiet weeks of parking in 景华社区 (one a week), then eight this week: a spike. The rollup is what
  // spikes and forecasts read.
  const today = localDate(new Date(), 'Asia/Shanghai');
  const rows = [
    ...Array.from({ length: 12 }, (_, w) => [addDays(today, -7 * (w + 1) - 3), 1] as const),
    ...Array.from({ length: 8 }, (_, i) => [addDays(today, -(i % 6)), 1] as const),
    [addDays(today, -120), 0] as const,
  ];
  for (const [day, n] of rows)
    await t.database.db.execute(sql`
      insert into event_rollup (community_id, compound_id, category_code, day, reported)
      values (${ids.jinghua}, ${ids.compound}, 'parking', ${day}, ${n})
      on conflict (community_id, compound_id, category_code, day) do update set reported = event_rollup.reported + excluded.reported`);
});

describe('warnings', () => {
  it('shows the community worker a hotspot in their building, with its events', async () => {
    const { items } = await warnings('jinghua.worker', '?kind=hotspot');
    const hot = items.filter((w) => w.categoryCode === 'sanitation.garbage');
    expect(hot).toHaveLength(1);
    expect(hot[0]).toMatchObject({ community: { id: ids.jinghua, name: '景华社区' }, count: 3 });
    expect(hot[0]!.building?.id).toBe(ids.building);
    expect(hot[0]!.building?.name).not.toBe('');
    expect(hot[0]!.eventIds).toContain(ids.hot);
  });

  it("never shows another community's warnings, and 404s a filter naming it", async () => {
    const { items } = await warnings('jinghua.worker');
    expect(items.every((w) => w.community.id === ids.jinghua)).toBe(true);
    expect((await call('jinghua.worker', 'GET', `/warnings?communityId=${ids.fuzhong}`)).statusCode).toBe(
      404,
    );
    const theirs = await warnings('fuzhong.worker', '?kind=hotspot');
    expect(theirs.items.map((w) => [w.community.id, w.categoryCode])).toEqual([[ids.fuzhong, 'noise']]);
  });

  it('shows the street both communities, filtered by community on request', async () => {
    const all = await warnings('lianhua.street', '?kind=hotspot');
    expect(new Set(all.items.map((w) => w.community.id))).toEqual(new Set([ids.jinghua, ids.fuzhong]));
    const one = await warnings('lianhua.street', `?kind=hotspot&communityId=${ids.fuzhong}`);
    expect(one.items).toHaveLength(1);
  });

  it('warns about the event past 80 % of its time, not the one at half', async () => {
    const { items } = await warnings('jinghua.worker', '?kind=due_soon');
    expect(items.map((w) => w.eventIds[0])).toEqual([ids.due]);
    expect(items[0]!.used).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the spikes against the weekly pattern: a busy week, and a matter new this week', async () => {
    const { items } = await warnings('jinghua.worker', '?kind=spike');
    // Five reports of rubbish this week after twelve weeks without any; the two of lights and pets are too few.
    expect(items.map((w) => [w.categoryCode, w.count, w.usual]).sort()).toEqual([
      ['parking', 8, 1],
      ['sanitation.garbage', 5, 0],
    ]);
  });

  it('pages the list', async () => {
    const first = await warnings('lianhua.street', '?limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = await warnings('lianhua.street', `?limit=1&cursor=${first.nextCursor}`);
    expect(second.items[0]).not.toEqual(first.items[0]);
    expect((await call('lianhua.street', 'GET', '/warnings?cursor=nonsense')).statusCode).toBe(400);
  });

  it('refuses residents', async () => {
    expect((await call('yifengyuan.owner1', 'GET', '/warnings')).statusCode).toBe(403);
  });

  it("lets street staff raise the street's hotspot threshold, audited, and the warning goes", async () => {
    const before = await call('lianhua.street', 'GET', `/warnings/policy?streetId=${ids.street}`);
    expect(before.json()).toMatchObject({ hotspotCount: 3, hotspotDays: 30, isDefault: true });
    const bad = await call('lianhua.street', 'PUT', `/warnings/policy?streetId=${ids.street}`, {
      hotspotCount: 1,
      hotspotDays: 30,
      spikeK: 3,
      spikeMinCount: 3,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('hotspotCount');
    const body = { hotspotCount: 4, hotspotDays: 30, spikeK: 3, spikeMinCount: 3 };
    expect(
      (await call('jinghua.worker', 'PUT', `/warnings/policy?streetId=${ids.street}`, body)).statusCode,
    ).toBe(404);
    const res = await call('lianhua.street', 'PUT', `/warnings/policy?streetId=${ids.street}`, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ...body, isDefault: false });
    const audit = await one<string>(
      sql`select count(*)::text as n from audit_log where action = 'warning.policy' and entity_id = ${ids.street}`,
    );
    expect(audit.n).toBe('1');
    expect((await warnings('lianhua.street', '?kind=hotspot')).items).toEqual([]);
  });
});

describe('forecasts', () => {
  it('forecasts the coming weeks with the backtest error beside them', async () => {
    const res = await call(
      'jinghua.worker',
      'GET',
      `/forecasts/events?nodeId=${ids.jinghua}&categoryCode=parking&weeks=6`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json<{
      forecast: { weekStart: string; count: number; low: number; high: number }[];
      history: { count: number }[];
      error: { mae: number; heldOutWeeks: number } | null;
    }>();
    expect(f.forecast).toHaveLength(6);
    expect(f.forecast[0]!.weekStart).toBe(localDate(new Date(), 'Asia/Shanghai'));
    for (const w of f.forecast) expect(w.low).toBeLessThanOrEqual(w.count);
    expect(f.history.length).toBeGreaterThanOrEqual(12);
    expect(f.error?.heldOutWeeks).toBe(4);
    expect(f.error!.mae).toBeGreaterThanOrEqual(0);
  });

  it('says when there is too little history', async () => {
    const res = await call(
      'jinghua.worker',
      'GET',
      `/forecasts/events?nodeId=${ids.jinghua}&categoryCode=security`,
    );
    expect(res.json()).toMatchObject({ forecast: [], reason: 'too_little_history', error: null });
  });

  it('answers 404 for another community, an unknown category; 400 below the compound', async () => {
    expect((await call('fuzhong.worker', 'GET', `/forecasts/events?nodeId=${ids.jinghua}`)).statusCode).toBe(
      404,
    );
    expect(
      (await call('jinghua.worker', 'GET', `/forecasts/events?nodeId=${ids.jinghua}&categoryCode=nope`))
        .statusCode,
    ).toBe(404);
    expect((await call('jinghua.worker', 'GET', `/forecasts/events?nodeId=${ids.building}`)).statusCode).toBe(
      400,
    );
    expect(
      (await call('yifengyuan.owner1', 'GET', `/forecasts/events?nodeId=${ids.jinghua}`)).statusCode,
    ).toBe(403);
  });
});
