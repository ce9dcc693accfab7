import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
let worker: Session;
let jinghuaId: number;

interface Grid {
  id: number;
  code: string;
  status: string;
  mergedIntoId: number | null;
  contactPhone: string | null;
  polygon: { type: string; coordinates: unknown[] };
  compounds: { compoundId: number; relation: string }[];
  workers: { accountId: number; displayName: string }[];
  actions: string[];
}

const square = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 22.55],
      [x + 0.001, 22.55],
      [x + 0.001, 22.551],
      [x, 22.551],
      [x, 22.55],
    ],
  ],
});

beforeAll(async () => {
  worker = await login(t.app, 'jinghua.worker');
  jinghuaId = Number(
    (await t.database.db.execute<{ id: number }>(sql`select id from org_node where name = '景华社区'`))
      .rows[0]?.id,
  );
});

describe('grids', () => {
  it('lists the community’s grids with compounds, workers and actions', async () => {
    const res = await as(t.app, worker)({ method: 'GET', url: `/api/v1/org/grids?communityId=${jinghuaId}` });
    const grids = res.json<{ items: Grid[] }>().items;
    expect(grids).toHaveLength(3);
    expect(grids[0]?.workers.map((w) => w.displayName)).toEqual(['景华社区 张网格员']);
    expect(grids.flatMap((g) => g.compounds)).toHaveLength(3);
    expect(grids[0]?.actions).toEqual(['update', 'merge']);
  });

  it('creates a grid with the next 15-digit code and validates the polygon', async () => {
    const post = (payload: object) =>
      as(t.app, worker)({ method: 'POST', url: '/api/v1/org/grids', payload });
    const ok = await post({
      communityId: jinghuaId,
      kind: 'micro',
      name: '微网格A',
      polygon: square(114.04),
      contactPhone: '0755-83990999',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json<Grid>().contactPhone).toBe('0755-83990999');
    expect(ok.json<Grid>().code).toMatch(/^\d{12}004$/);
    const open = await post({
      communityId: jinghuaId,
      kind: 'micro',
      name: '坏网格',
      polygon: {
        type: 'Polygon',
        coordinates: [
          [
            [114, 22],
            [114.1, 22],
            [114.1, 22.1],
            [114, 22.1],
          ],
        ],
      },
    });
    expect(open.statusCode).toBe(400);
    expect(open.json().details.fields[0].path).toMatch(/^body\.polygon/);
  });

  it('merges basic grids into one comprehensive grid, passing compounds and workers on', async () => {
    const list = (
      await as(t.app, worker)({ method: 'GET', url: `/api/v1/org/grids?communityId=${jinghuaId}&kind=basic` })
    ).json<{ items: Grid[] }>();
    const ids = list.items.map((g) => g.id);
    const res = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/org/grids/merge',
      payload: { gridIds: ids, name: '景华综合网格', kind: 'comprehensive' },
    });
    expect(res.statusCode).toBe(201);
    const merged = res.json<Grid>();
    expect(merged.polygon.type).toBe('MultiPolygon');
    expect(merged.polygon.coordinates).toHaveLength(3);
    expect(merged.compounds).toHaveLength(3);
    expect(merged.workers).toHaveLength(1);
    expect(merged.contactPhone).toMatch(/^0755-8399/);
    for (const id of ids) {
      const g = (await as(t.app, worker)({ method: 'GET', url: `/api/v1/org/grids/${id}` })).json<Grid>();
      expect(g).toMatchObject({ status: 'merged', mergedIntoId: merged.id, actions: [] });
    }
    const again = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/org/grids/merge',
      payload: { gridIds: ids, name: 'x', kind: 'comprehensive' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('wrong_state');
  });

  it('refuses workers who are not grid workers of the community and compounds of another', async () => {
    const g = (
      await as(
        t.app,
        worker,
      )({ method: 'GET', url: `/api/v1/org/grids?communityId=${jinghuaId}&status=active` })
    ).json<{ items: Grid[] }>().items[0] as Grid;
    const bad = await as(
      t.app,
      worker,
    )({ method: 'PUT', url: `/api/v1/org/grids/${g.id}/workers`, payload: { accountIds: [worker.user.id] } });
    expect(bad.statusCode).toBe(400);
    const other = await t.database.db.execute<{ id: number }>(
      sql`select id from place where name = '深业花园'`,
    );
    const cross = await as(
      t.app,
      worker,
    )({
      method: 'PUT',
      url: `/api/v1/org/grids/${g.id}/compounds`,
      payload: { compounds: [{ compoundId: other.rows[0]?.id, relation: 'equal' }] },
    });
    expect(cross.statusCode).toBe(400);
    expect(cross.json().details.fields[0].path).toBe('body.compounds.0.compoundId');
  });

  it('lets a grid worker read but not change grids', async () => {
    const gw = await login(t.app, 'jinghua.grid1');
    const list = (await as(t.app, gw)({ method: 'GET', url: '/api/v1/org/grids' })).json<{ items: Grid[] }>();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((g) => g.actions.length === 0)).toBe(true);
    const res = await as(
      t.app,
      gw,
    )({ method: 'PATCH', url: `/api/v1/org/grids/${list.items[0]?.id}`, payload: { name: 'x' } });
    expect([403, 409]).toContain(res.statusCode);
  });
});
