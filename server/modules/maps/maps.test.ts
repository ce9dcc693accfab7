import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { pointInArea, type Area } from '../../../domain/maps/geometry';
import { auditActions } from '../../../test/audit';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
const s: Record<string, Session> = {};
const ids: Record<string, number> = {};

const call = (who: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown) =>
  as(
    t.app,
    s[who]!,
  )({ method, url: `/api/v1${url}`, ...(payload === undefined ? {} : { payload: payload as object }) });

interface Feature {
  id: string;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown> & { kind: string; id: number; name: string; actions?: string[] };
}
interface Collection {
  features: Feature[];
  bbox?: number[];
  truncated?: boolean;
  unlocated?: number;
  cellSize?: number;
  total?: number;
  max?: number;
}

const square = (x: number, y: number, half = 0.0005) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x - half, y - half],
      [x + half, y - half],
      [x + half, y + half],
      [x - half, y + half],
      [x - half, y - half],
    ],
  ],
});

async function idOf(name: string, table: 'org_node' | 'place' = 'place') {
  const r = await t.database.db.execute<{ id: number }>(
    table === 'place'
      ? sql`select id from place where name = ${name} and kind = 'compound'`
      : sql`select id from org_node where name = ${name}`,
  );
  return Number(r.rows[0]?.id);
}

async function waitFor(what: string, cond: () => Promise<boolean>) {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  for (const u of [
    'jinghua.worker',
    'fuzhong.worker',
    'lianhua.street',
    'jinghua.grid1',
    'yifengyuan.property',
    'yifengyuan.owner1',
    'auditor',
  ])
    s[u] = await login(t.app, u);
  ids.street = await idOf('莲花街道', 'org_node');
  ids.jinghua = await idOf('景华社区', 'org_node');
  ids.fuzhong = await idOf('福中社区', 'org_node');
  ids.yifengyuan = await idOf('怡枫园');
  ids.caihong = await idOf('彩虹新都');
  ids.shenye = await idOf('深业花园');
  const b = await t.database.db.execute<{ id: number }>(
    sql`select id from place where kind = 'building' and parent_id = ${ids.yifengyuan} order by id limit 1`,
  );
  ids.building = Number(b.rows[0]?.id);
  const g = await t.database.db.execute<{ id: number }>(
    sql`select grid_id as id from grid_compound where compound_id = ${ids.yifengyuan}`,
  );
  ids.grid = Number(g.rows[0]?.id);
});

describe('areas', () => {
  it('gives the street all active grids and compounds with their demo boundaries, and a box around them', async () => {
    const res = await call('lianhua.street', 'GET', `/maps/areas?nodeId=${ids.street}`);
    expect(res.statusCode).toBe(200);
    const fc = res.json<Collection>();
    const grids = fc.features.filter((f) => f.properties.kind === 'grid');
    const compounds = fc.features.filter((f) => f.properties.kind === 'compound');
    expect(grids).toHaveLength(9);
    expect(compounds.map((c) => c.properties.name)).toContain('怡枫园');
    expect(compounds.every((c) => c.geometry?.type === 'Polygon')).toBe(true);
    expect(grids.every((g) => g.properties.actions?.includes('set_area'))).toBe(true);
    // Each demo compound lies inside the grid drawn around it.
    const yf = compounds.find((c) => c.properties.id === ids.yifengyuan)!;
    const grid = grids.find((g) => g.properties.id === ids.grid)!;
    const center = yf.properties['center'] as [number, number];
    expect(pointInArea(center, grid.geometry as Area)).toBe(true);
    const [w, south, e, n] = fc.bbox!;
    expect(w).toBeGreaterThan(114);
    expect(e).toBeLessThan(114.1);
    expect(south).toBeGreaterThan(22.5);
    expect(n).toBeLessThan(22.6);
  });

  it('limits a community worker to the community, and a compound to its own grid', async () => {
    const mine = (
      await call('jinghua.worker', 'GET', `/maps/areas?nodeId=${ids.jinghua}`)
    ).json<Collection>();
    expect(mine.features.filter((f) => f.properties.kind === 'grid')).toHaveLength(3);
    expect(mine.features.filter((f) => f.properties.kind === 'compound')).toHaveLength(3);
    const one = (
      await call('jinghua.worker', 'GET', `/maps/areas?nodeId=${ids.yifengyuan}`)
    ).json<Collection>();
    expect(one.features.map((f) => `${f.properties.kind}:${f.properties.id}`).sort()).toEqual(
      [`compound:${ids.yifengyuan}`, `grid:${ids.grid}`].sort(),
    );
    const grid = (await call('jinghua.worker', 'GET', `/maps/areas?gridId=${ids.grid}`)).json<Collection>();
    expect(grid.features.map((f) => f.properties.kind).sort()).toEqual(['compound', 'grid']);
  });

  it('answers 404 for nodes and grids outside the caller’s scope', async () => {
    expect((await call('jinghua.worker', 'GET', `/maps/areas?nodeId=${ids.fuzhong}`)).statusCode).toBe(404);
    expect((await call('jinghua.worker', 'GET', `/maps/areas?nodeId=${ids.shenye}`)).statusCode).toBe(404);
    expect((await call('fuzhong.worker', 'GET', `/maps/areas?gridId=${ids.grid}`)).statusCode).toBe(404);
    expect((await call('jinghua.worker', 'GET', `/maps/areas?gridId=99999999`)).statusCode).toBe(404);
  });

  it('shows property staff their compound without grids (grids are whole-community rows) and no actions', async () => {
    const fc = (
      await call('yifengyuan.property', 'GET', `/maps/areas?nodeId=${ids.yifengyuan}`)
    ).json<Collection>();
    expect(fc.features.map((f) => f.properties.kind)).toEqual(['compound']);
    expect(fc.features[0]?.properties.actions).toEqual([]);
  });

  it('refuses residents at the audience and a query naming neither or both targets', async () => {
    expect((await call('yifengyuan.owner1', 'GET', `/maps/areas?nodeId=${ids.yifengyuan}`)).statusCode).toBe(
      403,
    );
    const neither = await call('jinghua.worker', 'GET', '/maps/areas');
    expect(neither.statusCode).toBe(400);
    expect(neither.body).toContain('nodeId');
    const both = await call('jinghua.worker', 'GET', `/maps/areas?nodeId=${ids.jinghua}&gridId=${ids.grid}`);
    expect(both.statusCode).toBe(400);
  });
});

describe('setting a boundary', () => {
  it('sets a grid’s polygon from a GeoJSON Feature, audits it and shows it on the map', async () => {
    const poly = square(114.0482, 22.5536, 0.0012);
    const res = await call('jinghua.worker', 'PUT', `/maps/grids/${ids.grid}/area`, {
      type: 'Feature',
      properties: { name: 'from a GIS export' },
      geometry: poly,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<Feature>().geometry).toEqual(poly);
    const fc = (await call('jinghua.worker', 'GET', `/maps/areas?gridId=${ids.grid}`)).json<Collection>();
    expect(fc.features.find((f) => f.properties.kind === 'grid')?.geometry).toEqual(poly);
    expect(await auditActions(t.database.db, 'grid', ids.grid!)).toContain('grid.update');
  });

  it('joins a FeatureCollection of two polygons into a MultiPolygon', async () => {
    const res = await call('jinghua.worker', 'PUT', `/maps/grids/${ids.grid}/area`, {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: square(114.0482, 22.5536) },
        { type: 'Feature', properties: {}, geometry: square(114.0502, 22.5536) },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<Feature>().geometry?.type).toBe('MultiPolygon');
  });

  it('answers 400 naming the field for an open ring, a coordinate out of range, or too many vertices', async () => {
    const open = await call('jinghua.worker', 'PUT', `/maps/grids/${ids.grid}/area`, {
      type: 'Polygon',
      coordinates: [
        [
          [114, 22],
          [114.1, 22],
          [114.1, 22.1],
          [114, 22.1],
        ],
      ],
    });
    expect(open.statusCode).toBe(400);
    expect(
      open.json<{ details: { fields: { path: string }[] } }>().details.fields.map((f) => f.path),
    ).toContain('body.coordinates.0');
    const far = await call('jinghua.worker', 'PUT', `/maps/compounds/${ids.yifengyuan}/area`, {
      type: 'Polygon',
      coordinates: [
        [
          [114, 22],
          [214, 22],
          [114.1, 22.1],
          [114, 22],
        ],
      ],
    });
    expect(far.statusCode).toBe(400);
    expect(far.body).toContain('body.coordinates.0.1.0');
    const ring = Array.from({ length: 6000 }, (_, i) => [
      114 + 0.01 * Math.cos(i / 1000),
      22 + 0.01 * Math.sin(i / 1000),
    ]);
    ring.push(ring[0]!);
    const many = await call('jinghua.worker', 'PUT', `/maps/grids/${ids.grid}/area`, {
      type: 'Polygon',
      coordinates: [ring],
    });
    expect(many.statusCode).toBe(400);
    expect(many.body).toContain('vertices');
    const point = await call('jinghua.worker', 'PUT', `/maps/grids/${ids.grid}/area`, {
      type: 'Point',
      coordinates: [114, 22],
    });
    expect(point.statusCode).toBe(400);
  });

  it('sets a compound’s boundary with an audit row; 404 outside scope, 403 without the permission', async () => {
    const poly = square(114.0482, 22.5536);
    const res = await call('jinghua.worker', 'PUT', `/maps/compounds/${ids.yifengyuan}/area`, poly);
    expect(res.statusCode).toBe(200);
    const [x, y] = res.json<Feature>().properties['center'] as [number, number];
    expect(x).toBeCloseTo(114.0482, 9);
    expect(y).toBeCloseTo(22.5536, 9);
    expect(await auditActions(t.database.db, 'org_node', ids.yifengyuan!)).toContain('compound.area');
    expect(
      (await call('fuzhong.worker', 'PUT', `/maps/compounds/${ids.yifengyuan}/area`, poly)).statusCode,
    ).toBe(404);
    expect((await call('fuzhong.worker', 'PUT', `/maps/grids/${ids.grid}/area`, poly)).statusCode).toBe(404);
    // A building is not a compound.
    expect(
      (await call('jinghua.worker', 'PUT', `/maps/compounds/${ids.building}/area`, poly)).statusCode,
    ).toBe(404);
    // Grid workers see the map but draw no boundary.
    expect((await call('jinghua.grid1', 'PUT', `/maps/grids/${ids.grid}/area`, poly)).statusCode).toBe(403);
    expect(
      (await call('jinghua.grid1', 'PUT', `/maps/compounds/${ids.yifengyuan}/area`, poly)).statusCode,
    ).toBe(403);
  });
});

describe('points and heat', () => {
  let located = 0;
  beforeAll(async () => {
    const report = async (payload: object) => {
      const res = await call('jinghua.worker', 'POST', '/events', { channel: 'console', ...payload });
      expect(res.statusCode).toBe(201);
      return res.json<{ id: number }>().id;
    };
    located = await report({
      categoryCode: 'sanitation',
      description: '垃圾满溢',
      lat: 22.5537,
      lng: 114.0483,
    });
    await report({ categoryCode: 'sanitation', description: '垃圾桶破损', nodeId: ids.building });
    await report({ categoryCode: 'noise', description: '夜间施工噪音', nodeId: ids.building });
    await report({ categoryCode: 'noise', description: '广场舞', nodeId: ids.caihong });
    const created = await call('jinghua.worker', 'POST', '/devices', {
      nodeId: ids.building,
      kind: 'smoke_detector',
      code: 'MAP-SD-1',
      name: '1栋烟感',
    });
    expect(created.statusCode).toBe(201);
    const token = created.json<{ token: string }>().token;
    const ingest = await t.app.inject({
      method: 'POST',
      url: '/api/v1/devices/ingest',
      headers: { 'x-device-token': token },
      payload: {
        communityId: ids.jinghua,
        device: 'MAP-SD-1',
        id: 'map-1',
        ts: Date.now(),
        values: { smoke: true },
      },
    });
    expect(ingest.statusCode).toBe(200);
    await waitFor('the smoke alert', async () => {
      const r = await t.database.db.execute(sql`select 1 from device_alert where condition = 'smoke'`);
      return r.rows.length > 0;
    });
  });

  it('draws events at their coordinates or their building’s spot, and alerts at their device’s building', async () => {
    const fc = (await call('jinghua.worker', 'GET', `/maps/points?nodeId=${ids.jinghua}`)).json<Collection>();
    const events = fc.features.filter((f) => f.properties.kind === 'event');
    // The four reports and the event the smoke alarm filed.
    expect(events).toHaveLength(5);
    const exact = events.find((f) => f.properties.id === located)!;
    expect(exact.geometry?.coordinates).toEqual([114.0483, 22.5537]);
    expect(exact.properties['approximate']).toBe(false);
    const alerts = fc.features.filter((f) => f.properties.kind === 'alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.properties).toMatchObject({
      category: 'fire.hazard.alarm',
      severity: 'critical',
      status: 'open',
    });
    // The building's events (two reports, the alarm's event) and its device's alert share one spot near 怡枫园.
    const atBuilding = fc.features.filter(
      (f) => f.properties['approximate'] && f.properties['label'] !== '广场舞',
    );
    expect(atBuilding).toHaveLength(4);
    const spots = new Set(atBuilding.map((f) => JSON.stringify(f.geometry?.coordinates)));
    expect(spots.size).toBe(1);
    expect(fc.truncated).toBe(false);
  });

  it('filters by category, layer, status and period', async () => {
    const get = async (q: string) =>
      (await call('jinghua.worker', 'GET', `/maps/points?nodeId=${ids.jinghua}&${q}`)).json<Collection>()
        .features;
    expect((await get('category=noise')).map((f) => f.properties.category)).toEqual(['noise', 'noise']);
    expect((await get('layers=alerts')).map((f) => f.properties.kind)).toEqual(['alert']);
    expect(await get('layers=events&status=closed')).toEqual([]);
    expect((await get('status=open')).map((f) => f.properties.kind)).toEqual(['alert']);
    expect(await get('layers=events&from=2020-01-01&to=2020-12-31')).toEqual([]);
    const bad = await call('jinghua.worker', 'GET', `/maps/points?nodeId=${ids.jinghua}&layers=houses`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('layers');
    const backwards = await call(
      'jinghua.worker',
      'GET',
      `/maps/points?nodeId=${ids.jinghua}&from=2026-02-01&to=2026-01-01`,
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain('querystring.from');
  });

  it('keeps to each role’s scope: property staff see only their compound’s events, another community sees none', async () => {
    const prop = (
      await call('yifengyuan.property', 'GET', `/maps/points?nodeId=${ids.yifengyuan}&layers=events`)
    ).json<Collection>();
    expect(prop.features.map((f) => f.properties.category).sort()).toEqual([
      'fire.hazard.alarm',
      'noise',
      'sanitation',
      'sanitation',
    ]);
    expect((await call('yifengyuan.property', 'GET', `/maps/points?nodeId=${ids.caihong}`)).statusCode).toBe(
      404,
    );
    const fuzhong = (
      await call('fuzhong.worker', 'GET', `/maps/points?nodeId=${ids.fuzhong}`)
    ).json<Collection>();
    expect(fuzhong.features).toEqual([]);
  });

  it('bins events into heat cells by category, counting every located event once', async () => {
    const res = await call('jinghua.worker', 'GET', `/maps/heat?nodeId=${ids.jinghua}`);
    expect(res.statusCode).toBe(200);
    const heat = res.json<Collection>();
    expect(heat.total).toBe(5);
    const byCategory = heat.features.reduce<Record<string, number>>((acc, f) => {
      for (const [k, v] of Object.entries(f.properties['byCategory'] as Record<string, number>))
        acc[k] = (acc[k] ?? 0) + v;
      return acc;
    }, {});
    expect(byCategory).toEqual({ sanitation: 2, noise: 2, 'fire.hazard.alarm': 1 });
    expect(heat.cellSize).toBeGreaterThan(0);
    const noise = (
      await call('jinghua.worker', 'GET', `/maps/heat?nodeId=${ids.jinghua}&category=noise&cell=0.01`)
    ).json<Collection>();
    expect(noise.total).toBe(2);
    expect(noise.cellSize).toBe(0.01);
    expect(
      (await call('jinghua.worker', 'GET', `/maps/heat?nodeId=${ids.jinghua}&cell=0.003`)).statusCode,
    ).toBe(400);
  });
});

describe('settings', () => {
  it('has no tile layer by default, so maps work offline', async () => {
    expect((await call('jinghua.worker', 'GET', '/maps/settings')).json()).toEqual({ tiles: null });
  });
});
