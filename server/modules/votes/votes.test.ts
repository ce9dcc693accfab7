import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';
import { codeInbox, sixHouses, type SixHouses } from '../../../test/six-houses';
import { LogNotifier } from '../../notify/notifier';
import { closeDueVotes } from './close-due-votes';

const codes = codeInbox();
const t = useTestApp(new LogNotifier(codes.log));
let f: SixHouses;
let street: Session;
let fuzhong: Session;
let property: Session;

beforeAll(async () => {
  f = await sixHouses(t.app, t.database, codes, '表决楼');
  street = await login(t.app, 'lianhua.street');
  fuzhong = await login(t.app, 'fuzhong.worker');
  property = await login(t.app, 'yifengyuan.property');
});

const post = (s: Session, url: string, payload?: unknown) =>
  as(t.app, s)({ method: 'POST', url: `/api/v1${url}`, payload: payload ?? {} });
const get = (s: Session, url: string) => as(t.app, s)({ method: 'GET', url: `/api/v1${url}` });

async function openVote(body: Record<string, unknown>) {
  const created = await post(f.worker, '/votes', { nodeId: f.unitId, title: '测试表决', ...body });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as number;
  const opened = await post(f.worker, `/votes/${id}/open`);
  expect(opened.statusCode, opened.body).toBe(200);
  return { id, created: created.json(), opened: opened.json() };
}

const ballot = (s: Session, id: number, house: keyof SixHouses['houses'], choice: string, more = {}) =>
  post(s, `/votes/${id}/ballots`, { houseId: f.houses[house], choice, channel: 'online', ...more });
const paper = (id: number, house: keyof SixHouses['houses'], choice: string, more = {}) =>
  ballot(f.worker, id, house, choice, { channel: 'paper', ...more });
const result = async (id: number) =>
  (await get(f.worker, `/votes/${id}/result`)).json<Record<string, unknown>>();

describe('creating a vote', () => {
  it('answers the contract: 201, a draft, and the rule its matter fixes', async () => {
    for (const [matter, rule] of [
      [1, 'majority'],
      [3, 'majority'],
      [6, 'three_quarters'],
      [7, 'three_quarters'],
      [8, 'three_quarters'],
      [9, 'majority'],
    ] as const) {
      const res = await post(f.worker, '/votes', { nodeId: f.unitId, matter, title: `事项${matter}` });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ status: 'draft', rule, matter, electorate: null });
      expect(typeof res.json().id).toBe('number');
    }
  });

  it('refuses bad input with a 400 naming the field, and creates nothing', async () => {
    const count = async () =>
      Number((await t.database.db.execute<{ n: string }>(sql`select count(*) as n from vote`)).rows[0]!.n);
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ nodeId: f.unitId, matter: 10, title: 'x' }, 'body.matter'],
      [{ nodeId: f.unitId, matter: 0, title: 'x' }, 'body.matter'],
      [{ nodeId: f.unitId, matter: 7, title: '' }, 'body.title'],
      [{ nodeId: f.unitId, matter: 7 }, 'body.title'],
      [{ nodeId: f.communityId, matter: 7, title: 'x' }, 'body.nodeId'],
      [
        {
          nodeId: f.unitId,
          matter: 7,
          title: 'x',
          opensAt: '2030-01-02T00:00:00Z',
          closesAt: '2030-01-01T00:00:00Z',
        },
        'body.closesAt',
      ],
      [{ nodeId: f.unitId, matter: 7, title: 'x', extra: true }, 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await post(f.worker, '/votes', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().details.fields.map((x: { path: string }) => x.path)).toContain(field);
    }
    expect(await count()).toBe(before);
  });

  it('is for those who run votes: property staff may not (403), another community cannot see the node (404)', async () => {
    expect((await post(property, '/votes', { nodeId: f.unitId, matter: 7, title: 'x' })).statusCode).toBe(
      403,
    );
    expect((await post(fuzhong, '/votes', { nodeId: f.unitId, matter: 7, title: 'x' })).statusCode).toBe(404);
    expect((await post(street, '/votes', { nodeId: f.unitId, matter: 7, title: 'x' })).statusCode).toBe(201);
  });
});

describe('opening freezes the electorate', () => {
  it('counts every house with its area and the owners by the developer and multi-unit rules', async () => {
    const { id, opened } = await openVote({ matter: 7 });
    // 80 + 90.5 + 100.25 + 60 + 70 + 99.25; owners A (101, 201), B+C (102), the developer (202, 301), D (302).
    expect(opened.electorate).toEqual({ totalArea: 500, totalOwners: 4 });
    expect(opened.status).toBe('open');
    const electorate = (await get(f.worker, `/votes/${id}/electorate?limit=200`)).json();
    expect(electorate.items).toHaveLength(6);
    const byHouse = new Map(electorate.items.map((e: { houseId: number }) => [e.houseId, e]));
    expect(byHouse.get(f.houses['102'])).toMatchObject({
      area: 90.5,
      areaSource: 'surveyed',
      ownerNames: ['李*红', '李*刚'],
      developerHeld: false,
      ballot: null,
    });
    expect(byHouse.get(f.houses['202'])).toMatchObject({ developerHeld: true, ownerNames: [] });
    const found = (await get(f.worker, `/votes/${id}/electorate?number=201`)).json();
    expect(found.items.map((e: { houseId: number }) => e.houseId)).toEqual([f.houses['201']]);
  });

  it('keeps the frozen figures when the registry changes after opening', async () => {
    const { id } = await openVote({ matter: 3 });
    const patched = await as(
      t.app,
      f.worker,
    )({
      method: 'PATCH',
      url: `/api/v1/registry/houses/${f.houses['302']}`,
      payload: { area: 199.25 },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const added = await post(f.worker, '/registry/houses', {
      placeId: f.unitId,
      number: '401',
      floor: 4,
      area: 50,
      areaSource: 'contract',
    });
    expect(added.statusCode).toBe(201);
    try {
      expect((await result(id)).totalArea).toBe(500);
      const late = await post(f.worker, `/votes/${id}/ballots`, {
        houseId: added.json().id,
        choice: 'agree',
        channel: 'paper',
      });
      expect(late.statusCode).toBe(400);
      expect(late.json().details.fields[0].path).toBe('body.houseId');
    } finally {
      await as(
        t.app,
        f.worker,
      )({
        method: 'PATCH',
        url: `/api/v1/registry/houses/${f.houses['302']}`,
        payload: { area: 99.25 },
      });
      await t.database.db.execute(sql`delete from house where id = ${added.json().id}`);
    }
  });

  it('opens only a draft (409) and only for those who run it (403)', async () => {
    const { id } = await openVote({ matter: 1 });
    expect((await post(f.worker, `/votes/${id}/open`)).statusCode).toBe(409);
    const draft = (await post(f.worker, '/votes', { nodeId: f.unitId, matter: 1, title: 'x' })).json();
    expect((await post(property, `/votes/${draft.id}/open`)).statusCode).toBe(403);
    const later = (
      await post(f.worker, '/votes', {
        nodeId: f.unitId,
        matter: 1,
        title: 'x',
        opensAt: '2099-01-01T00:00:00Z',
      })
    ).json();
    expect((await post(f.worker, `/votes/${later.id}/open`)).statusCode).toBe(409);
  });
});

describe('matter 7 by hand: quorum and three quarters by area and headcount', () => {
  let id: number;
  beforeAll(async () => {
    id = (await openVote({ matter: 7, title: '加装电梯' })).id;
  });

  it('takes the owners’ own online ballots, and paper ballots from staff', async () => {
    expect((await ballot(f.ownerA, id, '101', 'agree')).statusCode).toBe(201);
    // A owns 201 too and votes for it as themselves.
    expect((await ballot(f.ownerA, id, '201', 'agree')).statusCode).toBe(201);
    expect((await ballot(f.ownerB, id, '102', 'disagree')).statusCode).toBe(201);
    const dev = await paper(id, '202', 'agree');
    expect(dev.statusCode, dev.body).toBe(201);
    expect(dev.json()).toMatchObject({ channel: 'paper', choice: 'agree', replaced: false });
  });

  it('misses the quorum by area while the headcount reaches it', async () => {
    // Took part: 80 + 100.25 + 90.5 + 60 = 330.75 of 500 m² (< 2/3 = 333.33…); owners A, B+C, developer = 3 of 4.
    expect(await result(id)).toMatchObject({
      totalArea: 500,
      totalOwners: 4,
      participatingArea: 330.75,
      participatingOwners: 3,
      agreeArea: 240.25,
      agreeOwners: 2,
      quorumMet: false,
      quorum: { area: false, heads: true },
      passed: false,
      rule: 'three_quarters',
      absentCountsAsAgree: false,
      ballots: 4,
      final: false,
    });
  });

  it('passes with a proxy ballot for 302: 339.50 of 430.00 m² (78.95 %) and 3 of 4 owners (75 %, included)', async () => {
    const missingName = await ballot(f.worker, id, '302', 'agree', { channel: 'proxy' });
    expect(missingName.statusCode).toBe(400);
    expect(missingName.json().details.fields[0].path).toBe('body.proxyName');
    expect((await result(id)).ballots).toBe(4);
    const proxy = await ballot(f.worker, id, '302', 'agree', { channel: 'proxy', proxyName: '赵小四' });
    expect(proxy.statusCode, proxy.body).toBe(201);
    expect(await result(id)).toMatchObject({
      participatingArea: 430,
      participatingOwners: 4,
      agreeArea: 339.5,
      // A (both units agree), the developer (202 agrees, 301 did not vote), D; B+C disagree.
      agreeOwners: 3,
      quorumMet: true,
      approval: { area: true, heads: true },
      passed: true,
    });
  });

  it('refuses a second ballot for a house (409) when changes are not allowed, and keeps the first', async () => {
    const again = await ballot(f.ownerA, id, '101', 'disagree');
    expect(again.statusCode).toBe(409);
    expect((await result(id)).agreeArea).toBe(339.5);
  });

  it('lets only the owners vote online (403), and only staff who run it enter paper ballots (403)', async () => {
    expect((await ballot(f.tenantE, id, '302', 'agree')).statusCode).toBe(403);
    expect((await ballot(f.ownerA, id, '301', 'agree')).statusCode).toBe(403);
    expect((await ballot(f.worker, id, '301', 'agree')).statusCode).toBe(403);
    expect((await ballot(f.ownerA, id, '301', 'agree', { channel: 'paper' })).statusCode).toBe(403);
    expect((await ballot(property, id, '301', 'agree', { channel: 'paper' })).statusCode).toBe(403);
  });

  it('hides the vote from another community (404) on every route', async () => {
    for (const url of [
      `/votes/${id}`,
      `/votes/${id}/result`,
      `/votes/${id}/ballots`,
      `/votes/${id}/electorate`,
    ])
      expect((await get(fuzhong, url)).statusCode, url).toBe(404);
    const outsider = await as(
      t.app,
      fuzhong,
    )({
      method: 'POST',
      url: `/api/v1/votes/${id}/ballots`,
      payload: { houseId: f.houses['301'], choice: 'agree', channel: 'paper' },
    });
    expect(outsider.statusCode).toBe(404);
    expect((await post(fuzhong, `/votes/${id}/close`)).statusCode).toBe(404);
  });

  it('shows the owner their houses and the ballots to staff with names masked', async () => {
    const mine = (await get(f.ownerA, `/votes/${id}`)).json();
    expect(
      mine.myHouses.map((h: { houseId: number; choice: string }) => [h.houseId, h.choice]).sort(),
    ).toEqual(
      [
        [f.houses['101'], 'agree'],
        [f.houses['201'], 'agree'],
      ].sort(),
    );
    expect(mine.actions).not.toContain('ballot');
    expect(mine.actions).not.toContain('close');
    const listed = (await get(f.ownerA, '/votes?status=open')).json();
    expect(listed.items.map((v: { id: number }) => v.id)).toContain(id);
    const ballots = (await get(f.worker, `/votes/${id}/ballots`)).json();
    expect(ballots.items).toHaveLength(5);
    expect(ballots.items.find((b: { channel: string }) => b.channel === 'proxy').proxyName).toBe('赵*四');
    expect((await get(f.ownerA, `/votes/${id}/ballots`)).statusCode).toBe(403);
  });

  it('closes with the result of record and publishes it as a notice to the unit at once', async () => {
    const closed = await post(f.worker, `/votes/${id}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    const v = closed.json();
    expect(v.status).toBe('closed');
    expect(v.noticeId).toEqual(expect.any(Number));
    expect(new Date(v.publishBy).getTime() - new Date(v.closedAt).getTime()).toBe(3 * 86_400_000);
    expect(await result(id)).toMatchObject({ passed: true, agreeArea: 339.5, final: true, status: 'closed' });
    const notice = (await get(f.ownerB, `/notices/${v.noticeId}`)).json();
    expect(notice).toMatchObject({ nodeId: f.unitId, subjectKind: 'vote', subjectId: id, phase: 'running' });
    expect(notice.title).toBe('表决结果公示：加装电梯');
    expect(notice.body).toContain('专有部分总面积 500.00 平方米，业主总人数 4 人');
    expect(notice.body).toContain('同意：面积 339.50 平方米');
    expect(notice.body).toContain('表决结果：通过');
    const audit = await t.database.db.execute<{ action: string }>(
      sql`select action from audit_log where entity_type = 'vote' and entity_id = ${String(id)} order by seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'vote.create',
      'vote.open',
      'vote.ballot',
      'vote.ballot',
      'vote.ballot',
      'vote.ballot',
      'vote.ballot',
      'vote.close',
    ]);
  });

  it('refuses ballots and a second close after closing (409)', async () => {
    expect((await paper(id, '301', 'agree')).statusCode).toBe(409);
    expect((await post(f.worker, `/votes/${id}/close`)).statusCode).toBe(409);
  });

  it('exports the full record: electorate, every ballot with channel, proxy and time', async () => {
    const res = await get(f.worker, `/votes/${id}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`linli-vote-${id}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const electors = rows('表决名册');
    expect(electors).toHaveLength(7);
    expect(electors.find((r) => r[0] === f.houses['102'])).toEqual([
      f.houses['102'],
      '怡枫园 表决楼 1单元 102',
      90.5,
      '测绘',
      '李小红、李小刚',
      expect.stringContaining('people:'),
      '否',
    ]);
    const ballots = rows('选票记录');
    expect(ballots).toHaveLength(6);
    const proxy = ballots.find((r) => r[4] === '委托')!;
    expect(proxy.slice(2, 7)).toEqual([
      '怡枫园 表决楼 1单元 302',
      '同意',
      '委托',
      '赵小四',
      '景华社区 李社工',
    ]);
    expect(String(proxy[7])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(rows('表决信息')).toContainEqual(['结果', '通过']);
    expect((await get(property, `/votes/${id}/export.xlsx`)).statusCode).toBe(403);
  });
});

describe('matter 3 by hand: changes allowed, absent owners deemed to agree', () => {
  it('replaces a changed ballot, keeps the first in the record, and counts absent owners as agreeing', async () => {
    const { id } = await openVote({ matter: 3, allowChange: true, absentCountsAsAgree: true });
    expect((await ballot(f.ownerA, id, '101', 'agree')).json().replaced).toBe(false);
    const changed = await ballot(f.ownerA, id, '101', 'disagree');
    expect(changed.statusCode).toBe(201);
    expect(changed.json().replaced).toBe(true);
    const history = (await get(f.worker, `/votes/${id}/ballots?history=true`)).json().items;
    expect(
      history.map((b: { choice: string; supersededAt: string | null }) => [
        b.choice,
        b.supersededAt === null,
      ]),
    ).toEqual([
      ['disagree', true],
      ['agree', false],
    ]);
    expect((await get(f.worker, `/votes/${id}/ballots`)).json().items).toHaveLength(1);
    // 101 disagrees (80 m²); the other five are deemed to agree: 420 of 500 m²; A's units 101 (80) and 201 (100.25
    // deemed) make A agree by area held, so 4 of 4 owners agree.
    expect(await result(id)).toMatchObject({
      participatingArea: 500,
      participatingOwners: 4,
      agreeArea: 420,
      agreeOwners: 4,
      absentCountsAsAgree: true,
      deemedAgreeing: 5,
      rule: 'majority',
      passed: true,
    });
    const closed = (await post(f.worker, `/votes/${id}/close`)).json();
    const notice = (await get(f.worker, `/notices/${closed.noticeId}`)).json();
    expect(notice.body).toContain('未参与表决的业主计为同意，共 5 户');
  });
});

describe('states', () => {
  it('refuses ballots before the vote opens (409) and cancels only drafts', async () => {
    const draft = (await post(f.worker, '/votes', { nodeId: f.unitId, matter: 5, title: '维修资金' })).json();
    expect((await paper(draft.id, '101', 'agree')).statusCode).toBe(409);
    expect((await get(f.worker, `/votes/${draft.id}/result`)).statusCode).toBe(409);
    // Owners do not see drafts.
    expect((await get(f.ownerA, `/votes/${draft.id}`)).statusCode).toBe(404);
    const cancelled = await post(f.worker, `/votes/${draft.id}/cancel`);
    expect(cancelled.json().status).toBe('cancelled');
    expect((await post(f.worker, `/votes/${draft.id}/open`)).statusCode).toBe(409);
    const { id } = await openVote({ matter: 5 });
    expect((await post(f.worker, `/votes/${id}/cancel`)).statusCode).toBe(409);
  });

  it('refuses ballots once the voting period has ended, though nobody closed it yet', async () => {
    const { id } = await openVote({ matter: 9, closesAt: new Date(Date.now() + 60_000).toISOString() });
    await t.database.db.execute(
      sql`update vote set closes_at = now() - interval '1 minute' where id = ${id}`,
    );
    expect((await paper(id, '101', 'agree')).statusCode).toBe(409);
    const v = (await get(f.worker, `/votes/${id}`)).json();
    expect(v.actions).toContain('close');
    expect(v.publishBy).not.toBeNull();
  });

  it('is closed by the system once its period has ended, with the result noticed; open votes still running stay open', async () => {
    const { id: ended } = await openVote({
      matter: 9,
      closesAt: new Date(Date.now() + 60_000).toISOString(),
    });
    const { id: running } = await openVote({
      matter: 9,
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect((await paper(ended, '101', 'agree')).statusCode).toBe(201);
    await t.database.db.execute(
      sql`update vote set closes_at = now() - interval '1 minute' where id = ${ended}`,
    );
    const failures: string[] = [];
    const log = (msg: string, err?: unknown) => failures.push(`${msg}: ${String(err)}`);
    const closed = await closeDueVotes(t.database.db, new Date(), 'Asia/Shanghai', log);
    expect(failures).toEqual([]);
    expect(closed).toBeGreaterThanOrEqual(1);
    const v = (await get(f.worker, `/votes/${ended}`)).json();
    expect(v.status).toBe('closed');
    expect(v.noticeId).toEqual(expect.any(Number));
    expect((await get(f.worker, `/votes/${running}`)).json().status).toBe('open');
    const [audit] = (
      await t.database.db.execute<{ actor_name: string }>(
        sql`select actor_name from audit_log where entity_type = 'vote' and entity_id = ${String(ended)} and action = 'vote.close'`,
      )
    ).rows;
    expect(audit?.actor_name).toBe('system');
    expect(await closeDueVotes(t.database.db, new Date(), 'Asia/Shanghai', log)).toBe(0);
  });
});

describe('houses by number for paper ballots', () => {
  it('finds a house under a node by its number', async () => {
    const res = await get(street, `/registry/houses?nodeId=${f.unitId}&number=302`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((h: { id: number }) => h.id)).toEqual([f.houses['302']]);
    expect((await get(street, '/registry/houses?number=302')).statusCode).toBe(400);
  });
});
