import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { apiAs, login, type Session } from '../../../test/session';

const t = useTestApp();
const s: Record<string, Session> = {};
let jinghua: number;
let yifengyuan: number;
let owner1Person: number;

const { call, ok } = apiAs(() => t.app, s);
const idOf = async (name: string) =>
  Number(
    (
      await t.database.db.execute<{ id: number }>(
        sql`select id from place where name = ${name} union all select id from org_node where name = ${name}`,
      )
    ).rows[0]!.id,
  );

const buildingOf = async (compoundId: number) =>
  Number(
    (
      await t.database.db.execute<{ id: number }>(
        sql`select id from place where parent_id = ${compoundId} limit 1`,
      )
    ).rows[0]!.id,
  );

/** The database's own message for a refused statement (drizzle wraps it). */
const refusal = (q: Promise<unknown>) =>
  q.then(
    () => 'accepted',
    (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
  );

const newPerson = async (name: string, partyMember = false) =>
  (
    await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/registry/people', { communityId: jinghua, name, partyMember }),
      201,
    )
  ).id;

const hour = 3_600_000;
const activity = (over: Record<string, unknown> = {}) =>
  ok<{ id: number; actions: string[]; signedUp: number }>(
    call('jinghua.worker', 'POST', '/volunteers/activities', {
      nodeId: yifengyuan,
      kind: 'environment',
      title: '楼道清洁',
      place: '怡枫园 1栋',
      startsAt: new Date(Date.now() - 2 * hour).toISOString(),
      endsAt: new Date(Date.now() + hour).toISOString(),
      capacity: 30,
      ...over,
    }),
    201,
  );

/** Checked in two hours ago (written straight to the row, as if the organiser had) and checked out now. */
async function serveTwoHours(activityId: number, personId: number) {
  const signup = await ok<{ id: number }>(
    call('jinghua.worker', 'POST', `/volunteers/activities/${activityId}/signups`, { personId }),
    201,
  );
  await ok(
    call('jinghua.worker', 'POST', `/volunteers/activities/${activityId}/signups/${signup.id}/check-in`),
  );
  await t.database.db.execute(
    sql`update volunteer_signup set checked_in_at = now() - interval '2 hours' where id = ${signup.id}`,
  );
  return ok<{ minutes: number; points: number }>(
    call('jinghua.worker', 'POST', `/volunteers/activities/${activityId}/signups/${signup.id}/check-out`),
  );
}

beforeAll(async () => {
  for (const u of [
    'jinghua.worker',
    'jinghua.grid1',
    'fuzhong.worker',
    'lianhua.street',
    'yifengyuan.owner1',
    'yifengyuan.property',
  ])
    s[u] = await login(t.app, u);
  jinghua = await idOf('景华社区');
  yifengyuan = await idOf('怡枫园');
  owner1Person = await newPerson('苏大姐', true);
  // The account-to-person link is made by binding a house (registry issue); here it is set directly.
  await t.database.db.execute(
    sql`update person set account_id = ${s['yifengyuan.owner1']!.user.id} where id = ${owner1Person}`,
  );
});

describe('teams', () => {
  it('creates teams at compound, community and street level, with members', async () => {
    const compound = await ok<{ id: number; level: string }>(
      call('jinghua.worker', 'POST', '/volunteers/teams', { nodeId: yifengyuan, name: '怡枫园志愿服务队' }),
      201,
    );
    expect(compound.level).toBe('compound');
    const street = await ok<{ level: string; communityId: number }>(
      call('lianhua.street', 'POST', '/volunteers/teams', {
        nodeId: await idOf('莲花街道'),
        communityId: jinghua,
        name: '莲花街道党员先锋队',
      }),
      201,
    );
    expect(street).toMatchObject({ level: 'street', communityId: jinghua });
    const bad = await call('lianhua.street', 'POST', '/volunteers/teams', {
      nodeId: await idOf('莲花街道'),
      name: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields[0].path).toBe('body.communityId');
    const m = await ok(
      call('jinghua.worker', 'POST', `/volunteers/teams/${compound.id}/members`, {
        personId: owner1Person,
        role: 'leader',
      }),
      201,
    );
    expect(m).toMatchObject({ personId: owner1Person, name: '苏大姐', role: 'leader' });
    const members = await ok<{ items: unknown[] }>(
      call('jinghua.worker', 'GET', `/volunteers/teams/${compound.id}/members`),
    );
    expect(members.items).toHaveLength(1);
    expect(
      (await ok<{ members: number }>(call('jinghua.worker', 'GET', `/volunteers/teams/${compound.id}`)))
        .members,
    ).toBe(1);
    // Out of scope: another community's worker does not see it at all.
    expect((await call('fuzhong.worker', 'GET', `/volunteers/teams/${compound.id}`)).statusCode).toBe(404);
    // Property staff read but do not organise.
    expect(
      (await call('yifengyuan.property', 'POST', '/volunteers/teams', { nodeId: yifengyuan, name: 'x' }))
        .statusCode,
    ).toBe(403);
  });
});

describe('activities', () => {
  it('refuses bad input with the field and creates nothing', async () => {
    const count = async () =>
      Number(
        (await t.database.db.execute<{ n: string }>(sql`select count(*) as n from volunteer_activity`))
          .rows[0]!.n,
      );
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ capacity: 0 }, 'body.capacity'],
      [{ title: '' }, 'body.title'],
      [{ kind: 'party' }, 'body.kind'],
      [{ endsAt: new Date(Date.now() - 3 * hour).toISOString() }, 'body.endsAt'],
      [{ nodeId: await buildingOf(yifengyuan) }, 'body.nodeId'],
    ];
    for (const [over, field] of cases) {
      const res = await call('jinghua.worker', 'POST', '/volunteers/activities', {
        nodeId: yifengyuan,
        kind: 'environment',
        title: 't',
        place: 'p',
        startsAt: new Date().toISOString(),
        endsAt: new Date(Date.now() + hour).toISOString(),
        capacity: 5,
        ...over,
      });
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.json().details.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
    expect(await count()).toBe(before);
  });

  it('holds the capacity under concurrent sign-ups', async () => {
    const a = await activity({ capacity: 5 });
    const people = await Promise.all(Array.from({ length: 16 }, (_, i) => newPerson(`志愿者${i}`)));
    const results = await Promise.all(
      people.map((personId) =>
        call('jinghua.worker', 'POST', `/volunteers/activities/${a.id}/signups`, { personId }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(5);
    expect(codes.filter((c) => c === 409)).toHaveLength(11);
    expect(results.find((r) => r.statusCode === 409)!.json().message).toMatch(/full/);
    const rows = await t.database.db.execute<{ signed: number; n: number }>(sql`
      select a.signed_up as signed, (select count(*)::int from volunteer_signup s where s.activity_id = a.id and s.cancelled_at is null) as n
        from volunteer_activity a where a.id = ${a.id}`);
    expect(rows.rows[0]).toEqual({ signed: 5, n: 5 });
    // The database itself refuses a count past the capacity.
    await expect(
      t.database.db.execute(sql`update volunteer_activity set signed_up = capacity + 1 where id = ${a.id}`),
    ).rejects.toThrow();
  });

  it('finds activities by part of their title (the self-organisations link picker)', async () => {
    const a = await activity({ title: '太极拳晨练（检索）' });
    await activity({ title: '象棋比赛（检索）' });
    const found = await ok<{ items: { id: number }[] }>(
      call('jinghua.worker', 'GET', `/volunteers/activities?q=${encodeURIComponent('太极拳')}`),
    );
    expect(found.items.map((i) => i.id)).toEqual([a.id]);
    expect((await call('jinghua.worker', 'GET', '/volunteers/activities?q=%20')).statusCode).toBe(400);
  });

  it('lets a resident sign up, check in and out with the organiser code, and earn points', async () => {
    const a = await activity({ kind: 'elderly_care', title: '探访独居老人' });
    const near = await ok<{ items: { id: number; actions: string[] }[] }>(
      call('yifengyuan.owner1', 'GET', '/volunteers/activities?when=upcoming'),
    );
    expect(near.items.find((i) => i.id === a.id)?.actions).toContain('sign_up');
    await ok(call('yifengyuan.owner1', 'POST', `/volunteers/activities/${a.id}/signups`, {}), 201);
    expect(
      (await call('yifengyuan.owner1', 'POST', `/volunteers/activities/${a.id}/signups`, {})).statusCode,
    ).toBe(409);
    // Residents never see the roster or the code.
    expect(
      (await call('yifengyuan.owner1', 'GET', `/volunteers/activities/${a.id}/signups`)).statusCode,
    ).toBe(403);
    expect(
      (await call('yifengyuan.owner1', 'GET', `/volunteers/activities/${a.id}/code?action=in`)).statusCode,
    ).toBe(403);
    const code = await ok<{ code: string; expiresAt: string }>(
      call('jinghua.worker', 'GET', `/volunteers/activities/${a.id}/code?action=in`),
    );
    expect(code.code).toMatch(/^\d{6}$/);
    const wrong = await call('yifengyuan.owner1', 'POST', '/volunteers/check', {
      activityId: a.id,
      action: 'in',
      code: code.code === '000000' ? '000001' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details.fields[0].path).toBe('body.code');
    const inside = await ok(
      call('yifengyuan.owner1', 'POST', '/volunteers/check', {
        activityId: a.id,
        action: 'in',
        code: code.code,
      }),
    );
    expect(inside).toMatchObject({ checkedInBy: 'code', checkedOutAt: null });
    await t.database.db.execute(
      sql`update volunteer_signup set checked_in_at = now() - interval '90 minutes' where id = ${inside.id as number}`,
    );
    const out = await ok<{ code: string }>(
      call('jinghua.worker', 'GET', `/volunteers/activities/${a.id}/code?action=out`),
    );
    const done = await ok(
      call('yifengyuan.owner1', 'POST', '/volunteers/check', {
        activityId: a.id,
        action: 'out',
        code: out.code,
      }),
    );
    // 90 minutes of elderly care at the default 12 an hour.
    expect(done).toMatchObject({ checkedOutBy: 'code', minutes: 90, hours: 1.5, points: 18 });
    const mine = await ok<{ hours: number; personTimes: number }>(
      call('yifengyuan.owner1', 'GET', '/volunteers/me'),
    );
    expect(mine).toMatchObject({ hours: 1.5, personTimes: 1 });
    const book = await ok<{ passbooks: { balance: number }[]; items: { kind: string; causeId: number }[] }>(
      call('yifengyuan.owner1', 'GET', '/points/me'),
    );
    expect(book.passbooks[0]!.balance).toBe(18);
    expect(book.items[0]).toMatchObject({ kind: 'service', causeId: inside.id });
    // Checking out twice pays nothing more.
    expect(
      (
        await call('yifengyuan.owner1', 'POST', '/volunteers/check', {
          activityId: a.id,
          action: 'out',
          code: out.code,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('counts hours and person-times by person, team and scope', async () => {
    const team = await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/volunteers/teams', { nodeId: yifengyuan, name: '统计队' }),
      201,
    );
    const a = await activity({ teamId: team.id, title: '统计活动' });
    const p1 = await newPerson('统计甲');
    const p2 = await newPerson('统计乙');
    await serveTwoHours(a.id, p1);
    await serveTwoHours(a.id, p2);
    const byTeam = await ok<{ items: { id: number; personTimes: number; hours: number; name: string }[] }>(
      call('jinghua.worker', 'GET', '/volunteers/stats?by=team'),
    );
    expect(byTeam.items.find((i) => i.id === team.id)).toMatchObject({
      name: '统计队',
      personTimes: 2,
      hours: 4,
    });
    const byPerson = await ok<{ items: { id: number; hours: number }[] }>(
      call('jinghua.worker', 'GET', '/volunteers/stats?by=person'),
    );
    expect(byPerson.items.find((i) => i.id === p1)?.hours).toBe(2);
    const byScope = await ok<{ items: { id: number; name: string }[]; total: { personTimes: number } }>(
      call('lianhua.street', 'GET', `/volunteers/stats?by=scope&nodeId=${await idOf('莲花街道')}`),
    );
    expect(byScope.items.map((i) => i.name)).toContain('景华社区');
    expect(byScope.total.personTimes).toBeGreaterThanOrEqual(3);
    expect(
      (await ok<{ items: unknown[] }>(call('fuzhong.worker', 'GET', '/volunteers/stats?by=person'))).items,
    ).toEqual([]);
  });
});

describe('the points ledger', () => {
  it('refuses UPDATE and DELETE in the database', async () => {
    const a = await activity({ title: '账本测试' });
    await serveTwoHours(a.id, await newPerson('账本甲'));
    expect(await refusal(t.database.db.execute(sql`update points_entry set points = 999`))).toMatch(
      /append-only/,
    );
    expect(await refusal(t.database.db.execute(sql`delete from points_entry`))).toMatch(/append-only/);
    expect(await refusal(t.database.db.execute(sql`truncate points_entry cascade`))).toMatch(/append-only/);
    // The balance never goes negative, even written by hand.
    expect(await refusal(t.database.db.execute(sql`update points_account set balance = -1`))).toMatch(
      /points_account_balance_check/,
    );
  });

  it('never goes negative under concurrent redemptions, and keeps every entry', async () => {
    const a = await activity({ title: '兑换测试' });
    const p = await newPerson('兑换甲');
    expect((await serveTwoHours(a.id, p)).points).toBe(20);
    const reward = await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/points/rewards', {
        nodeId: yifengyuan,
        name: '环保袋',
        cost: 6,
        stock: 100,
      }),
      201,
    );
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        call('jinghua.worker', 'POST', `/points/rewards/${reward.id}/redeem`, { personId: p }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(3);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(5);
    const book = await ok<{ balance: number }>(call('jinghua.worker', 'GET', `/points/passbooks/${p}`));
    expect(book.balance).toBe(2);
    const entries = await ok<{ items: { points: number; balanceAfter: number; kind: string }[] }>(
      call('jinghua.worker', 'GET', `/points/passbooks/${p}/entries`),
    );
    expect(entries.items.map((e) => e.points)).toEqual([-6, -6, -6, 20]);
    expect(entries.items.map((e) => e.balanceAfter)).toEqual([2, 8, 14, 20]);
    const stock = await t.database.db.execute<{ stock: number }>(
      sql`select stock from points_reward where id = ${reward.id}`,
    );
    expect(stock.rows[0]!.stock).toBe(97);
    // The month's statement and its xlsx.
    const month = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
    }).format(new Date());
    const st = await ok(call('jinghua.worker', 'GET', `/points/passbooks/${p}/statement?month=${month}`));
    expect(st).toMatchObject({ opening: 0, earned: 20, spent: 18, closing: 2 });
    const file = await call('jinghua.worker', 'GET', `/points/passbooks/${p}/statement.xlsx?month=${month}`);
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getCell('B3').value).toBe(18);
    expect(
      (await call('jinghua.worker', 'GET', `/points/passbooks/${p}/statement?month=2026-13`)).statusCode,
    ).toBe(400);
    expect((await call('fuzhong.worker', 'GET', `/points/passbooks/${p}`)).statusCode).toBe(404);
    // Staff deliver what was redeemed.
    const list = await ok<{ items: { id: number; actions: string[] }[] }>(
      call('jinghua.worker', 'GET', `/points/redemptions?communityId=${jinghua}&status=requested`),
    );
    expect(list.items[0]!.actions).toEqual(['deliver']);
    expect(
      await ok(call('jinghua.worker', 'POST', `/points/redemptions/${list.items[0]!.id}/deliver`)),
    ).toMatchObject({ status: 'delivered' });
  });

  it('pays the open-event points when an event the resident took is closed, once', async () => {
    const e = await ok<{ id: number; status: string }>(
      call('jinghua.worker', 'POST', '/events', {
        categoryCode: 'service.elderly',
        description: '独居老人需要买菜',
        nodeId: yifengyuan,
      }),
      201,
    );
    expect(e.status).toBe('dispatched');
    const act = (who: string, action: string, payload: object = {}) =>
      ok(call(who, 'POST', `/events/${e.id}/actions/${action}`, payload));
    const before = (
      await ok<{ passbooks: { balance: number }[] }>(call('yifengyuan.owner1', 'GET', '/points/me'))
    ).passbooks[0]!.balance;
    await act('yifengyuan.owner1', 'take', { note: '我去' });
    await act('yifengyuan.owner1', 'handle', { note: '已买好' });
    const rows = async () =>
      (
        await t.database.db.execute<{ points: number }>(
          sql`select points from points_entry where kind = 'open_event' and cause_id = ${e.id}`,
        )
      ).rows;
    expect(await rows()).toEqual([]);
    await act('jinghua.grid1', 'verify');
    expect(await rows()).toEqual([{ points: 20 }]);
    const book = await ok<{ passbooks: { balance: number }[]; items: { kind: string; causeId: number }[] }>(
      call('yifengyuan.owner1', 'GET', '/points/me'),
    );
    expect(book.passbooks[0]!.balance).toBe(before + 20);
    expect(book.items[0]).toMatchObject({ kind: 'open_event', causeId: e.id });
  });

  it('uses the community rules and lets only organisers change them', async () => {
    const r = await ok<{ rules: Record<string, number>; actions: string[] }>(
      call('jinghua.worker', 'GET', `/points/rules?communityId=${jinghua}`),
    );
    expect(r).toMatchObject({ rules: { environment: 10, open_event: 20 }, actions: ['update'] });
    const set = await ok<{ rules: Record<string, number>; custom: string[] }>(
      call('jinghua.worker', 'PUT', '/points/rules', { communityId: jinghua, rules: { culture: 15 } }),
    );
    expect(set).toMatchObject({ rules: { culture: 15 }, custom: ['culture'] });
    const bad = await call('jinghua.worker', 'PUT', '/points/rules', {
      communityId: jinghua,
      rules: { culture: -1 },
    });
    expect(bad.statusCode).toBe(400);
    expect((await call('fuzhong.worker', 'GET', `/points/rules?communityId=${jinghua}`)).statusCode).toBe(
      404,
    );
  });
});

describe("party members' service (党员服务)", () => {
  it('shows a checked-in party member the open requests and activities of the compound, and their months', async () => {
    s['shizheng.owner1'] = await login(t.app, 'shizheng.owner1');
    const a = await activity({
      title: '双报到服务日',
      startsAt: new Date(Date.now() + hour).toISOString(),
      endsAt: new Date(Date.now() + 3 * hour).toISOString(),
    });
    // Lives in 狮岭社区; not yet checked in to 怡枫园, so its activity does not exist for them.
    expect((await call('shizheng.owner1', 'GET', `/volunteers/activities/${a.id}`)).statusCode).toBe(404);
    expect(await ok(call('shizheng.owner1', 'GET', '/volunteers/party-service'))).toMatchObject({
      compounds: [],
    });
    const member = await newPerson('钱党员', true);
    await t.database.db.execute(
      sql`update person set account_id = ${s['shizheng.owner1'].user.id} where id = ${member}`,
    );
    await t.database.db
      .execute(sql`insert into party_checkin (community_id, person_id, compound_id, work_unit, checked_in_on)
      values (${jinghua}, ${member}, ${yifengyuan}, '福田区住建局', current_date)`);
    const e = await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/events', {
        categoryCode: 'service.elderly',
        description: '帮老人取药',
        nodeId: yifengyuan,
      }),
      201,
    );
    const served = await ok<{
      compounds: { name: string }[];
      openRequests: { id: number }[];
      activities: { id: number; actions: string[] }[];
    }>(call('shizheng.owner1', 'GET', '/volunteers/party-service'));
    expect(served.compounds.map((c) => c.name)).toEqual(['怡枫园']);
    expect(served.openRequests.map((r) => r.id)).toContain(e.id);
    expect(served.activities.find((x) => x.id === a.id)?.actions).toContain('sign_up');
    await ok(call('shizheng.owner1', 'POST', `/volunteers/activities/${a.id}/signups`, {}), 201);
    // The month's record: owner1 (a party member living in 怡枫园) served 90 minutes and closed one request above.
    const mine = await ok<{ months: { hours: number; personTimes: number; requests: number }[] }>(
      call('yifengyuan.owner1', 'GET', '/volunteers/party-service'),
    );
    expect(mine.months[0]).toMatchObject({ hours: 1.5, personTimes: 1, requests: 1 });
  });
});
