import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { balanceAfter, type LedgerKind } from '../../../domain/projects/ledger';
import { useTestApp } from '../../../test/db';
import { multipart } from '../../../test/multipart';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
const s: Record<string, Session> = {};
let jinghua: number;
let yifengyuan: number;
let owner1Person: number;

const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  as(
    t.app,
    s[who]!,
  )({ method, url: `/api/v1${url}`, ...(payload === undefined ? {} : { payload: payload as object }) });
const ok = async <T = Record<string, unknown>>(p: ReturnType<typeof call>, status = 200): Promise<T> => {
  const res = await p;
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
};
const idOf = async (name: string) =>
  Number(
    (
      await t.database.db.execute<{ id: number }>(
        sql`select id from place where name = ${name} union all select id from org_node where name = ${name}`,
      )
    ).rows[0]!.id,
  );
const refusal = (q: Promise<unknown>) =>
  q.then(
    () => 'accepted',
    (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
  );

interface Project {
  id: number;
  status: string;
  balance: number;
  income: number;
  expense: number;
  actions: string[];
  photos: { url: string }[];
}
const newProject = (over: Record<string, unknown> = {}) =>
  ok<Project>(
    call('jinghua.worker', 'POST', '/projects', {
      nodeId: yifengyuan,
      title: '小区监控',
      budget: 1_000_000,
      crowdfunding: true,
      ...over,
    }),
    201,
  );
const step = (id: number, action: string, body: object = {}, who = 'jinghua.worker') =>
  call(who, 'POST', `/projects/${id}/actions/${action}`, body);
const entry = (id: number, body: object, who = 'jinghua.worker') =>
  call(who, 'POST', `/projects/${id}/entries`, body);

/** A project taken to in_progress, as the ledger tests need it. */
async function running() {
  const p = await newProject({ crowdfunding: false });
  await ok(step(p.id, 'approve'));
  await ok(step(p.id, 'start'));
  return p.id;
}

const png = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000a49444154789c6300010000050001ad2e5e0a0000000049454e44ae426082',
  'hex',
);

beforeAll(async () => {
  for (const u of ['jinghua.worker', 'jinghua.grid1', 'fuzhong.worker', 'yifengyuan.owner1'])
    s[u] = await login(t.app, u);
  jinghua = await idOf('景华社区');
  yifengyuan = await idOf('怡枫园');
  owner1Person = (
    await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/registry/people', { communityId: jinghua, name: '苏大姐' }),
      201,
    )
  ).id;
  // The account-to-person link is made by binding a house (registry issue); here it is set directly.
  await t.database.db.execute(
    sql`update person set account_id = ${s['yifengyuan.owner1']!.user.id} where id = ${owner1Person}`,
  );
});

describe('partner units', () => {
  it('signs an agreement with the default commitments and tracks their fulfilment', async () => {
    const p = await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/partners', {
        nodeId: jinghua,
        kind: 'hospital',
        name: '福田区人民医院',
      }),
      201,
    );
    const year = new Date().getUTCFullYear();
    const signed = await ok<{
      agreements: { commitments: { id: number; kind: string; period: string; status: string }[] }[];
      status: string;
    }>(
      call('jinghua.worker', 'POST', `/partners/${p.id}/agreements`, {
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
      }),
      201,
    );
    const commitments = signed.agreements[0]!.commitments;
    expect(commitments.map((c) => [c.kind, c.period])).toEqual([
      ['joint_activity', 'quarter'],
      ['practical_thing', 'year'],
      ['dispute_handled', 'year'],
    ]);
    expect(signed.status).toBe('behind');
    const today = new Date().toISOString().slice(0, 10);
    let last: { agreements: { commitments: { status: string }[] }[] } | undefined;
    for (const c of commitments.slice(1))
      last = await ok(
        call('jinghua.worker', 'POST', `/partners/${p.id}/fulfilments`, {
          commitmentId: c.id,
          doneOn: today,
          note: '义诊',
        }),
        201,
      );
    expect(last!.agreements[0]!.commitments.map((c) => c.status).slice(1)).toEqual(['met', 'met']);
    // A commitment of another unit, and an activity that does not exist, are named in the 400.
    const bad = await call('jinghua.worker', 'POST', `/partners/${p.id}/fulfilments`, {
      commitmentId: commitments[0]!.id,
      doneOn: today,
      note: 'x',
      activityId: 999_999,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields[0].path).toBe('body.activityId');
    expect((await call('fuzhong.worker', 'GET', `/partners/${p.id}`)).statusCode).toBe(404);
    expect(
      (await call('jinghua.grid1', 'POST', '/partners', { nodeId: jinghua, kind: 'school', name: 'x' }))
        .statusCode,
    ).toBe(403);
    expect((await call('yifengyuan.owner1', 'GET', '/partners')).statusCode).toBe(403);
  });
});

describe('editing and archiving partner units', () => {
  const addPartner = (name: string) =>
    ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/partners', { nodeId: jinghua, kind: 'school', name }),
      201,
    );
  const fieldOf = async (res: ReturnType<typeof call>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(400);
    return r.json<{ details: { fields: { path: string }[] } }>().details.fields.map((f) => f.path);
  };

  it('signs for the year or period chosen, and names the field of a bad year', async () => {
    const p = await addPartner('翠园中学');
    const sign = (startsOn: string, endsOn: string) =>
      call('jinghua.worker', 'POST', `/partners/${p.id}/agreements`, { startsOn, endsOn });
    const next = new Date().getUTCFullYear() + 1;
    const signed = await ok<{ agreements: { startsOn: string; endsOn: string }[] }>(
      sign(`${next}-03-01`, `${next + 1}-02-28`),
      201,
    );
    expect(signed.agreements.map((a) => [a.startsOn, a.endsOn])).toEqual([
      [`${next}-03-01`, `${next + 1}-02-28`],
    ]);
    expect(await fieldOf(sign('0202-01-01', '0202-12-31'))).toEqual(['body.startsOn', 'body.endsOn']);
    expect(await fieldOf(sign('2026-01-01', '2201-12-31'))).toContain('body.endsOn');
    expect(await fieldOf(sign('2026-13-01', '2026-12-31'))).toContain('body.startsOn');
    expect(await fieldOf(sign('2026-01-01', '2040-12-31'))).toEqual(['body.endsOn']);
    expect(await fieldOf(sign('2026-06-01', '2026-01-01'))).toEqual(['body.endsOn']);
  });

  it('corrects a unit, refuses a taken name, and archives it so it takes nothing new', async () => {
    const p = await addPartner('罗湖外语学校');
    await addPartner('深圳中学');
    const edit = (body: object, who = 'jinghua.worker') => call(who, 'PATCH', `/partners/${p.id}`, body);
    const edited = await ok<{ name: string; kind: string; contact: string | null }>(
      edit({ name: '罗湖外国语学校', kind: 'school', contact: '德育处' }),
    );
    expect(edited).toMatchObject({ name: '罗湖外国语学校', contact: '德育处' });
    expect((await ok<{ contact: string | null }>(edit({ contact: null }))).contact).toBeNull();
    expect((await edit({ name: '深圳中学' })).statusCode).toBe(409);
    expect(await fieldOf(edit({}))).toEqual(['body']);
    expect(await fieldOf(edit({ kind: 'castle' }))).toEqual(['body.kind']);
    expect((await edit({ name: 'x' }, 'fuzhong.worker')).statusCode).toBe(404);
    expect((await edit({ name: 'x' }, 'jinghua.grid1')).statusCode).toBe(403);

    const archived = await ok<{ archivedAt: string | null; actions: string[] }>(
      call('jinghua.worker', 'POST', `/partners/${p.id}/archive`),
    );
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.actions).toEqual([]);
    const year = new Date().getUTCFullYear();
    for (const res of [
      edit({ name: 'y' }),
      call('jinghua.worker', 'POST', `/partners/${p.id}/archive`),
      call('jinghua.worker', 'POST', `/partners/${p.id}/agreements`, {
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
      }),
    ])
      expect((await res).json().code).toBe('invalid_transition');
    const resource = await call('jinghua.worker', 'POST', '/projects/resources', {
      nodeId: jinghua,
      kind: 'partner',
      name: '学校场地',
      partnerId: p.id,
    });
    expect(resource.json().details.fields[0].path).toBe('body.partnerId');
    const audit = await t.database.db.execute<{ action: string }>(
      sql`select action from audit_log where entity_type = 'partner_unit' and entity_id = ${p.id} order by seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'partner.create',
      'partner.update',
      'partner.update',
      'partner.archive',
    ]);
  });
});

describe('editing and archiving resources, editing and cancelling projects', () => {
  const addFund = (name: string) =>
    ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/projects/resources', {
        nodeId: jinghua,
        kind: 'fund',
        name,
        amount: 100,
      }),
      201,
    );

  it('corrects a resource within its kind, archives it, and offers it to no new project', async () => {
    const fund = await addFund('党群服务资金');
    const edit = (body: object) => call('jinghua.worker', 'PATCH', `/projects/resources/${fund.id}`, body);
    expect(await ok(edit({ amount: 300, note: '年度' }))).toMatchObject({ amount: 300, note: '年度' });
    expect((await edit({ venue: '礼堂' })).json().details.fields[0].path).toBe('body.venue');
    expect(
      (await call('fuzhong.worker', 'PATCH', `/projects/resources/${fund.id}`, { name: 'x' })).statusCode,
    ).toBe(404);
    const used = await newProject({ resourceIds: [fund.id] });
    expect(
      (
        await ok<{ archivedAt: string | null }>(
          call('jinghua.worker', 'POST', `/projects/resources/${fund.id}/archive`),
        )
      ).archivedAt,
    ).not.toBeNull();
    expect((await edit({ name: 'y' })).json().code).toBe('invalid_transition');
    // The project that drew on it keeps it; a new one cannot take it.
    expect(
      (await ok<{ resources: { id: number }[] }>(call('jinghua.worker', 'GET', `/projects/${used.id}`)))
        .resources,
    ).toEqual([expect.objectContaining({ id: fund.id })]);
    const refused = await call('jinghua.worker', 'POST', '/projects', {
      nodeId: yifengyuan,
      title: 'x',
      budget: 1,
      resourceIds: [fund.id],
    });
    expect(refused.json().details.fields[0].path).toBe('body.resourceIds');
  });

  it('edits a project while proposed, replacing its needs, and not once approved', async () => {
    const needs = await Promise.all(
      ['修路灯', '修座椅'].map((title) =>
        ok<{ id: number }>(
          call('jinghua.worker', 'POST', '/projects/needs', { nodeId: yifengyuan, title }),
          201,
        ),
      ),
    );
    const p = await newProject({ needIds: [needs[0]!.id] });
    expect(p.actions).toContain('edit');
    const edit = (body: object, who = 'jinghua.worker') => call(who, 'PATCH', `/projects/${p.id}`, body);
    const edited = await ok<Project & { title: string; budget: number; needs: { id: number }[] }>(
      edit({ title: '路灯和座椅', budget: 2_000_000, needIds: needs.map((n) => n.id) }),
    );
    expect(edited).toMatchObject({ title: '路灯和座椅', budget: 2_000_000 });
    expect(edited.needs.map((n) => n.id).sort()).toEqual(needs.map((n) => n.id).sort());
    // Without needIds the links stay; an empty list clears them.
    expect((await ok<{ needs: unknown[] }>(edit({ crowdfunding: false }))).needs).toHaveLength(2);
    expect((await ok<{ needs: unknown[] }>(edit({ needIds: [] }))).needs).toHaveLength(0);
    expect((await edit({ needIds: [999_999] })).json().details.fields[0].path).toBe('body.needIds');
    expect((await edit({ budget: -1 })).json().details.fields[0].path).toBe('body.budget');
    expect((await edit({ title: 'x' }, 'jinghua.grid1')).statusCode).toBe(403);
    expect((await edit({ title: 'x' }, 'fuzhong.worker')).statusCode).toBe(404);
    const approved = await ok<Project>(step(p.id, 'approve'));
    expect(approved.actions).not.toContain('edit');
    expect((await edit({ title: 'x' })).json().code).toBe('invalid_transition');
  });

  it('cancels a project only with a reason and once its money is refunded; it is never deleted', async () => {
    const id = await running();
    await ok(entry(id, { kind: 'community_fund', amount: 800 }), 201);
    const cancel = (body: object) => step(id, 'cancel', body);
    expect((await cancel({})).json().details.fields[0].path).toBe('body.note');
    const held = await cancel({ note: '业主改用维修资金' });
    expect(held.statusCode).toBe(409);
    expect(held.json().message).toMatch(/800 cents remain/);
    await ok(entry(id, { kind: 'refund', amount: 800, note: '退回社区' }), 201);
    const cancelled = await ok<Project>(cancel({ note: '业主改用维修资金' }));
    expect(cancelled).toMatchObject({ status: 'cancelled', balance: 0, actions: [] });
    expect((await entry(id, { kind: 'community_fund', amount: 1 })).json().code).toBe('invalid_transition');
    expect((await step(id, 'start')).json().code).toBe('invalid_transition');
    // The ledger stays with the project: both entries are still there.
    expect(
      (await ok<{ items: unknown[] }>(call('jinghua.worker', 'GET', `/projects/${id}/entries`))).items,
    ).toHaveLength(2);
    const audit = await t.database.db.execute<{ after: { reason?: string } }>(
      sql`select after from audit_log where entity_type = 'project' and entity_id = ${id} and action = 'project.cancel'`,
    );
    expect(audit.rows[0]!.after.reason).toBe('业主改用维修资金');
    // A proposal cancelled before approval stays hidden from residents, as proposals are.
    const proposal = await newProject();
    await ok(step(proposal.id, 'cancel', { note: '重复' }));
    expect((await call('yifengyuan.owner1', 'GET', `/projects/${proposal.id}`)).statusCode).toBe(404);
    expect((await call('yifengyuan.owner1', 'GET', `/projects/${id}`)).statusCode).toBe(200);
  });

  it('finds partner units by part of their name, for the picker of the resource form', async () => {
    for (const name of ['华强电子有限公司', '华强物流有限公司', '景田小学'])
      await ok(
        call('jinghua.worker', 'POST', '/partners', { nodeId: yifengyuan, kind: 'enterprise', name }),
        201,
      );
    const found = await ok<{ items: { name: string }[] }>(
      call('jinghua.worker', 'GET', `/partners?q=${encodeURIComponent('华强')}`),
    );
    expect(found.items.map((p) => p.name)).toEqual(['华强物流有限公司', '华强电子有限公司']);
    expect((await call('jinghua.worker', 'GET', '/partners?q=')).statusCode).toBe(400);
  });

  it('finds needs by part of their title, a page at a time', async () => {
    for (const title of ['加装充电桩一', '加装充电桩二', '加装充电桩三', '修剪树木'])
      await ok(call('jinghua.worker', 'POST', '/projects/needs', { nodeId: yifengyuan, title }), 201);
    const first = await ok<{ items: { title: string }[]; nextCursor: string | null }>(
      call('jinghua.worker', 'GET', '/projects/needs?q=充电桩&limit=2'),
    );
    expect(first.items.map((n) => n.title)).toEqual(['加装充电桩三', '加装充电桩二']);
    const second = await ok<{ items: { title: string }[]; nextCursor: string | null }>(
      call('jinghua.worker', 'GET', `/projects/needs?q=充电桩&limit=2&cursor=${first.nextCursor}`),
    );
    expect(second.items.map((n) => n.title)).toEqual(['加装充电桩一']);
    expect(second.nextCursor).toBeNull();
    // A wildcard in the search is taken literally.
    expect(
      (await ok<{ items: unknown[] }>(call('jinghua.worker', 'GET', '/projects/needs?q=%25'))).items,
    ).toEqual([]);
  });
});

describe('needs, resources and the project lifecycle', () => {
  it('runs a project from a resident need to closing, with photos and a balanced ledger', async () => {
    const need = await ok<{ id: number; source: string; raisedByName: string }>(
      call('yifengyuan.owner1', 'POST', '/projects/needs', {
        nodeId: yifengyuan,
        title: '装监控',
        description: '电动车被偷',
      }),
      201,
    );
    expect(need.source).toBe('resident');
    const seen = await ok<{ items: { id: number; raisedByName: string }[] }>(
      call('jinghua.worker', 'GET', '/projects/needs'),
    );
    const listed = seen.items.find((n) => n.id === need.id)!;
    expect(listed.raisedByName).toContain('*');
    const fund = await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/projects/resources', {
        nodeId: jinghua,
        kind: 'fund',
        name: '民生微实事资金',
        amount: 500_000,
      }),
      201,
    );
    expect(
      (
        await call('jinghua.worker', 'POST', '/projects/resources', {
          nodeId: jinghua,
          kind: 'venue',
          name: 'x',
        })
      ).json().details.fields[0].path,
    ).toBe('body.venue');
    const p = await newProject({ needIds: [need.id], resourceIds: [fund.id] });
    expect(p).toMatchObject({ status: 'proposed', needs: [{ id: need.id }], resources: [{ id: fund.id }] });
    // A resident does not see a proposal; the other community does not see it at all.
    expect((await call('yifengyuan.owner1', 'GET', `/projects/${p.id}`)).statusCode).toBe(404);
    expect((await call('fuzhong.worker', 'GET', `/projects/${p.id}`)).statusCode).toBe(404);
    expect((await step(p.id, 'approve', {}, 'fuzhong.worker')).statusCode).toBe(404);
    expect((await step(p.id, 'start')).json().code).toBe('invalid_transition');
    expect((await step(p.id, 'approve', {}, 'jinghua.grid1')).statusCode).toBe(403);

    await ok(step(p.id, 'approve'));
    const shown = await ok<Project>(call('yifengyuan.owner1', 'GET', `/projects/${p.id}`));
    expect(shown.actions).toEqual(['contribute']);
    const receipt = await ok<{ receiptNo: string; mine: boolean; contributor: string }>(
      call('yifengyuan.owner1', 'POST', `/projects/${p.id}/contributions`, { amount: 20_000 }),
      201,
    );
    expect(receipt.receiptNo).toMatch(/^MP\d{6}-0001$/);
    expect(receipt.mine).toBe(true);
    await ok(entry(p.id, { kind: 'community_fund', amount: 500_000 }), 201);
    const desk = await ok<{ receiptNo: string }>(
      entry(p.id, { kind: 'contribution', amount: 10_000, personId: owner1Person }),
      201,
    );
    expect(desk.receiptNo).toMatch(/-0002$/);
    // An expense before the work starts is a wrong state; one without a payee names the field.
    expect((await entry(p.id, { kind: 'expense', amount: 1, payee: '公司' })).json().code).toBe(
      'invalid_transition',
    );
    await ok(step(p.id, 'start'));
    expect((await entry(p.id, { kind: 'expense', amount: 1 })).json().details.fields[0].path).toBe(
      'body.payee',
    );
    const overdraw = await entry(p.id, { kind: 'expense', amount: 530_001, payee: '安防公司' });
    expect([overdraw.statusCode, overdraw.json().code]).toEqual([409, 'conflict']);
    await ok(entry(p.id, { kind: 'expense', amount: 480_000, payee: '安防公司', note: '摄像头8个' }), 201);

    expect((await step(p.id, 'accept')).json().message).toMatch(/photo/);
    const upload = await as(
      t.app,
      s['jinghua.worker']!,
    )({ method: 'POST', url: '/api/v1/events/attachments', ...multipart('done.png', png) });
    expect(upload.statusCode, upload.body).toBe(201);
    const accepted = await ok<Project>(
      step(p.id, 'accept', { photoIds: [upload.json().id], note: '验收合格' }),
    );
    expect(accepted.status).toBe('accepted');
    const photo = await call('yifengyuan.owner1', 'GET', accepted.photos[0]!.url.replace('/api/v1', ''));
    expect([photo.statusCode, photo.headers['content-type']]).toEqual([200, 'image/png']);

    const unbalanced = await step(p.id, 'close');
    expect([unbalanced.statusCode, unbalanced.json().code]).toEqual([409, 'invalid_transition']);
    expect(unbalanced.json().message).toMatch(/50000 cents/);
    await ok(entry(p.id, { kind: 'refund', amount: 50_000, note: '结余退还社区' }), 201);
    const closed = await ok<Project>(step(p.id, 'close'));
    expect(closed).toMatchObject({ status: 'closed', income: 530_000, expense: 530_000, balance: 0 });
    expect((await entry(p.id, { kind: 'community_fund', amount: 1 })).statusCode).toBe(409);

    const ledger = await ok<{ items: { kind: string; contributor: string | null; mine: boolean }[] }>(
      call('yifengyuan.owner1', 'GET', `/projects/${p.id}/entries`),
    );
    expect(ledger.items.map((e) => e.kind)).toEqual([
      'refund',
      'expense',
      'contribution',
      'community_fund',
      'contribution',
    ]);
    expect(ledger.items.filter((e) => e.mine)).toHaveLength(2);
    expect(ledger.items[2]!.contributor).toBe('苏*姐');
    const file = await call('jinghua.worker', 'GET', `/projects/${p.id}/ledger.xlsx`);
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getCell('D3').value).toBe('是');
    expect(wb.worksheets[0]!.rowCount).toBe(11);
    expect((await call('yifengyuan.owner1', 'GET', `/projects/${p.id}/ledger.xlsx`)).statusCode).toBe(403);
  });

  it('approves by an owner vote only once the vote has passed', async () => {
    const p = await newProject();
    const vote = await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/votes', { nodeId: yifengyuan, matter: 9, title: '是否安装监控' }),
      201,
    );
    const draft = await step(p.id, 'approve', { by: 'vote', voteId: vote.id });
    expect([draft.statusCode, draft.json().code]).toEqual([409, 'invalid_transition']);
    expect((await step(p.id, 'approve', { by: 'vote' })).json().details.fields[0].path).toBe('body.voteId');
    // The result of record is what the vote closed with (tallies are the votes capability's own tests).
    await t.database.db.execute(
      sql`update vote set status = 'closed', result = '{"passed": false}' where id = ${vote.id}`,
    );
    expect((await step(p.id, 'approve', { by: 'vote', voteId: vote.id })).statusCode).toBe(409);
    await t.database.db.execute(sql`update vote set result = '{"passed": true}' where id = ${vote.id}`);
    expect(await ok(step(p.id, 'approve', { by: 'vote', voteId: vote.id }))).toMatchObject({
      status: 'approved',
      approvedBy: 'vote',
      voteId: vote.id,
    });
  });

  it('takes contributions only from residents of the compound, only while crowdfunding', async () => {
    const p = await newProject({ crowdfunding: false });
    await ok(step(p.id, 'approve'));
    const r = await call('yifengyuan.owner1', 'POST', `/projects/${p.id}/contributions`, { amount: 100 });
    expect([r.statusCode, r.json().code]).toEqual([409, 'invalid_transition']);
    expect(
      (await call('fuzhong.worker', 'POST', `/projects/${p.id}/contributions`, { amount: 100 })).statusCode,
    ).toBe(404);
    expect(
      (await call('yifengyuan.owner1', 'POST', `/projects/${p.id}/contributions`, { amount: 0 })).statusCode,
    ).toBe(400);
  });
});

describe('the project ledger', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, and a negative balance, in the database', async () => {
    const id = await running();
    await ok(entry(id, { kind: 'government_grant', amount: 100 }), 201);
    expect(await refusal(t.database.db.execute(sql`update project_entry set amount = 999`))).toMatch(
      /append-only/,
    );
    expect(await refusal(t.database.db.execute(sql`delete from project_entry`))).toMatch(/append-only/);
    expect(await refusal(t.database.db.execute(sql`truncate project_entry cascade`))).toMatch(/append-only/);
    expect(
      await refusal(
        t.database.db.execute(sql`update project set balance = -1, expense = income + 1 where id = ${id}`),
      ),
    ).toMatch(/project_balance_check/);
  });

  it('never goes negative or loses an entry under any sequence of concurrent income and expenses', async () => {
    const op = fc.record({
      kind: fc.constantFrom<LedgerKind>('community_fund', 'government_grant', 'expense'),
      amount: fc.integer({ min: 1, max: 5_000 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        async (batches) => {
          const id = await running();
          let accepted = 0;
          for (const batch of batches) {
            const results = await Promise.all(
              batch.map((o) => entry(id, { ...o, ...(o.kind === 'expense' ? { payee: '供应商' } : {}) })),
            );
            for (const r of results) {
              expect([201, 409], r.body).toContain(r.statusCode);
              if (r.statusCode === 201) accepted += 1;
            }
          }
          const rows = await t.database.db.execute<{
            kind: LedgerKind;
            amount: string;
            balance_after: string;
          }>(sql`select kind, amount, balance_after from project_entry where project_id = ${id} order by id`);
          // Every accepted request is one entry, and replaying them in order gives each entry's balance.
          expect(rows.rows).toHaveLength(accepted);
          let balance = 0;
          for (const r of rows.rows) {
            balance = balanceAfter(balance, r.kind, Number(r.amount))!;
            expect(balance).not.toBeNull();
            expect(Number(r.balance_after)).toBe(balance);
          }
          const p = await ok<Project>(call('jinghua.worker', 'GET', `/projects/${id}`));
          expect(p.balance).toBe(balance);
          expect(p.income - p.expense).toBe(balance);
        },
      ),
      { numRuns: 8 },
    );
  });
});
