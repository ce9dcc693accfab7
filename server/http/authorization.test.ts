import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { as, login, type Session } from '../../test/session';
import { jsonSchemaOf, sampleValid } from '../../test/sample';
import { useTestApp } from '../../test/db';
import { codeInbox, sixHouses } from '../../test/six-houses';
import { LogNotifier } from '../notify/notifier';
import { listedAudience } from './route-access';

/**
 * The authorization matrix (issue 9): every `/api/v1` route has a listed policy; a resident is refused every
 * staff route; a community worker asking for another community's object by id is told it does not exist.
 */
const codes = codeInbox();
const t = useTestApp(new LogNotifier(codes.log));

interface Route {
  method: string;
  url: string;
  schema: { body?: unknown; params?: unknown; querystring?: unknown };
}

const apiRoutes = (): Route[] =>
  t.app.routeTable
    .filter((r) => r.url.startsWith('/api/v1/') && !r.config?.public)
    .flatMap((r) =>
      (Array.isArray(r.method) ? r.method : [r.method])
        .filter((m) => m !== 'HEAD')
        .map((m) => ({ method: m, url: r.url, schema: r.schema ?? {} })),
    );
const key = (r: Route) => `${r.method} ${r.url}`;

/** The table each object route's `:id` names, by the path before it (longest first). */
const OBJECT_TABLES: readonly (readonly [prefix: string, table: string])[] = [
  ['/api/v1/org/nodes/', 'compound'],
  // The big screen of a node (its snapshot and its stream): any compound or above.
  ['/api/v1/bigscreen/', 'compound'],
  ['/api/v1/org/grids/', 'grid'],
  ['/api/v1/registry/houses/', 'house'],
  ['/api/v1/registry/people/', 'person'],
  ['/api/v1/registry/residences/', 'residence'],
  ['/api/v1/registry/invitations/', 'house'],
  ['/api/v1/registry/binding-requests/', 'binding_request'],
  ['/api/v1/governance/building-leaders/', 'building_leader'],
  ['/api/v1/governance/bodies/', 'governance_body'],
  ['/api/v1/events/', 'event'],
  ['/api/v1/votes/', 'vote'],
  ['/api/v1/notices/', 'notice'],
  ['/api/v1/deliberation/topics/', 'topic'],
  ['/api/v1/deliberation/meetings/', 'meeting'],
  ['/api/v1/deliberation/follow-ups/', 'follow_up'],
  ['/api/v1/evaluations/rounds/', 'evaluation_round'],
  ['/api/v1/elevator-installations/', 'elevator_installation'],
  ['/api/v1/conventions/', 'convention'],
  ['/api/v1/auth/tokens/', 'api_token'],
  ['/api/v1/devices/alerts/', 'device_alert'],
  ['/api/v1/devices/', 'device'],
  ['/api/v1/volunteers/teams/', 'volunteer_team'],
  ['/api/v1/volunteers/activities/', 'volunteer_activity'],
  ['/api/v1/points/passbooks/', 'person'],
  ['/api/v1/points/rewards/', 'points_reward'],
  ['/api/v1/points/redemptions/', 'points_redemption'],
  ['/api/v1/mediation/cases/', 'mediation_case'],
  ['/api/v1/self-orgs/', 'self_org'],
  ['/api/v1/partners/', 'partner_unit'],
  ['/api/v1/projects/resources/', 'project_resource'],
  ['/api/v1/projects/', 'project'],
  ['/api/v1/venues/stations/', 'venue_station'],
  ['/api/v1/venues/rooms/', 'venue_room'],
  ['/api/v1/venues/bookings/', 'venue_booking'],
  ['/api/v1/venues/services/', 'service_item'],
  ['/api/v1/patrols/plans/', 'patrol_plan'],
  ['/api/v1/patrols/', 'patrol'],
  ['/api/v1/maps/grids/', 'grid'],
  ['/api/v1/maps/compounds/', 'compound'],
];
/** Other named parameters that point at another community's objects. */
const PARAM_TABLES: Record<string, string> = {
  houseId: 'house',
  personId: 'person',
  topicId: 'topic',
  objectionId: 'notice_objection',
  signupId: 'volunteer_signup',
};
/** Query parameters naming a place: 景华社区's compound (or its street). */
const QUERY_PLACES: Record<string, string> = { placeId: 'compound', nodeId: 'compound', streetId: 'street' };
/** Routes whose `:id` names no community object, and what a community worker gets. */
const NOT_COMMUNITY_OBJECTS: Record<string, number> = {
  // Accounts are the administrator's, never a community worker's (separation of duties).
  'POST /api/v1/accounts/:id/roles': 403,
  'DELETE /api/v1/accounts/:id/roles/:role/:nodeId': 403,
  'POST /api/v1/accounts/:id/unlock': 403,
  // A category's code; the street whose rule it sets (the query's streetId) is beyond a community worker.
  'PUT /api/v1/events/dispatch-rules/:code': 404,
  // A ledger's name; the place it exports (the query's placeId) is 景华社区's.
  'GET /api/v1/registry/exports/:ledger': 404,
};

let jinghua: Session;
let fuzhong: Session;
let resident: Session;
const ids: Record<string, number> = {};

async function firstId(table: string, communityId: number): Promise<number> {
  const where = table === 'compound' ? `kind = 'compound' and community_id = $1` : `community_id = $1`;
  const from = table === 'compound' ? 'place' : table;
  const { rows } = await t.database.pool.query<{ id: string }>(
    `select id from ${from} where ${where} order by id limit 1`,
    [communityId],
  );
  if (!rows[0]) throw new Error(`no ${table} in community ${communityId}: add a fixture`);
  return Number(rows[0].id);
}

/** Creates an object through the API as `who` and returns its id. */
async function create(who: Session, url: string, payload: object): Promise<number> {
  const res = await as(t.app, who)({ method: 'POST', url: `/api/v1${url}`, payload });
  if (res.statusCode !== 201 && res.statusCode !== 200)
    throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return Number(res.json<{ id: number }>().id);
}

/**
 * The test database holds the demo street without its registry and history, so 景华社区's own worker and resident
 * make one object of each kind through the API; the two kinds without a create route here are inserted.
 */
async function makeFixtures(communityId: number, compoundId: number) {
  const nodeId = compoundId;
  const six = await sixHouses(t.app, t.database, codes, '授权矩阵楼');
  const house = six.houses['101'];
  await create(jinghua, '/votes', { nodeId, matter: 1, title: '授权矩阵测试' });
  const notice = await create(jinghua, '/notices', { nodeId, title: '授权矩阵测试', body: '公示内容' });
  await create(resident, `/notices/${notice}/objections`, { text: '有异议' });
  await create(jinghua, '/governance/bodies', { placeId: nodeId, kind: 'owners_committee', name: '业委会' });
  await create(resident, '/events', { categoryCode: 'facility.light', description: '路灯坏了', nodeId });
  const topic = await create(resident, '/deliberation/topics', { nodeId, title: '加装充电桩', body: '议题' });
  const startsAt = new Date(Date.now() - 3_600_000).toISOString();
  const meeting = await create(jinghua, '/deliberation/meetings', {
    kind: 'residents_council',
    nodeId,
    title: '居民议事会',
    startsAt,
    location: '党群服务站',
    topicIds: [topic],
  });
  await create(jinghua, `/deliberation/meetings/${meeting}/actions/hold`, {
    minutes: '纪要',
    attendedInviteeIds: [],
  });
  await create(jinghua, `/deliberation/meetings/${meeting}/resolutions`, {
    text: '决议',
    consensus: true,
    followUps: [{ kind: 'task', title: '落实', ownerAccountId: jinghua.user.id, dueOn: '2026-12-31' }],
  });
  await create(jinghua, '/evaluations/rounds', {
    compoundId: nodeId,
    target: 'property_company',
    title: '物业评议',
    periodFrom: '2026-10-01',
    periodTo: '2026-12-31',
    closesOn: '2027-01-31',
  });
  // A retrofit needs a unit of four storeys or more without an elevator.
  const attributes = { floors: 6, hasElevator: false };
  await as(
    t.app,
    jinghua,
  )({ method: 'PATCH', url: `/api/v1/org/nodes/${six.buildingId}`, payload: { attributes } });
  await create(jinghua, '/elevator-installations', {
    unitId: six.unitId,
    title: '授权矩阵电梯',
    plan: '方案',
  });
  await create(jinghua, '/conventions', { nodeId, title: '授权矩阵公约', body: '公约正文' });
  ids.api_token = await create(jinghua, '/auth/tokens', { name: 'matrix' });
  await create(jinghua, '/volunteers/teams', { nodeId, name: '志愿服务队' });
  const startsAt2 = new Date(Date.now() + 86_400_000);
  const activity = await create(jinghua, '/volunteers/activities', {
    nodeId,
    kind: 'environment',
    title: '清洁家园',
    place: '小区广场',
    startsAt: startsAt2.toISOString(),
    endsAt: new Date(startsAt2.getTime() + 7_200_000).toISOString(),
    capacity: 10,
  });
  const owner = await t.database.pool.query<{ person_id: string }>(
    `select person_id from house_owner where community_id = $1 and house_id = $2`,
    [communityId, house],
  );
  const personId = Number(owner.rows[0]!.person_id);
  await create(jinghua, `/volunteers/activities/${activity}/signups`, { personId });
  await create(jinghua, '/mediation/cases', {
    nodeId,
    type: 'neighbour',
    title: '漏水纠纷',
    summary: '楼上漏水',
    parties: [
      { role: 'applicant', name: '甲', personId },
      { role: 'respondent', name: '乙' },
    ],
  });
  await create(jinghua, '/self-orgs', { nodeId, name: '合唱团', kind: 'culture', leaderPersonId: personId });
  const reward = await create(jinghua, '/points/rewards', { nodeId, name: '环保袋', cost: 10 });
  await create(jinghua, '/partners', { nodeId, kind: 'enterprise', name: '授权矩阵共建单位' });
  await create(jinghua, '/projects', { nodeId, title: '授权矩阵微实事', budget: 100, crowdfunding: true });
  await create(jinghua, '/projects/resources', { nodeId, kind: 'fund', name: '授权矩阵资金', amount: 100 });
  const stationId = await create(jinghua, '/venues/stations', {
    nodeId,
    kind: 'service_station',
    name: '党群服务站',
    address: '小区会所',
  });
  const openingHours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
  const roomId = await create(jinghua, '/venues/rooms', {
    stationId,
    kind: 'meeting',
    name: '居民会客厅',
    capacity: 20,
    openingHours,
  });
  const bookingStart = Math.ceil((Date.now() + 86_400_000) / 3_600_000) * 3_600_000;
  await create(jinghua, '/venues/bookings', {
    roomId,
    startsAt: new Date(bookingStart).toISOString(),
    endsAt: new Date(bookingStart + 3_600_000).toISOString(),
    attendees: 5,
    purpose: '议事',
  });
  await create(jinghua, '/venues/services', { stationId, name: '居住证办理', department: '派出所' });
  const device = await create(jinghua, '/devices', {
    nodeId,
    kind: 'smoke_detector',
    code: 'MATRIX-1',
    name: '烟感',
  });
  const plan = await create(jinghua, '/patrols/plans', {
    scope: 'grid',
    gridId: await firstId('grid', communityId),
    name: '一日三巡',
  });
  const patrol = await create(jinghua, '/patrols', { planId: plan });
  await create(jinghua, `/patrols/${patrol}/check-ins`, { lat: 22.55, lng: 114.05 });
  const pool = t.database.pool;
  const building = await pool.query<{ id: string; path: string }>(
    `select id, path from place where community_id = $1 and kind = 'building' limit 1`,
    [communityId],
  );
  await pool.query(
    `insert into binding_request (community_id, house_id, account_id, display_name) values ($1, $2, $3, '测试')`,
    [communityId, house, resident.user.id],
  );
  await pool.query(
    `insert into points_redemption (community_id, reward_id, person_id, reward_name, cost) values ($1, $2, $3, '环保袋', 10)`,
    [communityId, reward, personId],
  );
  await pool.query(
    `insert into device_alert (community_id, device_id, place_path, condition, severity)
     select community_id, id, place_path, 'smoke', 'critical' from device where community_id = $1 and id = $2`,
    [communityId, device],
  );
  await pool.query(
    `insert into building_leader (community_id, building_id, building_path, display_name, source, appointed_on)
     values ($1, $2, $3, '测试楼长', 'appointed', current_date)`,
    [communityId, building.rows[0]!.id, building.rows[0]!.path],
  );
}

beforeAll(async () => {
  jinghua = await login(t.app, 'jinghua.worker');
  fuzhong = await login(t.app, 'fuzhong.worker');
  resident = await login(t.app, 'yifengyuan.owner1');
  const community = await t.database.pool.query<{ id: string }>(
    `select id from org_node where name = '景华社区'`,
  );
  const communityId = Number(community.rows[0]!.id);
  await makeFixtures(communityId, await firstId('compound', communityId));
  const tables = new Set([...OBJECT_TABLES.map(([, table]) => table), ...Object.values(PARAM_TABLES)]);
  for (const table of tables) if (table !== 'api_token') ids[table] = await firstId(table, communityId);
  const street = await t.database.pool.query<{ id: string }>(
    `select id from org_node where name = '莲花街道'`,
  );
  ids.street = Number(street.rows[0]!.id);
});

function objectTable(url: string): string | undefined {
  return OBJECT_TABLES.find(
    ([prefix]) => url.startsWith(prefix) && url.slice(prefix.length).startsWith(':'),
  )?.[1];
}

/** The URL with every parameter replaced: object ids of 景华社区, anything else by its schema's sample. */
function fill(route: Route): string {
  const params = jsonSchemaOf(route.schema.params);
  return route.url.replace(/:(\w+)/g, (_m, name: string) => {
    const table = name === 'id' ? objectTable(route.url) : PARAM_TABLES[name];
    if (table) return String(ids[table]);
    return encodeURIComponent(String(sampleValid(params?.properties?.[name] ?? { type: 'integer' })));
  });
}

const DAY_MS = 86_400_000;
/**
 * A sampled body with its places set to 景华社区's compound and its instants in the coming days, so a write is
 * refused for who asks, not for a district id or a date in the past.
 */
function placed(sample: unknown): unknown {
  if (!sample || typeof sample !== 'object' || Array.isArray(sample)) return sample;
  const polygon = (sample as { type?: unknown }).type === 'Polygon';
  return Object.fromEntries(
    Object.entries(sample).map(([k, v]) => {
      // A sampled ring repeats one position, which encloses no area; boundaries get a real square.
      if (polygon && k === 'coordinates')
        return [
          k,
          [
            [
              [114, 22],
              [114.001, 22],
              [114.001, 22.001],
              [114, 22],
            ],
          ],
        ];
      if (/^(nodeId|placeId|compoundId)$/.test(k)) return [k, ids.compound];
      if (k === 'startsAt' || k === 'opensAt') return [k, new Date(Date.now() + DAY_MS).toISOString()];
      if (/^(endsAt|closesAt)$/.test(k)) return [k, new Date(Date.now() + 2 * DAY_MS).toISOString()];
      return [k, v];
    }),
  );
}

function validBody(route: Route): object | undefined {
  if (route.method === 'GET' || route.method === 'DELETE') return undefined;
  const schema = route.schema.body;
  const json = jsonSchemaOf(schema);
  if (!json) return undefined;
  const valid = (sample: unknown) => !(schema instanceof z.ZodType) || schema.safeParse(sample).success;
  const sample = [sampleValid(json), sampleValid(json, true)].map(placed).find(valid);
  if (sample === undefined) {
    const issues = (schema as z.ZodType).safeParse(sampleValid(json, true)).error?.issues;
    throw new Error(`no valid sample of its schema (${JSON.stringify(issues)})`);
  }
  return sample as object;
}

/** The required query parameters: places are 景华社区's, anything else its schema's sample. */
function query(r: Route): Record<string, string> {
  const json = jsonSchemaOf(r.schema.querystring);
  return Object.fromEntries(
    (json?.required ?? []).map((name) => {
      const place = QUERY_PLACES[name];
      return [name, String(place ? ids[place] : sampleValid(json?.properties?.[name] ?? {}))];
    }),
  );
}

async function request(who: Session, r: Route) {
  const payload = validBody(r);
  return as(
    t.app,
    who,
  )({
    method: r.method,
    url: fill(r),
    query: query(r),
    ...(payload === undefined ? {} : { payload }),
  });
}

describe('authorization matrix', () => {
  it('lists a policy for every non-public /api/v1 route', () => {
    const unlisted = apiRoutes().filter((r) => !listedAudience(r.method, r.url));
    expect(unlisted.map(key)).toEqual([]);
  });

  it('refuses a resident every staff route before reading the request', async () => {
    const staffRoutes = apiRoutes().filter((r) => listedAudience(r.method, r.url) === 'staff');
    expect(staffRoutes.length).toBeGreaterThan(120);
    for (const r of staffRoutes) {
      const res = await as(
        t.app,
        resident,
      )({
        method: r.method,
        url: r.url.replace(/:(\w+)/g, '1'),
        ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: {} }),
      });
      expect(res.statusCode, key(r)).toBe(403);
      expect(res.json().code, key(r)).toBe('forbidden');
    }
  });

  it("answers 404 to a community worker for every route naming another community's object", async () => {
    const objectRoutes = apiRoutes().filter((r) => r.url.includes(':'));
    const wrong: string[] = [];
    for (const r of objectRoutes) {
      const expected = NOT_COMMUNITY_OBJECTS[key(r)] ?? 404;
      if (!(key(r) in NOT_COMMUNITY_OBJECTS) && !objectTable(r.url)) {
        wrong.push(`${key(r)}: say which table its :id names (OBJECT_TABLES) or why it names none`);
        continue;
      }
      const res = await request(fuzhong, r).catch((err: Error) => ({ statusCode: 0, body: err.message }));
      if (res.statusCode !== expected) wrong.push(`${key(r)}: ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
    expect(objectRoutes.length).toBeGreaterThan(100);
  });

  it('lets the auditor change nothing: every route that writes community data refuses it', async () => {
    const auditor = await login(t.app, 'auditor');
    // Its own session, tokens, inbox and home binding are the auditor's own; uploads only store an unattached file.
    const own = /^\/api\/v1\/(auth|me)\/|^\/api\/v1\/events\/inbox\/read$|\/attachments$|\/imports$/;
    const writes = apiRoutes().filter((r) => r.method !== 'GET' && !own.test(r.url));
    expect(writes.length).toBeGreaterThan(100);
    const tables = await t.database.pool.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public'`,
    );
    const rows = async () =>
      (
        await t.database.pool.query<{ n: string }>(
          `select ${tables.rows.map((x) => `(select count(*) from "${x.name}")`).join(' + ')} as n`,
        )
      ).rows[0]!.n;
    const before = await rows();
    const wrong: string[] = [];
    let refusedForWho = 0;
    for (const r of writes) {
      const res = await request(auditor, r).catch((err: Error) => ({ statusCode: 0, body: err.message }));
      if (res.statusCode < 400 || res.statusCode >= 500)
        wrong.push(`${key(r)}: ${res.statusCode} ${res.body.slice(0, 160)}`);
      if (res.statusCode === 403 || res.statusCode === 404) refusedForWho += 1;
    }
    expect(wrong).toEqual([]);
    expect(await rows()).toBe(before);
    // Nearly all are refused for who asks; the rest never get that far (a body no one could send validly).
    expect(refusedForWho / writes.length).toBeGreaterThan(0.95);
  });

  it("lets the object's own community worker read every one of those objects", async () => {
    const reads = apiRoutes().filter(
      (r) => r.method === 'GET' && objectTable(r.url) && r.url.endsWith(':id'),
    );
    const wrong: string[] = [];
    for (const r of reads) {
      const res = await request(jinghua, r);
      if (res.statusCode !== 200) wrong.push(`${key(r)}: ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
    expect(reads.length).toBeGreaterThan(10);
  });
});
