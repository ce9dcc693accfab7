import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiOf } from '../../../test/api';
import { useTestApp } from '../../../test/db';

const t = useTestApp();
const api = apiOf(t);
const { call, ok } = api;
let jinghua: number;
let yifengyuan: number;
let mediatorId: number;
let applicant: number;

type Case = { id: number; status: string; outcome: string | null; actions: string[]; eventId: number | null };

const parties = () => [
  { role: 'applicant', name: '王建明', personId: applicant },
  { role: 'respondent', name: '李晓华' },
];
const openCase = (over: Record<string, unknown> = {}) =>
  ok<Case>(
    call('jinghua.worker', 'POST', '/mediation/cases', {
      nodeId: yifengyuan,
      type: 'property',
      title: '物业费争议',
      summary: '业主认为电梯长期故障，拒交物业费',
      parties: parties(),
      mediatorIds: [mediatorId],
      ...over,
    }),
    201,
  );

beforeAll(async () => {
  await api.loginAll('jinghua.worker', 'jinghua.grid1', 'fuzhong.worker', 'yifengyuan.owner1');
  jinghua = await api.idOf('景华社区');
  yifengyuan = await api.idOf('怡枫园');
  applicant = await api.newPerson(jinghua, '王建明');
  const m = await api.newPerson(jinghua, '陈调解');
  await ok(
    call('jinghua.worker', 'POST', '/mediation/mediators', { communityId: jinghua, personId: m }),
    201,
  );
  mediatorId = m;
  await t.database.db.execute(
    sql`update person set account_id = ${api.sessions['yifengyuan.owner1']!.user.id} where id = ${applicant}`,
  );
});

describe('mediation cases', () => {
  it('opens a case from an event, at the event’s compound, and runs it to an agreement and a close', async () => {
    const e = await ok<{ id: number }>(
      call('yifengyuan.owner1', 'POST', '/events', {
        categoryCode: 'facility.light',
        description: '邻居装修噪音扰民',
        nodeId: yifengyuan,
      }),
      201,
    );
    const c = await openCase({ nodeId: undefined, eventId: e.id, type: 'construction' });
    expect(c).toMatchObject({ eventId: e.id, status: 'open', nodeId: yifengyuan });
    expect(c.actions).toEqual(['session', 'agree', 'fail']);
    const withSession = await ok<{ sessions: { attendees: string[] }[] }>(
      call('jinghua.worker', 'POST', `/mediation/cases/${c.id}/sessions`, {
        heldAt: new Date().toISOString(),
        place: '居民议事厅',
        notes: '双方陈述',
        attendees: ['王建明', '李晓华', '陈调解'],
      }),
      201,
    );
    expect(withSession.sessions[0]!.attendees).toHaveLength(3);
    const agreed = await ok<Case>(
      call('jinghua.worker', 'POST', `/mediation/cases/${c.id}/agree`, {
        agreement: '施工限于工作日 9–18 时',
      }),
    );
    expect(agreed).toMatchObject({ status: 'agreed', outcome: 'agreed' });
    const early = await call('jinghua.worker', 'POST', `/mediation/cases/${c.id}/close`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'invalid_transition' });
    await ok(
      call('jinghua.worker', 'POST', `/mediation/cases/${c.id}/follow-up`, {
        visitedOn: '2026-11-20',
        result: '协议履行良好',
      }),
    );
    const closed = await ok<Case>(call('jinghua.worker', 'POST', `/mediation/cases/${c.id}/close`, {}));
    expect(closed).toMatchObject({ status: 'closed', outcome: 'agreed', actions: [] });
    const audit = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where entity_type = 'mediation_case' and entity_id = ${String(c.id)}`,
    );
    expect(audit.rows[0]!.n).toBe(5);
  });

  it('refers a failed case and refuses sessions after the decision', async () => {
    const c = await openCase();
    await ok(call('jinghua.worker', 'POST', `/mediation/cases/${c.id}/fail`, { reason: '双方分歧过大' }));
    const session = await call('jinghua.worker', 'POST', `/mediation/cases/${c.id}/sessions`, {
      heldAt: new Date().toISOString(),
      place: '社区',
      notes: '再谈',
      attendees: ['王建明'],
    });
    expect(session.statusCode).toBe(409);
    const referred = await ok<Case & { referredTo: string }>(
      call('jinghua.worker', 'POST', `/mediation/cases/${c.id}/refer`, { referredTo: '福田区人民法院' }),
    );
    expect(referred).toMatchObject({ status: 'referred', outcome: 'referred', referredTo: '福田区人民法院' });
  });

  it('refuses a case without both sides, a stranger as mediator, and a person of another community', async () => {
    const oneSide = await call('jinghua.worker', 'POST', '/mediation/cases', {
      nodeId: yifengyuan,
      type: 'family',
      title: '家事',
      summary: '家事',
      parties: [
        { role: 'applicant', name: '甲' },
        { role: 'applicant', name: '乙' },
      ],
    });
    expect(oneSide.statusCode).toBe(400);
    expect(oneSide.body).toContain('body.parties');
    const notMediator = await call('jinghua.worker', 'POST', '/mediation/cases', {
      nodeId: yifengyuan,
      type: 'family',
      title: '家事',
      summary: '家事',
      parties: parties(),
      mediatorIds: [applicant],
    });
    expect(notMediator.statusCode).toBe(400);
    expect(notMediator.body).toContain('body.mediatorIds.0');
  });

  it('masks names in lists, not on the case’s own page', async () => {
    const c = await openCase();
    const list = await ok<{ items: { id: number; parties: { name: string }[] }[] }>(
      call('jinghua.worker', 'GET', `/mediation/cases?nodeId=${yifengyuan}`),
    );
    expect(list.items.find((i) => i.id === c.id)!.parties.map((p) => p.name)).toEqual(['王*明', '李*华']);
    const one = await ok<{ parties: { name: string }[] }>(
      call('jinghua.worker', 'GET', `/mediation/cases/${c.id}`),
    );
    expect(one.parties.map((p) => p.name)).toEqual(['王建明', '李晓华']);
  });

  it('answers 404 to another community, 403 to a grid worker who may only read', async () => {
    const c = await openCase();
    expect((await call('fuzhong.worker', 'GET', `/mediation/cases/${c.id}`)).statusCode).toBe(404);
    expect(
      (await call('fuzhong.worker', 'POST', `/mediation/cases/${c.id}/fail`, { reason: 'x' })).statusCode,
    ).toBe(404);
    await ok(call('jinghua.grid1', 'GET', `/mediation/cases/${c.id}`));
    expect(
      (await call('jinghua.grid1', 'POST', `/mediation/cases/${c.id}/fail`, { reason: 'x' })).statusCode,
    ).toBe(403);
  });

  it('shows a party their own cases on the phone', async () => {
    const mine = await ok<{ items: { id: number }[] }>(call('yifengyuan.owner1', 'GET', '/mediation/mine'));
    expect(mine.items.length).toBeGreaterThan(0);
    expect((await call('yifengyuan.owner1', 'GET', '/mediation/cases')).statusCode).toBe(403);
  });

  it('counts by type and outcome, and compares property disputes with a year earlier', async () => {
    const stats = await ok<{
      total: { total: number; agreed: number; referred: number; pending: number };
      byType: { type: string; total: number }[];
      agreementRate: number;
    }>(call('jinghua.worker', 'GET', `/mediation/stats?nodeId=${jinghua}`));
    const cases = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from mediation_case`,
    );
    expect(stats.total.total).toBe(cases.rows[0]!.n);
    expect(stats.total.agreed).toBe(1);
    expect(stats.total.referred).toBe(1);
    expect(stats.byType.find((b) => b.type === 'construction')!.total).toBe(1);
    expect(stats.agreementRate).toBe(50);
    // Two property cases a year ago this month, none of them this year but those opened above.
    const property = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from mediation_case where type = 'property'`,
    );
    const [first] = (
      await t.database.db.execute<{ id: number }>(
        sql`select id from mediation_case where type = 'property' limit 1`,
      )
    ).rows;
    await t.database.db.execute(sql`
      insert into mediation_case (community_id, node_id, node_path, type, title, summary, opened_at, created_by_name)
      select community_id, node_id, node_path, 'property', '去年', '去年', opened_at - interval '1 year', 'test'
        from mediation_case where id = ${first!.id}
      union all
      select community_id, node_id, node_path, 'property', '去年', '去年', opened_at - interval '1 year', 'test'
        from mediation_case where id = ${first!.id}
      union all
      select community_id, node_id, node_path, 'property', '去年', '去年', opened_at - interval '1 year', 'test'
        from mediation_case where id = ${first!.id}`);
    const trend = await ok<{ total: number; previousTotal: number; rate: number; months: unknown[] }>(
      call('jinghua.worker', 'GET', '/mediation/trend'),
    );
    expect(trend.months).toHaveLength(12);
    expect(trend).toMatchObject({ total: property.rows[0]!.n, previousTotal: 3 });
    expect(trend.rate).toBe(Math.round(((property.rows[0]!.n - 3) / 3) * 1000) / 10);
    const other = await ok<{ total: number }>(call('fuzhong.worker', 'GET', '/mediation/trend'));
    expect(other.total).toBe(0);
  });

  it('exports the ledger with full names for those who keep it', async () => {
    const res = await call('jinghua.worker', 'GET', '/mediation/cases.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(5).value).toBe('案由');
    expect(ws.rowCount).toBeGreaterThan(3);
    const texts = ws.getColumn(6).values.map(String);
    expect(texts).toContain('王建明');
  });
});

describe('appointing mediators', () => {
  const listed = async () =>
    (
      await ok<{ items: { personId: number }[] }>(
        call('jinghua.worker', 'GET', `/mediation/mediators?communityId=${jinghua}`),
      )
    ).items.map((m) => m.personId);
  const revoke = (personId: number, who = 'jinghua.worker', communityId = jinghua) =>
    call(who, 'POST', '/mediation/mediators/revoke', { communityId, personId });

  it('revokes an appointment: the past case keeps its mediator, a new case cannot take them', async () => {
    const m = await api.newPerson(jinghua, '周调解');
    await ok(
      call('jinghua.worker', 'POST', '/mediation/mediators', { communityId: jinghua, personId: m }),
      201,
    );
    const before = await openCase({ mediatorIds: [m] });
    expect(await listed()).toContain(m);
    expect((await revoke(m, 'jinghua.grid1')).statusCode).toBe(403);
    expect((await revoke(m, 'fuzhong.worker')).statusCode).toBe(404);
    expect((await revoke(m)).statusCode).toBe(204);
    expect(await listed()).not.toContain(m);
    expect((await revoke(m)).statusCode).toBe(404);
    const kept = await ok<{ mediators: { personId: number }[] }>(
      call('jinghua.worker', 'GET', `/mediation/cases/${before.id}`),
    );
    expect(kept.mediators.map((x) => x.personId)).toEqual([m]);
    const refused = await call('jinghua.worker', 'POST', '/mediation/cases', {
      nodeId: yifengyuan,
      type: 'neighbour',
      title: '噪音',
      summary: '楼上噪音',
      parties: parties(),
      mediatorIds: [m],
    });
    expect(refused.json().details.fields[0].path).toBe('body.mediatorIds.0');
    // Appointed again, they serve again.
    await ok(
      call('jinghua.worker', 'POST', '/mediation/mediators', { communityId: jinghua, personId: m }),
      201,
    );
    expect(await listed()).toContain(m);
    const audit = await t.database.db.execute<{ action: string }>(
      sql`select action from audit_log where entity_type = 'person' and entity_id = ${m} and action like 'mediation.%' order by seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'mediation.mediator_add',
      'mediation.mediator_revoke',
      'mediation.mediator_add',
    ]);
  });

  it('names the field of a bad revocation', async () => {
    const res = await call('jinghua.worker', 'POST', '/mediation/mediators/revoke', { communityId: jinghua });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.fields[0].path).toBe('body.personId');
  });
});
