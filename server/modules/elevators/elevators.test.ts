import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditActions } from '../../../test/audit';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';
import { codeInbox, sixHouses, type SixHouses } from '../../../test/six-houses';
import { LogNotifier } from '../../notify/notifier';

const codes = codeInbox();
const t = useTestApp(new LogNotifier(codes.log));
let f: SixHouses;
let fuzhong: Session;
let property: Session;

const call = (s: Session, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) =>
  as(t.app, s)({ method, url: `/api/v1${url}`, ...(method === 'GET' ? {} : { payload: payload ?? {} }) });
const act = (s: Session, id: number, action: string, body?: unknown) =>
  call(s, 'POST', `/elevator-installations/${id}/actions/${action}`, body);
const fieldsOf = (res: { json: () => { details?: { fields?: { path: string }[] } } }) =>
  res.json().details?.fields?.map((x) => x.path) ?? [];

beforeAll(async () => {
  f = await sixHouses(t.app, t.database, codes, '电梯楼');
  // Six storeys, no elevator: the registry facts eligibility reads.
  const patched = await call(f.worker, 'PATCH', `/org/nodes/${f.buildingId}`, {
    attributes: { floors: 6, hasElevator: false },
  });
  expect(patched.statusCode, patched.body).toBe(200);
  fuzhong = await login(t.app, 'fuzhong.worker');
  property = await login(t.app, 'yifengyuan.property');
});

const draft = async (more: Record<string, unknown> = {}) => {
  const res = await call(f.worker, 'POST', '/elevator-installations', {
    unitId: f.unitId,
    title: '电梯楼1单元加装电梯',
    plan: '井道设于楼梯间北侧，占用101室部分庭院。',
    occupiedHouseIds: [f.houses['101']],
    ...more,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: number; status: string; actions: string[] }>();
};

describe('eligibility and drafting', () => {
  it('reads eligibility from the registry: 4+ storeys and no elevator', async () => {
    const ok = await call(f.worker, 'GET', `/elevator-installations/eligibility?unitId=${f.unitId}`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      unitId: f.unitId,
      eligible: true,
      floors: 6,
      reasons: [],
      runningId: null,
    });
    const low = (
      await call(f.worker, 'POST', '/org/nodes', {
        parentId: f.compoundId,
        kind: 'building',
        name: '矮楼',
        attributes: { floors: 3, hasElevator: true },
      })
    ).json<{ id: number }>();
    const lowUnit = (
      await call(f.worker, 'POST', '/org/nodes', { parentId: low.id, kind: 'unit', name: '1单元' })
    ).json<{ id: number }>();
    const refused = await call(f.worker, 'GET', `/elevator-installations/eligibility?unitId=${lowUnit.id}`);
    expect(refused.json()).toMatchObject({ eligible: false, reasons: ['too_low', 'has_elevator'] });
    const create = await call(f.worker, 'POST', '/elevator-installations', {
      unitId: lowUnit.id,
      title: 'x',
      plan: 'y',
    });
    expect(create.statusCode).toBe(400);
    expect(fieldsOf(create)).toEqual(['body.unitId']);
    const notUnit = await call(f.worker, 'GET', `/elevator-installations/eligibility?unitId=${f.buildingId}`);
    expect(notUnit.statusCode).toBe(400);
    expect(fieldsOf(notUnit)).toEqual(['querystring.unitId']);
    expect(
      (await call(fuzhong, 'GET', `/elevator-installations/eligibility?unitId=${f.unitId}`)).statusCode,
    ).toBe(404);
  });

  it('refuses bad input with the field, wrong people with 403, and out of scope with 404', async () => {
    const count = async () =>
      Number(
        (await t.database.db.execute<{ n: string }>(sql`select count(*) as n from elevator_installation`))
          .rows[0]!.n,
      );
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ unitId: f.unitId, title: '', plan: 'p' }, 'body.title'],
      [{ unitId: f.unitId, title: 't' }, 'body.plan'],
      [{ unitId: f.unitId, title: 't', plan: 'p', occupiedHouseIds: [999_999_999] }, 'body.occupiedHouseIds'],
      [{ unitId: f.compoundId, title: 't', plan: 'p' }, 'body.unitId'],
      [{ unitId: f.unitId, title: 't', plan: 'p', extra: 1 }, 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await call(f.worker, 'POST', '/elevator-installations', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(res)).toContain(field);
    }
    const body = { unitId: f.unitId, title: 't', plan: 'p' };
    expect((await call(property, 'POST', '/elevator-installations', body)).statusCode).toBe(403);
    expect((await call(fuzhong, 'POST', '/elevator-installations', body)).statusCode).toBe(404);
    expect(await count()).toBe(before);
  });
});

describe('the guided retrofit: vote, consent, notice with objections, cost table', () => {
  let id: number;
  let voteId: number;
  let noticeId: number;

  it('drafts on the eligible unit, hidden from residents until it goes to the vote', async () => {
    const e = await draft();
    id = e.id;
    expect(e).toMatchObject({ status: 'draft', floors: 6, vote: null, notice: null, costs: null });
    expect(e.actions).toEqual(['start_vote', 'set_occupied', 'cancel']);
    expect((await call(f.ownerA, 'GET', `/elevator-installations/${id}`)).statusCode).toBe(404);
    expect((await call(fuzhong, 'GET', `/elevator-installations/${id}`)).statusCode).toBe(404);
    // One retrofit at a time on a unit.
    const again = await call(f.worker, 'POST', '/elevator-installations', {
      unitId: f.unitId,
      title: 'again',
      plan: 'p',
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a wrong action for the state with 409 invalid_transition, a wrong person with 403', async () => {
    const wrong = await act(f.worker, id, 'close_vote');
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().code).toBe('invalid_transition');
    expect((await act(property, id, 'start_vote')).statusCode).toBe(403);
    expect((await act(f.worker, id, 'fly')).statusCode).toBe(400);
  });

  it('puts it to the unit’s owners as a matter-7 vote with a frozen electorate', async () => {
    const res = await act(f.worker, id, 'start_vote');
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json();
    expect(e.status).toBe('voting');
    voteId = e.vote.id;
    expect(e.vote).toMatchObject({
      status: 'open',
      result: { rule: 'three_quarters', totalArea: 500, totalOwners: 4 },
    });
    const v = (await call(f.worker, 'GET', `/votes/${voteId}`)).json();
    expect(v).toMatchObject({
      matter: 7,
      nodeId: f.unitId,
      subjectKind: 'elevator_installation',
      subjectId: id,
    });
    // Owners of the unit now see the retrofit and its vote.
    const mine = await call(f.ownerA, 'GET', `/elevator-installations?nodeId=${f.unitId}`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items.map((x: { id: number }) => x.id)).toContain(id);
  });

  it('is approved when the owners pass it by area and by headcount', async () => {
    const ballot = (s: Session, house: keyof SixHouses['houses'], channel = 'online') =>
      call(s, 'POST', `/votes/${voteId}/ballots`, { houseId: f.houses[house], choice: 'agree', channel });
    for (const [s, h, c] of [
      [f.ownerA, '101', 'online'],
      [f.ownerA, '201', 'online'],
      [f.ownerB, '102', 'online'],
      [f.worker, '202', 'paper'],
      [f.worker, '302', 'paper'],
    ] as const)
      expect((await ballot(s, h, c)).statusCode).toBe(201);
    const res = await act(f.worker, id, 'close_vote');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'approved',
      vote: {
        status: 'closed',
        // Everyone but the developer's 301 (70 m²) voted; the developer took part through 202.
        result: { final: true, passed: true, participatingArea: 430, participatingOwners: 4, agreeOwners: 4 },
      },
    });
  });

  it('needs the consent of the occupied house’s owner before the plan is noticed', async () => {
    const early = await act(f.worker, id, 'publish_plan');
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('invalid_transition');
    // B owns no occupied house; A owns 101 and sees it waiting.
    expect(
      (
        await call(f.ownerB, 'POST', `/elevator-installations/${id}/consents`, {
          houseId: f.houses['101'],
          channel: 'online',
        })
      ).statusCode,
    ).toBe(403);
    const seen = (await call(f.ownerA, 'GET', `/elevator-installations/${id}`)).json();
    expect(seen.myPendingHouseIds).toEqual([f.houses['101']]);
    expect(seen.actions).toEqual(['consent']);
    const notOccupied = await call(f.ownerA, 'POST', `/elevator-installations/${id}/consents`, {
      houseId: f.houses['201'],
      channel: 'online',
    });
    expect(notOccupied.statusCode).toBe(400);
    expect(fieldsOf(notOccupied)).toEqual(['body.houseId']);
    const given = await call(f.ownerA, 'POST', `/elevator-installations/${id}/consents`, {
      houseId: f.houses['101'],
      channel: 'online',
    });
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json().occupied).toEqual([
      expect.objectContaining({
        houseId: f.houses['101'],
        channel: 'online',
        consentedAt: expect.any(String),
      }),
    ]);
    const twice = await call(f.worker, 'POST', `/elevator-installations/${id}/consents`, {
      houseId: f.houses['101'],
      channel: 'paper',
    });
    expect(twice.statusCode).toBe(409);
  });

  it('follows the plan when it moves before the notice: a staying house keeps its consent, a new one waits', async () => {
    const put = (who: Session, houseIds: number[]) =>
      call(who, 'PUT', `/elevator-installations/${id}/occupied`, { houseIds });
    expect((await put(f.ownerA, [f.houses['101']])).statusCode).toBe(403);
    const foreign = await put(f.worker, [f.houses['101'], 999_999_999]);
    expect(foreign.statusCode).toBe(400);
    expect(fieldsOf(foreign)).toEqual(['body.houseIds']);
    const moved = await put(f.worker, [f.houses['101'], f.houses['102']]);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().occupied).toEqual([
      expect.objectContaining({ houseId: f.houses['101'], consentedAt: expect.any(String) }),
      expect.objectContaining({ houseId: f.houses['102'], consentedAt: null }),
    ]);
    expect((await act(f.worker, id, 'publish_plan')).json().code).toBe('invalid_transition');
    const paper = await call(f.worker, 'POST', `/elevator-installations/${id}/consents`, {
      houseId: f.houses['102'],
      channel: 'paper',
    });
    expect(paper.statusCode, paper.body).toBe(200);
  });

  it('notices the plan for 15 days by default; residents object, staff resolve, then it moves on', async () => {
    const res = await act(f.worker, id, 'publish_plan');
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json();
    expect(e.status).toBe('publicizing');
    expect(e.noticeDays).toBe(15);
    noticeId = e.notice.id;
    expect(new Date(e.notice.endsAt).getTime() - new Date(e.notice.startsAt).getTime()).toBe(15 * 86_400_000);
    const n = (await call(f.worker, 'GET', `/notices/${noticeId}`)).json();
    expect(n).toMatchObject({ subjectKind: 'elevator_installation', subjectId: id, nodeId: f.unitId });
    // The tenant of 302 lives in the unit and objects in writing while the notice runs.
    const objection = await call(f.tenantE, 'POST', `/notices/${noticeId}/objections`, {
      text: '施工噪音，请限定施工时间',
    });
    expect(objection.statusCode, objection.body).toBe(201);
    expect((await act(f.worker, id, 'close_notice')).json().message).toMatch(/not ended/);
    await t.database.db.execute(
      sql`update notice set starts_at = now() - interval '16 days', ends_at = now() - interval '1 second' where id = ${noticeId}`,
    );
    const pending = await act(f.worker, id, 'close_notice');
    expect(pending.statusCode).toBe(409);
    expect(pending.json().message).toMatch(/1 objection/);
    const resolved = await call(
      f.worker,
      'POST',
      `/notices/${noticeId}/objections/${objection.json().id}/resolve`,
      {
        resolution: 'accepted',
        reply: '施工限定在工作日8:00–18:00',
      },
    );
    expect(resolved.statusCode, resolved.body).toBe(200);
    const closed = await act(f.worker, id, 'close_notice');
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'cost_sharing',
      notice: { phase: 'ended', objections: { total: 1, pending: 0 } },
    });
  });

  it('saves a cost table by floor that sums to the budget exactly, then completes', async () => {
    expect((await act(f.worker, id, 'complete')).json().code).toBe('invalid_transition');
    const costs = (body: unknown) => call(f.worker, 'PUT', `/elevator-installations/${id}/costs`, body);
    const bad: [unknown, string][] = [
      [{ budget: 100, weights: [{ floor: 9, weight: 1 }] }, 'body.weights.0.floor'],
      [{ budget: 100, weights: [{ floor: 1, weight: 1 }] }, 'body.weights'],
      [{ budget: 100.001, weights: [1, 2, 3].map((floor) => ({ floor, weight: 1 })) }, 'body.budget'],
      [{ budget: 100, weights: [1, 2, 3].map((floor) => ({ floor, weight: 0 })) }, 'body.weights'],
      [{ budget: -1, weights: [{ floor: 1, weight: 1 }] }, 'body.budget'],
    ];
    for (const [body, field] of bad) {
      const res = await costs(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(res)).toContain(field);
    }
    // Two households per floor; weights 0, 1, 2: 200,000.01 yuan over four paying households of weights 1,1,2,2.
    const res = await costs({
      budget: 200_000.01,
      weights: [
        { floor: 1, weight: 0 },
        { floor: 2, weight: 1 },
        { floor: 3, weight: 2 },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const table = res.json().costs;
    expect(table.budget).toBe(200_000.01);
    expect(table.total).toBe(200_000.01);
    expect(table.rows).toEqual([
      { floor: 1, weight: 0, households: 2, amount: 0, perHousehold: [0, 0] },
      // 20,000,001 cents over weights 1, 1, 2, 2: the top floor's shares divide exactly; the odd cent goes to floor 2.
      { floor: 2, weight: 1, households: 2, amount: 66_666.67, perHousehold: [33_333.34, 33_333.33] },
      { floor: 3, weight: 2, households: 2, amount: 133_333.34, perHousehold: [66_666.67, 66_666.67] },
    ]);
    const done = await act(f.worker, id, 'complete');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('done');
    expect(done.json().actions).toEqual([]);
  });

  it('writes an audit row for every step', async () => {
    expect(await auditActions(t.database.db, 'elevator_installation', id)).toEqual([
      'elevator.create',
      'elevator.start_vote',
      'elevator.close_vote',
      'elevator.consent',
      'elevator.set_occupied',
      'elevator.consent',
      'elevator.publish_plan',
      'elevator.close_notice',
      'elevator.save_costs',
      'elevator.complete',
    ]);
  });
});

describe('a retrofit the owners turn down', () => {
  it('is rejected when the vote fails, and ends there', async () => {
    const e = await draft({ occupiedHouseIds: [] });
    const started = (await act(f.worker, e.id, 'start_vote')).json();
    // Only B agrees: 90.5 of 500 m² took part, far below the quorum.
    await call(f.ownerB, 'POST', `/votes/${started.vote.id}/ballots`, {
      houseId: f.houses['102'],
      choice: 'agree',
      channel: 'online',
    });
    const res = await act(f.worker, e.id, 'close_vote');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'rejected',
      vote: { result: { quorumMet: false, passed: false } },
    });
    expect(res.json().actions).toEqual([]);
    expect((await act(f.worker, e.id, 'publish_plan')).json().code).toBe('invalid_transition');
  });

  it('lets a draft be cancelled, and lists by status', async () => {
    const e = await draft({ occupiedHouseIds: [] });
    expect((await act(f.worker, e.id, 'cancel')).json().status).toBe('cancelled');
    const list = (
      await call(f.worker, 'GET', `/elevator-installations?nodeId=${f.unitId}&status=rejected`)
    ).json();
    expect(list.items.every((x: { status: string }) => x.status === 'rejected')).toBe(true);
    expect(list.items.length).toBe(1);
  });
});
