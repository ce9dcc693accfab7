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

/** A GET, and a request with a JSON body, as the community worker unless another session is named. */
const get = (url: string, s = worker) => as(t.app, s)({ method: 'GET', url: `/api/v1${url}` });
const send = (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object, s = worker) =>
  as(t.app, s)({ method, url: `/api/v1${url}`, payload });

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
    const checkins = await get(`/governance/party-checkins?placeId=${await idOf('2栋', '怡枫园')}`);
    expect(checkins.json().items).toMatchObject([
      { personId, name: '在职党员', compoundLabel: '怡枫园', workUnit: '福田区教育局' },
    ]);
    const capables = await get(`/governance/capable-persons?placeId=${await idOf('怡枫园')}`);
    expect(capables.json().items).toMatchObject([{ personId, name: '在职党员', compoundLabel: '怡枫园' }]);
    const elsewhere = await get(`/governance/capable-persons?placeId=${await idOf('景华新村')}`);
    expect(elsewhere.json().items).toEqual([]);
  });
});

describe('editing bodies', () => {
  const createCommittee = async (name: string) =>
    (
      await send('POST', '/governance/bodies', {
        placeId: await idOf('彩虹新都'),
        kind: 'owners_committee',
        name,
        electedOn: '2026-01-10',
        termEndsOn: '2031-01-10',
      })
    ).json().id as number;

  it('keeps each member’s start date', async () => {
    const id = await createCommittee('彩虹新都第一届业委会');
    const [chair, member] = await Promise.all([newPerson('主任老周'), newPerson('委员小吴')]);
    const put = await send('PUT', `/governance/bodies/${id}/members`, {
      members: [
        { personId: chair, role: 'chair', since: '2026-01-10' },
        { personId: member, role: 'member' },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await get(`/governance/bodies/${id}`)).json().members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: chair, role: 'chair', since: '2026-01-10' }),
        expect.objectContaining({ personId: member, role: 'member', since: null }),
      ]),
    );
  });

  it('updates name, dates and details, refuses a term RULES.md §1 forbids, and audits before and after', async () => {
    const id = await createCommittee('彩虹新都业委会');
    const url = `/governance/bodies/${id}`;
    const name = '彩虹新都第二届业主委员会';
    const ok = await send('PATCH', url, { name, termEndsOn: '2030-12-31', filedOn: '2026-02-20' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      name,
      electedOn: '2026-01-10',
      termEndsOn: '2030-12-31',
      filedOn: '2026-02-20',
      filing: { status: 'late' },
    });

    const tooLong = await send('PATCH', url, { termEndsOn: '2032-06-01' });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().details.fields).toEqual([
      { path: 'body.termEndsOn', message: expect.stringContaining('at most 5 years') },
    ]);
    const fieldOf = async (patch: object) =>
      (await send('PATCH', url, patch)).json<{ details: { fields: { path: string }[] } }>().details.fields[0]
        ?.path;
    expect(await fieldOf({ electedOn: '2031-01-01' })).toBe('body.electedOn');
    expect(await fieldOf({ filedOn: '2025-12-01' })).toBe('body.filedOn');
    expect((await send('PATCH', url, {})).statusCode).toBe(400);
    expect((await get(url)).json()).toMatchObject({ termEndsOn: '2030-12-31', electedOn: '2026-01-10' });

    const audit = await t.database.db.execute<{ before: { name: string }; after: { name: string } }>(
      sql`select before, after from audit_log where action = 'governance.body.update' and entity_id = ${String(id)}`,
    );
    expect(audit.rows.map((r) => [r.before.name, r.after.name])).toEqual([['彩虹新都业委会', name]]);

    const officer = await send('POST', '/governance/bodies', {
      placeId: await idOf('彩虹新都'),
      kind: 'compound_officer',
      name: '吴事务官',
    });
    const details = { agency: '莲花街道办', contactPhone: '0755-83001234' };
    const edited = await send('PATCH', `/governance/bodies/${officer.json().id}`, { details });
    expect(edited.json().details).toEqual(details);

    const fuzhong = await login(t.app, 'fuzhong.worker');
    expect((await send('PATCH', url, { name: 'x' }, fuzhong)).statusCode).toBe(404);
  });
});

describe('per-compound coverage and property staff', () => {
  it('lists each compound with its party organisation and leader coverage, a page at a time', async () => {
    const community = await idOf('景华社区');
    await send('POST', '/governance/bodies', {
      placeId: await idOf('1栋', '彩虹新都'),
      kind: 'party_org',
      partyLevel: 'building_group',
      name: '彩虹新都1栋党小组',
    });
    const url = `/governance/coverage/compounds?nodeId=${community}&limit=2`;
    const first = await get(url);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().items).toHaveLength(2);
    const rest = await get(`${url}&cursor=${first.json().nextCursor}`);
    expect(rest.json().nextCursor).toBeNull();
    const rows = [...first.json().items, ...rest.json().items] as {
      compoundId: number;
      name: string;
      hasPartyOrg: boolean;
      buildingLeaders: object;
    }[];
    expect(rows.map((r) => r.name).sort()).toEqual(['彩虹新都', '怡枫园', '景华新村'].sort());
    expect(rows.find((r) => r.name === '彩虹新都')).toMatchObject({
      communityName: '景华社区',
      hasPartyOrg: true,
      buildingLeaders: { total: 3 },
    });

    const report = (await get(`/governance/coverage?nodeId=${community}`)).json();
    for (const row of rows) {
      const { total, covered, rate } = report.buildingLeaders.byCompound.find(
        (c: { nodeId: number }) => c.nodeId === row.compoundId,
      );
      expect(row.buildingLeaders).toEqual({ total, covered, rate });
    }
    expect(rows.filter((r) => r.hasPartyOrg)).toHaveLength(report.partyOrgs.overall.covered);

    const fuzhong = await login(t.app, 'fuzhong.worker');
    expect((await get(url, fuzhong)).statusCode).toBe(404);
  });

  it('finds property staff serving a compound by name, and appoints only them as leaders', async () => {
    const staffOf = async (compound: string, q: string) =>
      (
        await get(`/governance/property-staff?compoundId=${await idOf(compound)}&q=${encodeURIComponent(q)}`)
      ).json<{ items: { accountId: number; username: string; displayName: string }[] }>().items;
    const found = await staffOf('怡枫园', '刘经理');
    expect(found).toEqual([
      { accountId: expect.any(Number), username: 'yifengyuan.property', displayName: '怡枫园物业 刘经理' },
    ]);
    expect(await staffOf('怡枫园', '张')).toEqual([]);
    expect(await staffOf('景华新村', '物业')).toEqual([]);

    const appoint = async (accountId: number) =>
      send('POST', '/governance/building-leaders', {
        buildingId: await idOf('3栋', '怡枫园'),
        source: 'property_staff',
        accountId,
        appointedOn: '2026-04-01',
      });
    const ok = await appoint(found[0]?.accountId ?? 0);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ displayName: '怡枫园物业 刘经理', source: 'property_staff' });
    const notStaff = await appoint(worker.user.id);
    expect(notStaff.statusCode).toBe(400);
    expect(notStaff.json().details.fields[0].path).toBe('body.accountId');

    const fuzhong = await login(t.app, 'fuzhong.worker');
    const hidden = await get(`/governance/property-staff?compoundId=${await idOf('怡枫园')}`, fuzhong);
    expect(hidden.statusCode).toBe(404);
  });
});
