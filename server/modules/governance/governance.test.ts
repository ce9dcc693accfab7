import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
let worker: Session;

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

const newPerson = async (name: string) =>
  (
    await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/registry/people',
      payload: { communityId: await idOf('景华社区'), name },
    })
  ).json().id as number;

beforeAll(async () => {
  worker = await login(t.app, 'jinghua.worker');
});

describe('building leaders', () => {
  it('counts only filed leaders in the coverage of compound, community and street', async () => {
    const zero = await as(
      t.app,
      worker,
    )({ method: 'GET', url: `/api/v1/governance/coverage?nodeId=${await idOf('景华社区')}` });
    expect(zero.json().buildingLeaders.overall).toEqual({ total: 13, covered: 0, rate: 0 });
    const personId = await newPerson('楼长老陈');
    const appointed = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/governance/building-leaders',
      payload: {
        buildingId: await idOf('1栋', '怡枫园'),
        source: 'resident',
        personId,
        appointedOn: '2026-03-01',
      },
    });
    expect(appointed.statusCode, appointed.body).toBe(201);
    expect(appointed.json()).toMatchObject({
      status: 'pending_filing',
      buildingLabel: '怡枫园 1栋',
      displayName: '楼长老陈',
    });
    const before = (
      await as(
        t.app,
        worker,
      )({ method: 'GET', url: `/api/v1/governance/coverage?nodeId=${await idOf('景华社区')}` })
    ).json();
    expect(before.buildingLeaders.overall.covered).toBe(0);
    const early = await as(
      t.app,
      worker,
    )({
      method: 'PATCH',
      url: `/api/v1/governance/building-leaders/${appointed.json().id}`,
      payload: { filedOn: '2026-02-01' },
    });
    expect(early.statusCode).toBe(400);
    await as(
      t.app,
      worker,
    )({
      method: 'PATCH',
      url: `/api/v1/governance/building-leaders/${appointed.json().id}`,
      payload: { filedOn: '2026-03-05' },
    });
    const after = (
      await as(
        t.app,
        worker,
      )({ method: 'GET', url: `/api/v1/governance/coverage?nodeId=${await idOf('景华社区')}` })
    ).json();
    expect(after.buildingLeaders.overall).toEqual({ total: 13, covered: 1, rate: 1 / 13 });
    expect(after.buildingLeaders.byCompound.find((c: { name: string }) => c.name === '怡枫园')).toMatchObject(
      { total: 6, covered: 1 },
    );
    const street = await login(t.app, 'lianhua.street');
    const wide = (
      await as(
        t.app,
        street,
      )({ method: 'GET', url: `/api/v1/governance/coverage?nodeId=${await idOf('莲花街道')}` })
    ).json();
    expect(wide.buildingLeaders.byStreet).toEqual([
      { nodeId: await idOf('莲花街道'), name: '莲花街道', total: 42, covered: 1, rate: 1 / 42 },
    ]);
    expect(wide.buildingLeaders.byCommunity).toHaveLength(4);
  });

  it('keeps a 福中社区 worker out of 景华社区’s leaders', async () => {
    const fuzhong = await login(t.app, 'fuzhong.worker');
    const res = await as(
      t.app,
      fuzhong,
    )({ method: 'GET', url: `/api/v1/governance/building-leaders?placeId=${await idOf('怡枫园')}` });
    expect(res.statusCode).toBe(404);
  });

  it('exports the building leaders ledger and names the compound officer', async () => {
    const ledger = await as(
      t.app,
      worker,
    )({ method: 'GET', url: `/api/v1/governance/exports/building-leaders?placeId=${await idOf('怡枫园')}` });
    expect(ledger.statusCode).toBe(200);
    expect(ledger.headers['content-type']).toContain('spreadsheetml');
    expect(ledger.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const officer = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/governance/bodies',
      payload: {
        placeId: await idOf('怡枫园'),
        kind: 'compound_officer',
        name: '周事务官',
        details: { agency: '莲花街道办' },
      },
    });
    expect(officer.json()).toMatchObject({
      kind: 'compound_officer',
      name: '周事务官',
      details: { agency: '莲花街道办' },
    });
  });

  it('lists the five duties of seed 000', async () => {
    const res = await as(t.app, worker)({ method: 'GET', url: '/api/v1/governance/building-leaders/duties' });
    expect(res.json().items).toHaveLength(5);
  });
});

describe('governance bodies', () => {
  it('checks an owners’ committee against RULES.md §1 and counts party organisations', async () => {
    const compound = await idOf('景华新村');
    const created = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/governance/bodies',
      payload: {
        placeId: compound,
        kind: 'owners_committee',
        name: '景华新村业委会',
        electedOn: '2026-01-10',
        termEndsOn: '2032-01-10',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const members = await Promise.all(['甲', '乙', '丙', '丁'].map((n) => newPerson(`委员${n}`)));
    const res = await as(
      t.app,
      worker,
    )({
      method: 'PUT',
      url: `/api/v1/governance/bodies/${created.json().id}/members`,
      payload: { members: members.map((personId, i) => ({ personId, role: i === 0 ? 'chair' : 'member' })) },
    });
    const codes = res.json().violations.map((v: { code: string }) => v.code);
    expect(codes).toEqual(
      expect.arrayContaining(['member_count_even', 'member_not_owner', 'term_too_long', 'filing_overdue']),
    );
    expect(res.json().filing.status).toBe('overdue');

    const party = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/governance/bodies',
      payload: {
        placeId: compound,
        kind: 'party_org',
        partyLevel: 'compound_branch',
        name: '景华新村党支部',
      },
    });
    expect(party.statusCode).toBe(201);
    const noLevel = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/governance/bodies',
      payload: { placeId: compound, kind: 'party_org', name: 'x' },
    });
    expect(noLevel.statusCode).toBe(400);
    const cov = (
      await as(
        t.app,
        worker,
      )({ method: 'GET', url: `/api/v1/governance/coverage?nodeId=${await idOf('景华社区')}` })
    ).json();
    expect(cov.partyOrgs.overall).toEqual({ total: 3, covered: 1, rate: 1 / 3 });
  });

  it('records party members’ check-ins and capable persons', async () => {
    const personId = await newPerson('在职党员');
    const checkin = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/governance/party-checkins',
      payload: {
        personId,
        compoundId: await idOf('怡枫园'),
        workUnit: '福田区教育局',
        checkedInOn: '2026-05-01',
      },
    });
    expect(checkin.statusCode, checkin.body).toBe(201);
    const again = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/governance/party-checkins',
      payload: {
        personId,
        compoundId: await idOf('怡枫园'),
        workUnit: '福田区教育局',
        checkedInOn: '2026-05-01',
      },
    });
    expect(again.statusCode).toBe(409);
    const capable = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/governance/capable-persons',
      payload: { personId, compoundId: await idOf('怡枫园') },
    });
    expect(capable.json().powers).toEqual(['deliberate', 'suggest', 'supervise', 'evaluate']);
  });
});
