import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
let worker: Session;
let grid1: Session;
let fuzhong: Session;
let communityId: number;
let gridId: number;
let buildingId: number;
let planId: number;

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function call(who: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return as(t.app, who)({ method, url: `/api/v1${url}`, ...(payload ? { payload } : {}) });
}

async function uploadAs(who: Session) {
  const boundary = '----linli';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await as(
    t.app,
    who,
  )({
    method: 'POST',
    url: '/api/v1/events/attachments',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  return res.json<{ id: string }>().id;
}

beforeAll(async () => {
  worker = await login(t.app, 'jinghua.worker');
  grid1 = await login(t.app, 'jinghua.grid1');
  fuzhong = await login(t.app, 'fuzhong.worker');
  const q = async (sql: string) => Number((await t.database.pool.query<{ id: string }>(sql)).rows[0]!.id);
  communityId = await q(`select id from org_node where name = '景华社区'`);
  gridId = await q(
    `select w.grid_id as id from grid_worker w join account a on a.id = w.account_id where a.username = 'jinghua.grid1'`,
  );
  buildingId = await q(
    `select b.id from place b join place c on c.community_id = b.community_id and c.id = b.parent_id
      where c.name = '怡枫园' and b.name = '1栋'`,
  );
  const res = await call(worker, 'POST', '/patrols/plans', {
    scope: 'grid',
    gridId,
    name: '一日三巡',
    activeFrom: '2026-01-01',
  });
  expect(res.statusCode, res.body).toBe(201);
  planId = res.json<{ id: number }>().id;
});

describe('plans', () => {
  it('defaults to three rounds a day and the grid checklist; a building plan to the five duties', async () => {
    const plan = (await call(worker, 'GET', `/patrols/plans/${planId}`)).json();
    expect(plan.windows).toHaveLength(3);
    expect(plan.checklist.map((i: { code: string }) => i.code)).toContain('fire_passage');
    expect(plan.actions).toEqual(['update', 'start']);
    const b = await call(worker, 'POST', '/patrols/plans', {
      scope: 'building',
      buildingId,
      name: '楼长五项职责',
    });
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json().checklist).toHaveLength(5);
    expect(b.json().targetName).toBe('怡枫园1栋');
  });

  it('refuses overlapping rounds, unknown categories and a grid worker setting plans', async () => {
    const bad = await call(worker, 'POST', '/patrols/plans', {
      scope: 'grid',
      gridId,
      name: 'x',
      windows: [
        { start: '08:00', end: '12:00' },
        { start: '11:00', end: '13:00' },
      ],
      checklist: [
        { code: 'a', label: { 'zh-CN': 'a', 'zh-HK': 'a', 'en-US': 'a' }, categoryCode: 'no.such' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields.map((f: { path: string }) => f.path)).toEqual([
      'body.windows.1',
      'body.checklist.0.categoryCode',
    ]);
    const gw = await call(grid1, 'POST', '/patrols/plans', { scope: 'grid', gridId, name: 'x' });
    expect(gw.statusCode).toBe(403);
  });

  it("lists the grid worker's own plans and answers 404 for another community's plan", async () => {
    const mine = (await call(grid1, 'GET', '/patrols/plans?mine=true')).json<{ items: { id: number }[] }>();
    expect(mine.items.map((p) => p.id)).toEqual([planId]);
    expect((await call(fuzhong, 'GET', `/patrols/plans/${planId}`)).statusCode).toBe(404);
  });
});

describe('a patrol', () => {
  let patrolId: number;
  let pointCode: string;

  it('starts once per plan and leader, and is out of scope for another community', async () => {
    const pt = await call(worker, 'POST', '/patrols/points', {
      placeId: buildingId,
      lat: 22.55,
      lng: 114.05,
    });
    expect(pt.statusCode, pt.body).toBe(201);
    pointCode = pt.json().code;
    const res = await call(grid1, 'POST', '/patrols', { planId });
    expect(res.statusCode, res.body).toBe(201);
    patrolId = res.json().id;
    expect(res.json().actions).toEqual(['check_in', 'answer', 'add_member', 'finish']);
    expect((await call(grid1, 'POST', '/patrols', { planId })).statusCode).toBe(409);
    expect((await call(fuzhong, 'GET', `/patrols/${patrolId}`)).statusCode).toBe(404);
    expect((await call(fuzhong, 'POST', `/patrols/${patrolId}/check-ins`, { pointCode })).statusCode).toBe(
      404,
    );
  });

  it('refuses to finish before a check-in, then checks in by a typed point code', async () => {
    const early = await call(grid1, 'POST', `/patrols/${patrolId}/finish`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().details.reason).toBe('no_check_in');
    const wrong = await call(grid1, 'POST', `/patrols/${patrolId}/check-ins`, { pointCode: 'ZZZZZZZZ' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details.fields[0].path).toBe('body.pointCode');
    const typed = `${pointCode.slice(0, 4).toLowerCase()}-${pointCode.slice(4)}`;
    const res = await call(grid1, 'POST', `/patrols/${patrolId}/check-ins`, { pointCode: typed });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().checkInList[0]).toMatchObject({ placeId: buildingId, placeName: '1栋', lat: 22.55 });
  });

  it('files one event from a failed item in one tap, with its category, place, note and photo', async () => {
    const photo = await uploadAs(grid1);
    const ans = await call(grid1, 'PUT', `/patrols/${patrolId}/answers/fire_passage`, {
      result: 'fail',
      note: '楼道堆放杂物',
      attachmentIds: [photo],
    });
    expect(ans.statusCode, ans.body).toBe(200);
    expect(ans.json()).toMatchObject({ failedItems: 1, actions: expect.arrayContaining(['file_event']) });
    const pass = await call(grid1, 'PUT', `/patrols/${patrolId}/answers/lights`, { result: 'pass' });
    expect(pass.json().failedItems).toBe(1);
    const notFailed = await call(grid1, 'POST', `/patrols/${patrolId}/answers/lights/event`);
    expect(notFailed.json().details?.reason, notFailed.body).toBe('not_failed');
    const filed = await call(grid1, 'POST', `/patrols/${patrolId}/answers/fire_passage/event`);
    expect(filed.statusCode, filed.body).toBe(201);
    const { eventId, patrol } = filed.json();
    expect(patrol.answers.find((a: { itemCode: string }) => a.itemCode === 'fire_passage').eventId).toBe(
      eventId,
    );
    expect(patrol.eventsFiled).toBe(1);
    const e = (await call(worker, 'GET', `/events/${eventId}`)).json();
    expect(e).toMatchObject({ categoryCode: 'fire.hazard', placeId: buildingId, channel: 'patrol' });
    expect(e.description).toContain('楼道堆放杂物');
    expect(e.attachments).toHaveLength(1);
    const again = await call(grid1, 'POST', `/patrols/${patrolId}/answers/fire_passage/event`);
    expect(again.statusCode).toBe(409);
    expect(again.json().details.reason).toBe('event_already_filed');
    const change = await call(grid1, 'PUT', `/patrols/${patrolId}/answers/fire_passage`, { result: 'pass' });
    expect(change.statusCode).toBe(409);
  });

  it('adds a co-patroller, lets only the leader record steps, and finishes once', async () => {
    const m = await call(grid1, 'POST', `/patrols/${patrolId}/members`, { accountId: worker.user.id });
    expect(m.statusCode, m.body).toBe(201);
    expect(m.json().members).toEqual([expect.objectContaining({ accountId: worker.user.id })]);
    const bad = await call(grid1, 'POST', `/patrols/${patrolId}/members`, { accountId: fuzhong.user.id });
    expect(bad.statusCode).toBe(400);
    expect((await call(worker, 'POST', `/patrols/${patrolId}/finish`, {})).statusCode).toBe(403);
    const done = await call(grid1, 'POST', `/patrols/${patrolId}/finish`, {});
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'finished', actions: [] });
    const twice = await call(grid1, 'POST', `/patrols/${patrolId}/finish`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().details.reason).toBe('patrol_finished');
    const audit = await t.database.pool.query<{ action: string }>(
      `select action from audit_log where entity_type = 'patrol' and entity_id = $1 order by seq`,
      [String(patrolId)],
    );
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual([
      'patrol.start',
      'patrol.check_in',
      'patrol.answer',
      'patrol.answer',
      'patrol.file_event',
      'patrol.add_member',
      'patrol.finish',
    ]);
  });
});

describe('coverage', () => {
  it('counts rounds done against planned on a fixed history, and exports it', async () => {
    const plan = await call(worker, 'POST', '/patrols/plans', {
      scope: 'grid',
      gridId,
      name: '历史计划',
      activeFrom: '2026-03-02',
      activeTo: '2026-03-03',
    });
    const id = plan.json().id;
    const grid1Id = grid1.user.id;
    // Shanghai times: 2 March at 08:30 and 15:00 and twice in the morning of 3 March; one unfinished patrol on 3 March.
    for (const [at, finished] of [
      ['2026-03-02T08:30:00+08:00', true],
      ['2026-03-02T15:00:00+08:00', true],
      ['2026-03-03T09:00:00+08:00', true],
      ['2026-03-03T10:00:00+08:00', true],
      ['2026-03-03T19:30:00+08:00', false],
      ['2026-03-04T09:00:00+08:00', true],
    ] as const)
      await t.database.pool.query(
        `insert into patrol (community_id, plan_id, node_path, leader_account_id, leader_name, status, checklist,
           started_at, finished_at, check_ins, failed_items, events_filed)
         select community_id, id, node_path, $2, '张网格员', $3, checklist, $4::timestamptz,
                case when $3 = 'finished' then $4::timestamptz + interval '30 minutes' end, 1, 1, 0
           from patrol_plan where id = $1`,
        [id, grid1Id, finished ? 'finished' : 'in_progress', at],
      );
    const url = `/patrols/coverage?communityId=${communityId}&from=2026-03-02&to=2026-03-04`;
    const res = await call(worker, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    const grid = res.json().grids.find((g: { gridId: number }) => g.gridId === gridId);
    // The first plan (in force from 1 January) plans three rounds a day too, without patrols in March.
    expect(
      grid.rows.map((r: Record<string, number>) => [r.period, r.planned, r.done, r.extra, r.failedItems]),
    ).toEqual([
      ['2026-03-02', 6, 2, 0, 2],
      ['2026-03-03', 6, 1, 1, 3],
      ['2026-03-04', 3, 0, 1, 1],
    ]);
    const me = res.json().workers.find((w: { accountId: number }) => w.accountId === grid1Id);
    expect(me.rows.map((r: Record<string, number>) => r.done)).toEqual([2, 1, 0]);
    const week = (await call(worker, 'GET', `${url}&period=week`)).json();
    expect(week.grids.find((g: { gridId: number }) => g.gridId === gridId).rows).toEqual([
      { period: '2026-03-02', planned: 15, done: 3, extra: 2, failedItems: 6, eventsFiled: 0 },
    ]);
    const xlsx = await call(
      worker,
      'GET',
      `/patrols/coverage.xlsx?communityId=${communityId}&from=2026-03-02&to=2026-03-04`,
    );
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('.xlsx');
    expect((await call(fuzhong, 'GET', url)).statusCode).toBe(404);
    expect((await call(grid1, 'GET', url)).statusCode).toBe(403);
    const long = await call(
      worker,
      'GET',
      `/patrols/coverage?communityId=${communityId}&from=2025-01-01&to=2026-03-04`,
    );
    expect(long.statusCode).toBe(400);
  });
});
