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

const call = (s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  as(t.app, s)({ method, url: `/api/v1${url}`, ...(method === 'GET' ? {} : { payload: payload ?? {} }) });
const act = (s: Session, id: number, action: string) =>
  call(s, 'POST', `/conventions/${id}/actions/${action}`);
const fieldsOf = (res: { json: () => { details?: { fields?: { path: string }[] } } }) =>
  res.json().details?.fields?.map((x) => x.path) ?? [];

beforeAll(async () => {
  f = await sixHouses(t.app, t.database, codes, '公约楼');
  fuzhong = await login(t.app, 'fuzhong.worker');
  property = await login(t.app, 'yifengyuan.property');
});

const draft = async (title = '公约楼文明公约') => {
  const res = await call(f.worker, 'POST', '/conventions', {
    nodeId: f.buildingId,
    title,
    body: '一、爱护公共设施；二、垃圾分类投放；三、不高空抛物。',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: number; status: string; actions: string[] }>();
};
const agree = (s: Session, voteId: number, house: keyof SixHouses['houses'], channel = 'online') =>
  call(s, 'POST', `/votes/${voteId}/ballots`, { houseId: f.houses[house], choice: 'agree', channel });

describe('drafting a convention', () => {
  it('is for a compound or a building, by those who run owner decisions', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ nodeId: f.unitId, title: 't', body: 'b' }, 'body.nodeId'],
      [{ nodeId: f.buildingId, title: '', body: 'b' }, 'body.title'],
      [{ nodeId: f.buildingId, title: 't' }, 'body.body'],
    ];
    for (const [body, field] of cases) {
      const res = await call(f.worker, 'POST', '/conventions', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(res)).toContain(field);
    }
    const body = { nodeId: f.buildingId, title: 't', body: 'b' };
    expect((await call(property, 'POST', '/conventions', body)).statusCode).toBe(403);
    expect((await call(fuzhong, 'POST', '/conventions', body)).statusCode).toBe(404);
  });

  it('is edited while a draft, unseen by residents and other communities', async () => {
    const c = await draft();
    expect(c.actions).toEqual(['edit', 'start_vote', 'cancel']);
    const edited = await call(f.worker, 'PATCH', `/conventions/${c.id}`, { title: '公约楼邻里公约' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().title).toBe('公约楼邻里公约');
    expect((await call(f.ownerA, 'GET', `/conventions/${c.id}`)).statusCode).toBe(404);
    expect((await call(fuzhong, 'GET', `/conventions/${c.id}`)).statusCode).toBe(404);
    expect((await act(f.worker, c.id, 'cancel')).json().status).toBe('cancelled');
    expect((await call(f.worker, 'PATCH', `/conventions/${c.id}`, { title: 'x' })).json().code).toBe(
      'invalid_transition',
    );
  });
});

describe('adopted by a matter-2 vote, then signed by residents', () => {
  let id: number;

  it('goes to the building’s owners as matter 2 (more than half)', async () => {
    id = (await draft()).id;
    const res = await act(f.worker, id, 'start_vote');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'voting',
      vote: { status: 'open', result: { rule: 'majority', totalArea: 500, totalOwners: 4 } },
    });
    const v = (await call(f.worker, 'GET', `/votes/${res.json().vote.id}`)).json();
    expect(v).toMatchObject({ matter: 2, nodeId: f.buildingId, subjectKind: 'convention', subjectId: id });
    // Residents see it now, but sign only once adopted.
    const early = await call(f.ownerA, 'POST', `/conventions/${id}/signatures`);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('invalid_transition');
    expect((await act(f.ownerA, id, 'close_vote')).statusCode).toBe(403);
  });

  it('is adopted when the vote passes', async () => {
    const voteId = (await call(f.worker, 'GET', `/conventions/${id}`)).json().vote.id as number;
    expect((await agree(f.ownerA, voteId, '101')).statusCode).toBe(201);
    expect((await agree(f.ownerA, voteId, '201')).statusCode).toBe(201);
    expect((await agree(f.ownerB, voteId, '102')).statusCode).toBe(201);
    expect((await agree(f.worker, voteId, '302', 'paper')).statusCode).toBe(201);
    const res = await act(f.worker, id, 'close_vote');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'adopted',
      adoptedAt: expect.any(String),
      vote: { status: 'closed', result: { passed: true, final: true } },
    });
  });

  it('takes one signature per resident, owners and tenants alike', async () => {
    const before = (await call(f.ownerA, 'GET', `/conventions/${id}`)).json();
    expect(before).toMatchObject({ signedAt: null, actions: ['sign'] });
    const signed = await call(f.ownerA, 'POST', `/conventions/${id}/signatures`);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ signedAt: expect.any(String), signatures: 1, actions: [] });
    const twice = await call(f.ownerA, 'POST', `/conventions/${id}/signatures`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('conflict');
    expect((await call(f.tenantE, 'POST', `/conventions/${id}/signatures`)).statusCode).toBe(200);
    expect((await call(f.ownerB, 'POST', `/conventions/${id}/signatures`)).statusCode).toBe(200);
    // Staff do not sign for residents.
    expect((await call(f.worker, 'POST', `/conventions/${id}/signatures`)).statusCode).toBe(403);
  });

  it('shows coverage per building: signed households over households', async () => {
    const res = await call(f.worker, 'GET', `/conventions/${id}/coverage`);
    expect(res.statusCode, res.body).toBe(200);
    // A signed for 101, B for 102, the tenant for 302: three of the six houses.
    expect(res.json()).toEqual({
      conventionId: id,
      households: 6,
      signedHouseholds: 3,
      coverage: 0.5,
      byBuilding: [
        { buildingId: f.buildingId, name: '公约楼', households: 6, signedHouseholds: 3, coverage: 0.5 },
      ],
    });
    expect((await call(f.ownerA, 'GET', `/conventions/${id}/coverage`)).statusCode).toBe(403);
    expect((await call(fuzhong, 'GET', `/conventions/${id}/coverage`)).statusCode).toBe(404);
  });

  it('audits each step, and lists for staff and residents', async () => {
    expect(await auditActions(t.database.db, 'convention', id)).toEqual([
      'convention.create',
      'convention.start_vote',
      'convention.close_vote',
      'convention.sign',
      'convention.sign',
      'convention.sign',
    ]);
    const mine = (await call(f.ownerA, 'GET', '/conventions')).json();
    expect(mine.items.map((c: { id: number }) => c.id)).toContain(id);
    const adopted = (
      await call(f.worker, 'GET', `/conventions?nodeId=${f.compoundId}&status=adopted`)
    ).json();
    expect(adopted.items.map((c: { id: number }) => c.id)).toContain(id);
  });
});

describe('a convention the owners turn down', () => {
  it('is rejected when the vote misses its quorum, and takes no signatures', async () => {
    const c = await draft('另一份公约');
    await act(f.worker, c.id, 'start_vote');
    const res = await act(f.worker, c.id, 'close_vote');
    expect(res.json()).toMatchObject({ status: 'rejected', vote: { result: { quorumMet: false } } });
    expect((await call(f.ownerA, 'POST', `/conventions/${c.id}/signatures`)).json().code).toBe(
      'invalid_transition',
    );
  });
});
