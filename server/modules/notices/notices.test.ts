import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { multipart } from '../../../test/multipart';
import { as, login, type Session } from '../../../test/session';
import { codeInbox, sixHouses, type SixHouses } from '../../../test/six-houses';
import { LogNotifier } from '../../notify/notifier';

const codes = codeInbox();
const t = useTestApp(new LogNotifier(codes.log));
let f: SixHouses;
let fuzhong: Session;
let property: Session;
let neighbour: Session;

beforeAll(async () => {
  f = await sixHouses(t.app, t.database, codes, '公示楼');
  fuzhong = await login(t.app, 'fuzhong.worker');
  property = await login(t.app, 'yifengyuan.property');
  // A resident of 怡枫园 1栋 1单元: in the compound, outside the test building.
  neighbour = await login(t.app, 'yifengyuan.owner1');
});

const post = (s: Session, url: string, payload?: unknown) =>
  as(t.app, s)({ method: 'POST', url: `/api/v1${url}`, payload: payload ?? {} });
const get = (s: Session, url: string) => as(t.app, s)({ method: 'GET', url: `/api/v1${url}` });
const day = 86_400_000;

async function publish(s: Session, body: Record<string, unknown>) {
  const res = await post(s, '/notices', { nodeId: f.unitId, title: '公示', body: '内容', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: number } & Record<string, unknown>>();
}

describe('publishing', () => {
  it('posts a notice to a node for a period, 7 days unless given, and names its audience', async () => {
    const n = await publish(f.worker, { title: '电梯方案公示' });
    expect(n).toMatchObject({ nodeId: f.unitId, phase: 'running', subjectKind: null, readCount: 0 });
    expect(new Date(n.endsAt as string).getTime() - new Date(n.startsAt as string).getTime()).toBe(7 * day);
    expect((n.audience as { name: string }[]).map((r) => r.name)).toEqual([
      '景华社区',
      '怡枫园',
      '公示楼',
      '1单元',
    ]);
  });

  it('refuses bad input with a 400 naming the field, and publishes nothing', async () => {
    const count = async () =>
      Number((await t.database.db.execute<{ n: string }>(sql`select count(*) as n from notice`)).rows[0]!.n);
    const before = await count();
    const now = Date.now();
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'body.title'],
      [{ body: '' }, 'body.body'],
      [{ startsAt: new Date(now).toISOString(), endsAt: new Date(now - day).toISOString() }, 'body.endsAt'],
      [{ endsAt: 'soon' }, 'body.endsAt'],
      [{ nodeId: f.houses['101'] + 10_000_000 }, 'body.nodeId'],
    ];
    for (const [body, field] of cases) {
      const res = await post(f.worker, '/notices', { nodeId: f.unitId, title: 't', body: 'b', ...body });
      if (field === 'body.nodeId') expect(res.statusCode).toBe(404);
      else {
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().details.fields.map((x: { path: string }) => x.path)).toContain(field);
      }
    }
    expect(await count()).toBe(before);
  });

  it('lets property staff post in their compound, not residents (403) nor another community (404)', async () => {
    expect(
      (await post(property, '/notices', { nodeId: f.unitId, title: '停水通知', body: '周三停水' }))
        .statusCode,
    ).toBe(201);
    expect((await post(f.ownerA, '/notices', { nodeId: f.unitId, title: 't', body: 'b' })).statusCode).toBe(
      403,
    );
    expect((await post(fuzhong, '/notices', { nodeId: f.unitId, title: 't', body: 'b' })).statusCode).toBe(
      404,
    );
  });

  it('carries attachments accepted by their content: a PDF yes, a text file no (415)', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const up = await as(
      t.app,
      f.worker,
    )({ method: 'POST', url: '/api/v1/notices/attachments', ...multipart('plan.pdf', pdf) });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json().mime).toBe('application/pdf');
    const text = await as(
      t.app,
      f.worker,
    )({
      method: 'POST',
      url: '/api/v1/notices/attachments',
      ...multipart('plan.pdf', Buffer.from('just text')),
    });
    expect(text.statusCode).toBe(415);
    const n = await publish(f.worker, { attachmentIds: [up.json().id] });
    const files = n.attachments as { url: string }[];
    expect(files).toHaveLength(1);
    const file = await as(t.app, f.ownerA)({ method: 'GET', url: files[0]!.url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect((await as(t.app, fuzhong)({ method: 'GET', url: files[0]!.url })).statusCode).toBe(404);
    // An upload is attached once.
    expect(
      (
        await post(f.worker, '/notices', {
          nodeId: f.unitId,
          title: 't',
          body: 'b',
          attachmentIds: [up.json().id],
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('who sees a notice', () => {
  it('shows residents the notices over their homes once started, and hides the rest (404)', async () => {
    const unit = await publish(f.worker, { title: '单元公示' });
    const compound = await publish(f.worker, { nodeId: f.compoundId, title: '小区公示' });
    const later = await publish(f.worker, {
      title: '下周公示',
      startsAt: new Date(Date.now() + day).toISOString(),
      endsAt: new Date(Date.now() + 8 * day).toISOString(),
    });
    expect((await get(f.ownerA, `/notices/${unit.id}`)).statusCode).toBe(200);
    expect((await get(f.ownerA, `/notices/${later.id}`)).statusCode).toBe(404);
    expect((await get(neighbour, `/notices/${unit.id}`)).statusCode).toBe(404);
    expect((await get(neighbour, `/notices/${compound.id}`)).statusCode).toBe(200);
    expect((await get(fuzhong, `/notices/${unit.id}`)).statusCode).toBe(404);
    const mine = (await get(f.ownerA, '/notices?limit=200')).json().items.map((n: { id: number }) => n.id);
    expect(mine).toEqual(expect.arrayContaining([unit.id, compound.id]));
    expect(mine).not.toContain(later.id);
    const resident = (await get(f.ownerA, `/notices/${unit.id}`)).json();
    expect(resident).toMatchObject({ readCount: null, objections: null, readAt: null, actions: ['object'] });
  });
});

describe('read receipts', () => {
  it('records a resident opening it once, counts by building, and leaves none for staff', async () => {
    const n = await publish(f.worker, { nodeId: f.compoundId, title: '收据' });
    const first = await post(f.ownerA, `/notices/${n.id}/read`);
    expect(first.statusCode).toBe(200);
    const readAt = first.json().readAt;
    expect(readAt).not.toBeNull();
    expect((await post(f.ownerA, `/notices/${n.id}/read`)).json().readAt).toBe(readAt);
    await post(f.ownerB, `/notices/${n.id}/read`);
    await post(neighbour, `/notices/${n.id}/read`);
    await post(f.worker, `/notices/${n.id}/read`);
    const reads = (await get(f.worker, `/notices/${n.id}/reads`)).json();
    expect(reads.total).toBe(3);
    expect(reads.byBuilding).toEqual(
      expect.arrayContaining([
        { buildingId: f.buildingId, name: '公示楼', count: 2 },
        expect.objectContaining({ name: '1栋', count: 1 }),
      ]),
    );
    expect((await get(f.worker, `/notices/${n.id}`)).json().readCount).toBe(3);
    expect((await get(f.ownerA, `/notices/${n.id}/reads`)).statusCode).toBe(403);
  });
});

describe('objections', () => {
  it('takes written objections while the notice runs and has staff resolve each once', async () => {
    const n = await publish(f.worker, { title: '方案' });
    const filed = await post(f.ownerA, `/notices/${n.id}/objections`, { text: '一楼采光受影响' });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ status: 'pending', mine: true, text: '一楼采光受影响' });
    await post(f.ownerB, `/notices/${n.id}/objections`, { text: '同意方案，但请说明费用' });
    expect((await get(f.ownerA, `/notices/${n.id}/objections`)).json().items).toHaveLength(1);
    const all = (await get(f.worker, `/notices/${n.id}/objections`)).json().items;
    expect(all).toHaveLength(2);
    expect((await get(f.worker, `/notices/${n.id}`)).json().objections).toEqual({ total: 2, pending: 2 });
    const resolve = (s: Session, body: unknown) =>
      post(s, `/notices/${n.id}/objections/${filed.json().id}/resolve`, body);
    expect((await resolve(f.worker, { resolution: 'maybe', reply: 'x' })).statusCode).toBe(400);
    expect((await resolve(f.ownerB, { resolution: 'dismissed', reply: 'x' })).statusCode).toBe(403);
    const done = await resolve(f.worker, { resolution: 'accepted', reply: '调整井道位置' });
    expect(done.json()).toMatchObject({
      status: 'accepted',
      reply: '调整井道位置',
      resolvedByName: '景华社区 李社工',
    });
    expect((await resolve(f.worker, { resolution: 'dismissed', reply: '再议' })).statusCode).toBe(409);
    expect((await get(f.worker, `/notices/${n.id}`)).json().objections).toEqual({ total: 2, pending: 1 });
    const audit = await t.database.db.execute<{ action: string }>(
      sql`select action from audit_log where entity_type = 'notice' and entity_id = ${String(n.id)} order by seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'notice.publish',
      'notice.object',
      'notice.object',
      'notice.resolve_objection',
    ]);
  });

  it('refuses objections after the period (409), from staff and from outside the audience', async () => {
    const ended = await publish(f.worker, {
      startsAt: new Date(Date.now() - 10 * day).toISOString(),
      endsAt: new Date(Date.now() - day).toISOString(),
    });
    expect((await get(f.ownerA, `/notices/${ended.id}`)).json()).toMatchObject({
      phase: 'ended',
      actions: [],
    });
    expect((await post(f.ownerA, `/notices/${ended.id}/objections`, { text: '晚了' })).statusCode).toBe(409);
    const running = await publish(f.worker, {});
    expect((await post(f.worker, `/notices/${running.id}/objections`, { text: '员工' })).statusCode).toBe(
      403,
    );
    expect((await post(neighbour, `/notices/${running.id}/objections`, { text: '邻居' })).statusCode).toBe(
      404,
    );
    expect((await post(f.ownerA, `/notices/${running.id}/objections`, { text: '' })).statusCode).toBe(400);
  });
});
