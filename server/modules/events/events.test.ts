import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../domain/events/categories';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
const s: Record<string, Session> = {};

const idOf = async (name: string, parent?: string) =>
  Number(
    (
      await t.database.db.execute<{ id: number }>(
        parent
          ? sql`select b.id from place b join place c on c.community_id = b.community_id and c.id = b.parent_id where b.name = ${name} and c.name = ${parent}`
          : sql`select id from place where name = ${name} union all select id from org_node where name = ${name}`,
      )
    ).rows[0]?.id,
  );

const act = (who: string, id: number, action: string, payload: object = {}) =>
  as(t.app, s[who]!)({ method: 'POST', url: `/api/v1/events/${id}/actions/${action}`, payload });

const report = (who: string, payload: object, headers: Record<string, string> = {}) =>
  as(t.app, s[who]!)({ method: 'POST', url: '/api/v1/events', payload, headers });

beforeAll(async () => {
  for (const u of [
    'yifengyuan.owner1',
    'yifengyuan.property',
    'jinghua.grid1',
    'jinghua.worker',
    'fuzhong.worker',
    'lianhua.street',
    'admin',
  ])
    s[u] = await login(t.app, u);
  const created = await as(
    t.app,
    s['admin']!,
  )({
    method: 'POST',
    url: '/api/v1/accounts',
    payload: {
      username: 'shenye.property',
      displayName: '深业物业 黄主管',
      password: 'Shenye-Property-2026',
      roles: [{ role: 'property_staff', nodeId: await idOf('深业花园') }],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  s['shenye.property'] = await login(t.app, 'shenye.property', 'Shenye-Property-2026');
});

describe('categories', () => {
  it('lists the default matters with the contract fields', async () => {
    const res = await as(t.app, s['yifengyuan.owner1']!)({ method: 'GET', url: '/api/v1/events/categories' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { code: string }[];
    // The default list itself (and the required codes in it) is checked in domain/events/categories.test.ts.
    expect(new Set(items.map((i) => i.code))).toEqual(new Set(DEFAULT_CATEGORIES.map((c) => c.code)));
    expect(items.find((i) => i.code === 'facility.light')).toMatchObject({
      responsibleParty: 'property_company',
      startLevel: 'compound',
      deadlineHours: 48,
      dispatchMode: 'assign',
      autoDispatch: true,
    });
  });
});

describe('the closed loop', () => {
  it('a broken light goes report → dispatched to the property company → handled → verified → rated', async () => {
    const unit = await idOf('1单元', '1栋');
    const created = await report('yifengyuan.owner1', {
      categoryCode: 'facility.light',
      description: '1栋1单元楼道灯坏了',
      nodeId: await idOf('1栋', '怡枫园'),
    });
    expect(created.statusCode, created.body).toBe(201);
    const e = created.json();
    expect(unit).toBeGreaterThan(0);
    expect(e).toMatchObject({
      status: 'dispatched',
      level: 'compound',
      channel: 'resident',
      placeName: '怡枫园 1栋',
    });
    expect(e.assignee).toMatchObject({ kind: 'property_company', name: '深圳市怡枫物业管理有限公司' });
    expect(new Date(e.deadline).getTime() - new Date(e.dispatchedAt).getTime()).toBe(48 * 3_600_000);
    expect(e.actions).toEqual(['comment']);

    const board = await as(
      t.app,
      s['yifengyuan.property']!,
    )({ method: 'GET', url: '/api/v1/events?assignedToMe=true' });
    expect(board.json().items.map((i: { id: number }) => i.id)).toContain(e.id);
    const inbox = await as(t.app, s['yifengyuan.property']!)({ method: 'GET', url: '/api/v1/events/inbox' });
    expect(inbox.json().unread).toBeGreaterThan(0);

    expect((await act('jinghua.grid1', e.id, 'start')).statusCode).toBe(403);
    expect((await act('yifengyuan.property', e.id, 'handle', { note: 'x' })).json().code).toBe(
      'invalid_transition',
    );
    expect((await act('yifengyuan.property', e.id, 'start')).json().status).toBe('in_progress');
    const handled = await act('yifengyuan.property', e.id, 'handle', { note: '已更换灯泡' });
    expect(handled.json().status).toBe('handled');
    const verified = await act('jinghua.grid1', e.id, 'verify', { note: '现场核查已亮' });
    expect(verified.json().status).toBe('closed');
    const rated = await act('yifengyuan.owner1', e.id, 'rate', { score: 5, comment: '很快' });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ rating: 5, status: 'closed' });
    expect(rated.json().timeline.map((l: { action: string }) => l.action)).toEqual([
      'report',
      'dispatch',
      'start',
      'handle',
      'verify',
      'rate',
    ]);
    expect((await act('yifengyuan.owner1', e.id, 'rate', { score: 1 })).statusCode).toBe(409);

    const stats = await as(
      t.app,
      s['jinghua.worker']!,
    )({
      method: 'GET',
      url: `/api/v1/stats/events?nodeId=${await idOf('怡枫园')}`,
    });
    expect(stats.statusCode, stats.body).toBe(200);
    expect(stats.json()).toMatchObject({
      total: 1,
      accepted: 1,
      closed: 1,
      handlingRate: 1,
      onTimeRate: 1,
      satisfactionRate: 1,
      reworkRate: 0,
      byCategory: [{ code: 'facility.light', count: 1 }],
    });
  });

  it("keeps 深业花园's property staff out of 怡枫园's events (404), and residents out of others' reports", async () => {
    const e = (
      await report('yifengyuan.owner1', {
        categoryCode: 'noise',
        description: '夜间噪音',
        nodeId: await idOf('怡枫园'),
      })
    ).json();
    const other = await as(t.app, s['shenye.property']!)({ method: 'GET', url: `/api/v1/events/${e.id}` });
    expect(other.statusCode).toBe(404);
    expect((await act('shenye.property', e.id, 'start')).statusCode).toBe(404);
    const list = await as(t.app, s['shenye.property']!)({ method: 'GET', url: '/api/v1/events' });
    expect(list.json().items.map((i: { id: number }) => i.id)).not.toContain(e.id);
    expect(
      (await as(t.app, s['fuzhong.worker']!)({ method: 'GET', url: `/api/v1/events/${e.id}` })).statusCode,
    ).toBe(404);
    expect((await as(t.app, s['admin']!)({ method: 'GET', url: `/api/v1/events/${e.id}` })).statusCode).toBe(
      404,
    );
  });

  it('an Idempotency-Key makes concurrent retries one event', async () => {
    const payload = { categoryCode: 'sanitation', description: '垃圾满溢', nodeId: await idOf('怡枫园') };
    const headers = { 'idempotency-key': 'retry-test-1' };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => report('yifengyuan.owner1', payload, headers)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((a) => a.json<{ id: number }>().id)).size).toBe(1);
    const n = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from event where description = '垃圾满溢'`,
    );
    expect(n.rows[0]?.n).toBe(1);
    const misuse = await report('yifengyuan.owner1', { ...payload, description: '另一件事' }, headers);
    expect(misuse.statusCode).toBe(409);
  });
});

describe('reports arriving together', () => {
  it('are written together, each once with its own timeline and statistics; a bad one fails alone', async () => {
    const total = async (q: ReturnType<typeof sql>) =>
      Number((await t.database.db.execute<{ n: number }>(q)).rows[0]?.n);
    const reportedBefore = await total(sql`select coalesce(sum(reported), 0)::int as n from event_rollup`);
    const places = [await idOf('怡枫园'), await idOf('景华新村'), await idOf('深业花园')];
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        report(i % 2 ? 'yifengyuan.owner1' : 'lianhua.street', {
          categoryCode: i % 3 ? 'sanitation' : 'facility.light',
          description: `同时上报 ${i}`,
          nodeId: i % 2 ? places[0] : places[i % 3],
          ...(i === 7 ? { attachmentIds: ['00000000-0000-4000-8000-000000000000'] } : {}),
        }),
      ),
    );
    const bad = answers[7]!;
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields[0].path).toBe('body.attachmentIds');
    const good = answers.filter((_, i) => i !== 7);
    expect(good.map((a) => a.statusCode)).toEqual(Array(23).fill(201));
    const ids = good.map((a) => a.json<{ id: number }>().id);
    expect(new Set(ids).size).toBe(23);
    for (const a of good) {
      const e = a.json<{ description: string; timeline: { action: string }[] }>();
      expect(e.timeline[0]?.action).toBe('report');
    }
    expect(await total(sql`select count(*)::int as n from event where description like '同时上报 %'`)).toBe(
      23,
    );
    // Written in fewer transactions than reports: the rows of one batch share their inserting transaction.
    expect(
      await total(
        sql`select count(distinct xmin::text)::int as n from event where description like '同时上报 %'`,
      ),
    ).toBeLessThan(23);
    expect(await total(sql`select coalesce(sum(reported), 0)::int as n from event_rollup`)).toBe(
      reportedBefore + 23,
    );
    expect(
      await total(
        sql`select count(*)::int as n from audit_log where action like 'event.report%' and entity_id = any(${sql.param(ids.map(String))}::text[])`,
      ),
    ).toBe(23);
    const auditor = await login(t.app, 'auditor');
    const verify = await as(t.app, auditor)({ method: 'GET', url: '/api/v1/audit/verify' });
    expect(verify.json().ok).toBe(true);
  });
});

describe('returns, rejections, escalation and reopening', () => {
  it('a returned event goes back to the dispatcher, who sends it to another party', async () => {
    const e = (
      await report('yifengyuan.owner1', {
        categoryCode: 'parking',
        description: '消防通道被占',
        nodeId: await idOf('怡枫园'),
      })
    ).json();
    expect(e.status).toBe('dispatched');
    const returned = await act('yifengyuan.property', e.id, 'return', { reason: '属于交通执法' });
    expect(returned.json()).toMatchObject({ status: 'reported', assignee: null, deadline: null });
    const parties = await as(
      t.app,
      s['jinghua.worker']!,
    )({ method: 'GET', url: `/api/v1/events/${e.id}/parties` });
    const street = parties.json().items.find((p: { kind: string }) => p.kind === 'street_department');
    expect(street.name).toContain('莲花街道');
    expect((await act('jinghua.worker', e.id, 'dispatch', { partyId: 'community:999999' })).statusCode).toBe(
      400,
    );
    const sent = await act('jinghua.worker', e.id, 'dispatch', { partyId: street.partyId });
    expect(sent.json()).toMatchObject({ status: 'dispatched', level: 'street' });
    expect((await act('lianhua.street', e.id, 'start')).json().status).toBe('in_progress');
  });

  it('a dispatcher rejects a duplicate with a reason; the reporter may cancel only while it is reported', async () => {
    const e = (
      await report('yifengyuan.owner1', {
        categoryCode: 'pets',
        description: '狗吠',
        nodeId: await idOf('怡枫园'),
      })
    ).json();
    expect(e.status).toBe('reported');
    expect((await act('jinghua.worker', e.id, 'reject', { reason: 'nonsense' })).statusCode).toBe(400);
    expect((await act('yifengyuan.property', e.id, 'reject', { reason: 'duplicate' })).statusCode).toBe(403);
    const rejected = await act('jinghua.worker', e.id, 'reject', { reason: 'duplicate', note: '同 #1' });
    expect(rejected.json().status).toBe('rejected');
    expect((await act('yifengyuan.owner1', e.id, 'cancel')).json().code).toBe('invalid_transition');
    const other = (
      await report('yifengyuan.owner1', {
        categoryCode: 'pets',
        description: '猫',
        nodeId: await idOf('怡枫园'),
      })
    ).json();
    expect((await act('yifengyuan.owner1', other.id, 'cancel')).json().status).toBe('cancelled');
  });

  it('the job escalates an event overdue by the street policy, once per level, and tells the new party', async () => {
    const e = (
      await report('yifengyuan.owner1', {
        categoryCode: 'facility.facade',
        description: '外墙瓷砖掉落',
        nodeId: await idOf('怡枫园'),
      })
    ).json();
    await t.database.db.execute(
      sql`update event set deadline = now() - interval '25 hours' where id = ${e.id}`,
    );
    const { eventsModule } = await import('./module');
    const m = eventsModule(
      t.database.db,
      t.database.pool,
      { timeZone: 'Asia/Shanghai', dataDir: '/tmp' },
      () => undefined,
    );
    expect(await m.events.escalateOverdue(new Date())).toBe(1);
    expect(await m.events.escalateOverdue(new Date())).toBe(0);
    const after = (
      await as(t.app, s['jinghua.worker']!)({ method: 'GET', url: `/api/v1/events/${e.id}` })
    ).json();
    expect(after).toMatchObject({ status: 'dispatched', level: 'community', escalations: 1 });
    expect(after.assignee).toMatchObject({ kind: 'community', name: '景华社区' });
    expect(new Date(after.deadline).getTime()).toBeGreaterThan(Date.now());
    const inbox = (
      await as(t.app, s['jinghua.worker']!)({ method: 'GET', url: '/api/v1/events/inbox' })
    ).json();
    expect(
      inbox.items.some((i: { eventId: number; kind: string }) => i.eventId === e.id && i.kind === 'escalate'),
    ).toBe(true);
    await m.bus.close();
  });

  it('a low rating reopens the event to the same party once, and rework counts', async () => {
    const e = (
      await report('yifengyuan.owner1', {
        categoryCode: 'facility.light',
        description: '路灯不亮',
        nodeId: await idOf('怡枫园'),
      })
    ).json();
    await act('yifengyuan.property', e.id, 'start');
    await act('yifengyuan.property', e.id, 'handle', { note: '修好了' });
    const rework = await act('jinghua.grid1', e.id, 'rework', { reason: '还是不亮' });
    expect(rework.json()).toMatchObject({ status: 'in_progress', reworkCount: 1 });
    await act('yifengyuan.property', e.id, 'handle', { note: '换了线路' });
    await act('jinghua.grid1', e.id, 'verify');
    expect((await act('yifengyuan.owner1', e.id, 'reopen')).json().code).toBe('invalid_transition');
    await act('yifengyuan.owner1', e.id, 'rate', { score: 2 });
    const reopened = await act('yifengyuan.owner1', e.id, 'reopen', { reason: '晚上又灭了' });
    expect(reopened.json()).toMatchObject({ status: 'dispatched', rating: null });
    expect(reopened.json().assignee.kind).toBe('property_company');
    await act('yifengyuan.property', e.id, 'start');
    await act('yifengyuan.property', e.id, 'handle', { note: '更换灯具' });
    await act('jinghua.grid1', e.id, 'verify');
    await act('yifengyuan.owner1', e.id, 'rate', { score: 1 });
    expect((await act('yifengyuan.owner1', e.id, 'reopen')).json().code).toBe('invalid_transition');
  });
});

describe('open events (党员接单)', () => {
  it('a party member of the compound takes a request for help; others may not', async () => {
    const member = await as(
      t.app,
      s['jinghua.worker']!,
    )({
      method: 'POST',
      url: '/api/v1/registry/people',
      payload: { communityId: await idOf('景华社区'), name: '苏大姐', partyMember: true },
    });
    expect(member.statusCode, member.body).toBe(201);
    // The account-to-person link is made by binding a house (registry issue); here it is set directly.
    await t.database.db.execute(
      sql`update person set account_id = ${s['yifengyuan.owner1']!.user.id} where id = ${member.json().id}`,
    );
    const e = (
      await report('jinghua.worker', {
        categoryCode: 'service.elderly',
        description: '独居老人需要买菜',
        nodeId: await idOf('怡枫园'),
      })
    ).json();
    expect(e).toMatchObject({ status: 'dispatched' });
    const seen = await as(t.app, s['yifengyuan.owner1']!)({ method: 'GET', url: `/api/v1/events/${e.id}` });
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().actions).toContain('take');
    const taken = await act('yifengyuan.owner1', e.id, 'take', { note: '我下班后去' });
    expect(taken.json()).toMatchObject({
      status: 'in_progress',
      assignee: { kind: 'volunteer', name: '苏大姐' },
    });
    expect(taken.json().actions).toEqual(expect.arrayContaining(['handle', 'return', 'escalate']));
    // Not open any more: the party branch's other members no longer see an offer to take it.
    expect((await act('yifengyuan.owner1', e.id, 'take')).json().code).toBe('invalid_transition');
    const fuzhong = await as(t.app, s['fuzhong.worker']!)({ method: 'GET', url: `/api/v1/events/${e.id}` });
    expect(fuzhong.statusCode).toBe(404);
  });
});

describe('photos', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const upload = (who: string, body: Buffer, name: string) => {
    const boundary = '----linli';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      body,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return as(
      t.app,
      s[who]!,
    )({
      method: 'POST',
      url: '/api/v1/events/attachments',
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  };

  it('takes an image by its content, attaches it to a report and serves it only to those who see the event', async () => {
    const fake = await upload('yifengyuan.owner1', Buffer.from('<svg onload=alert(1)>'), 'light.png');
    expect(fake.statusCode).toBe(415);
    const up = await upload('yifengyuan.owner1', png, 'light.png');
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ mime: 'image/png', size: png.length });
    const stolen = await report('jinghua.worker', {
      categoryCode: 'sanitation',
      description: 'x',
      nodeId: await idOf('怡枫园'),
      attachmentIds: [up.json().id],
    });
    expect(stolen.statusCode).toBe(400);
    const e = (
      await report('yifengyuan.owner1', {
        categoryCode: 'sanitation',
        description: '楼道堆物',
        nodeId: await idOf('怡枫园'),
        attachmentIds: [up.json().id],
      })
    ).json();
    expect(e.attachments).toHaveLength(1);
    const img = await as(t.app, s['yifengyuan.property']!)({ method: 'GET', url: e.attachments[0].url });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.rawPayload.equals(png)).toBe(true);
    expect(
      (await as(t.app, s['shenye.property']!)({ method: 'GET', url: e.attachments[0].url })).statusCode,
    ).toBe(404);
  });
});

describe('ledger and my grid', () => {
  it('exports the visible events as an xlsx ledger with the list filters', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const res = await as(
      t.app,
      s['jinghua.worker']!,
    )({
      method: 'GET',
      url: `/api/v1/events/export.xlsx?nodeId=${await idOf('怡枫园')}&categoryCode=facility`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]).toContain('责任方');
    const categories = rows.slice(1).map((r) => r[2]);
    expect(categories.length).toBeGreaterThan(1);
    expect(new Set(categories)).toEqual(new Set(['照明损坏', '外墙脱落']));
    const outside = await as(
      t.app,
      s['fuzhong.worker']!,
    )({
      method: 'GET',
      url: `/api/v1/events/export.xlsx?nodeId=${await idOf('怡枫园')}`,
    });
    expect(outside.statusCode).toBe(404);
  });

  it("shows a resident their compound's grid, workers and supervision phone", async () => {
    const res = await as(t.app, s['yifengyuan.owner1']!)({ method: 'GET', url: '/api/v1/me/grid' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().compound.name).toBe('怡枫园');
    expect(res.json().grids.length).toBeGreaterThan(0);
    const workers = res
      .json()
      .grids.flatMap((g: { workers: { name: string }[] }) => g.workers.map((w) => w.name));
    expect(workers).toContain('景华社区 张网格员');
    expect(res.json().grids[0].contactPhone).toMatch(/^0755-8399\d{4}$/);
    expect(res.json().grids[0].supervisionPhone).toBe('0755-83000000');
  });
});

describe("a street's own rules", () => {
  it('street staff set the calendar and a dispatch rule; a community worker does not even see the street', async () => {
    const street = await idOf('莲花街道');
    const put = (who: string, url: string, payload: unknown) =>
      as(t.app, s[who]!)({ method: 'PUT', url, payload: payload as object });
    const bad = await put('lianhua.street', `/api/v1/events/policy?streetId=${street}`, {
      holidays: ['2026-02-30'],
      workdays: [],
      escalateAfterHours: 12,
    });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.body).toContain('holidays');
    const ok = await put('lianhua.street', `/api/v1/events/policy?streetId=${street}`, {
      holidays: ['2026-10-01'],
      workdays: [],
      escalateAfterHours: 12,
    });
    expect(ok.json()).toMatchObject({ streetId: street, escalateAfterHours: 12, holidays: ['2026-10-01'] });
    const rule = { responsibleParty: 'property_company', startLevel: 'compound', autoDispatch: true };
    expect(
      (await put('jinghua.worker', `/api/v1/events/dispatch-rules/pets?streetId=${street}`, rule)).statusCode,
    ).toBe(404);
    expect(
      (await put('lianhua.street', `/api/v1/events/dispatch-rules/pets?streetId=${street}`, rule)).statusCode,
    ).toBe(200);
    const e = (
      await report('yifengyuan.owner1', {
        categoryCode: 'pets',
        description: '遛狗不牵绳',
        nodeId: await idOf('怡枫园'),
      })
    ).json();
    expect(e).toMatchObject({ status: 'dispatched', assignee: { kind: 'property_company' } });
    expect(
      (await put('lianhua.street', `/api/v1/events/dispatch-rules/pets?streetId=${street}`, null)).statusCode,
    ).toBe(200);
  });
});

describe('the board by grid (一张网格管全域)', () => {
  it("lists the events of one grid's compounds, and no grid of another community", async () => {
    const [{ gridId }] = (
      await t.database.db.execute<{ gridId: number }>(sql`
        select gc.grid_id as "gridId" from grid_compound gc join place p on p.community_id = gc.community_id and p.id = gc.compound_id
        where p.name = '怡枫园'`)
    ).rows as [{ gridId: number }];
    const list = await as(
      t.app,
      s['jinghua.worker']!,
    )({ method: 'GET', url: `/api/v1/events?gridId=${gridId}&limit=200` });
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as { placeName: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.placeName.startsWith('怡枫园'))).toBe(true);
    const other = await as(
      t.app,
      s['fuzhong.worker']!,
    )({ method: 'GET', url: `/api/v1/events?gridId=${gridId}` });
    expect(other.statusCode).toBe(404);
  });
});
