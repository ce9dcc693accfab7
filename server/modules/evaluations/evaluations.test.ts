import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../../domain/common/local-date';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
const s: Record<string, Session> = {};
const ids: Record<string, number> = {};
const PASSWORD = 'Evaluate-Together-2026';
const today = localDate(new Date());

const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  as(t.app, s[who]!)({ method, url: `/api/v1${url}`, ...(payload ? { payload } : {}) });

const placeId = async (where: string, offset = 0) =>
  Number(
    (
      await t.database.db.execute<{ id: number }>(
        sql.raw(`select id from place where ${where} order by id limit 1 offset ${offset}`),
      )
    ).rows[0]!.id,
  );

async function resident(username: string, displayName: string, nodeId: number) {
  const res = await call('admin', 'POST', '/accounts', {
    username,
    displayName,
    password: PASSWORD,
    roles: [{ role: 'resident', nodeId }],
  });
  expect(res.statusCode, res.body).toBe(201);
  s[username] = await login(t.app, username, PASSWORD);
}

const create = (who: string, payload: object = {}) =>
  call(who, 'POST', '/evaluations/rounds', {
    compoundId: ids['怡枫园'],
    target: 'property_company',
    title: '2026年第一季度物业服务评议',
    periodFrom: '2026-01-01',
    periodTo: '2026-03-31',
    closesOn: addDays(today, 10),
    ...payload,
  });

const scores = (
  attitude: number,
  cleanliness: number,
  security: number,
  maintenance: number,
  fees: number,
) => ({
  scores: { attitude, cleanliness, security, maintenance, fees },
});

beforeAll(async () => {
  for (const u of ['admin', 'jinghua.worker', 'fuzhong.worker', 'yifengyuan.owner1', 'yifengyuan.property'])
    s[u] = await login(t.app, u);
  ids['怡枫园'] = await placeId(`name = '怡枫园'`);
  ids['景华新村'] = await placeId(`name = '景华新村'`);
  const yifeng = await placeId(`kind = 'building' and parent_id = ${ids['怡枫园']}`, 2);
  await resident('yifengyuan.owner2', '王先生', yifeng);
  await resident('yifengyuan.owner3', '陈阿婆', yifeng);
  await resident(
    'jinghuaxincun.owner',
    '赵阿姨',
    await placeId(`kind = 'building' and parent_id = ${ids['景华新村']}`),
  );
  // Four households in 怡枫园: what participation is counted against.
  for (const number of ['101', '102', '201', '202']) {
    const res = await call('jinghua.worker', 'POST', '/registry/houses', {
      placeId: yifeng,
      number,
      floor: Number(number[0]),
      area: 72.5,
      areaSource: 'registered',
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});

describe('an evaluation round', () => {
  it('is created by community staff as a draft, opened, answered once by each resident, and closed', async () => {
    const created = await create('jinghua.worker');
    expect(created.statusCode, created.body).toBe(201);
    const round = created.json();
    expect(round).toMatchObject({
      status: 'draft',
      compoundName: '怡枫园',
      targetName: '深圳市怡枫物业管理有限公司',
      actions: ['open'],
      answeredByMe: false,
    });
    expect(round.dimensions.map((d: { code: string }) => d.code)).toEqual([
      'attitude',
      'cleanliness',
      'security',
      'maintenance',
      'fees',
    ]);
    // Residents do not see a draft.
    expect((await call('yifengyuan.owner1', 'GET', `/evaluations/rounds/${round.id}`)).statusCode).toBe(404);
    expect(
      (
        await call(
          'yifengyuan.owner1',
          'POST',
          `/evaluations/rounds/${round.id}/responses`,
          scores(5, 5, 5, 5, 5),
        )
      ).statusCode,
    ).toBe(404);

    const opened = await call('jinghua.worker', 'POST', `/evaluations/rounds/${round.id}/actions/open`);
    expect(opened.json()).toMatchObject({ status: 'open', actions: ['close'] });
    expect(
      (await call('jinghua.worker', 'POST', `/evaluations/rounds/${round.id}/actions/open`)).statusCode,
    ).toBe(409);
    const mine = await call('yifengyuan.owner1', 'GET', `/evaluations/rounds?nodeId=${ids['怡枫园']}`);
    expect(mine.json().items).toMatchObject([{ id: round.id, actions: ['answer'], answeredByMe: false }]);

    const answered = await call('yifengyuan.owner1', 'POST', `/evaluations/rounds/${round.id}/responses`, {
      ...scores(5, 4, 3, 5, 4),
      comment: '保安很负责',
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json()).toMatchObject({ answeredByMe: true, actions: [] });
    const twice = await call(
      'yifengyuan.owner1',
      'POST',
      `/evaluations/rounds/${round.id}/responses`,
      scores(1, 1, 1, 1, 1),
    );
    expect(twice.statusCode).toBe(409);
    expect(
      (
        await call(
          'yifengyuan.owner2',
          'POST',
          `/evaluations/rounds/${round.id}/responses`,
          scores(4, 4, 5, 3, 2),
        )
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await call('yifengyuan.owner3', 'POST', `/evaluations/rounds/${round.id}/responses`, {
          ...scores(3, 5, 4, 4, 3),
          comment: '收费明细希望按月公示',
        })
      ).statusCode,
    ).toBe(201);

    // The company evaluated reads its results but does not answer; other compounds and communities see nothing.
    expect(
      (
        await call(
          'yifengyuan.property',
          'POST',
          `/evaluations/rounds/${round.id}/responses`,
          scores(5, 5, 5, 5, 5),
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call(
          'jinghuaxincun.owner',
          'POST',
          `/evaluations/rounds/${round.id}/responses`,
          scores(5, 5, 5, 5, 5),
        )
      ).statusCode,
    ).toBe(404);
    expect((await call('fuzhong.worker', 'GET', `/evaluations/rounds/${round.id}/results`)).statusCode).toBe(
      404,
    );
    expect(
      (await call('yifengyuan.owner1', 'GET', `/evaluations/rounds/${round.id}/results`)).statusCode,
    ).toBe(403);

    const results = await call('yifengyuan.property', 'GET', `/evaluations/rounds/${round.id}/results`);
    expect(results.statusCode, results.body).toBe(200);
    // By hand: attitude (5+4+3)/3 = 4, cleanliness 13/3 = 4.33, security 12/3 = 4, maintenance 12/3 = 4,
    // fees 9/3 = 3; overall (4+4.33+4+4+3)/5 = 3.87; three answers from 怡枫园's four households.
    expect(results.json()).toMatchObject({
      respondents: 3,
      eligible: 4,
      participation: 0.75,
      overall: 3.87,
      dimensions: [
        { code: 'attitude', mean: 4, distribution: [0, 0, 1, 1, 1] },
        { code: 'cleanliness', mean: 4.33, distribution: [0, 0, 0, 2, 1] },
        { code: 'security', mean: 4, distribution: [0, 0, 1, 1, 1] },
        { code: 'maintenance', mean: 4, distribution: [0, 0, 1, 1, 1] },
        { code: 'fees', mean: 3, distribution: [0, 1, 1, 1, 0] },
      ],
    });
    expect(results.json().comments.map((c: { text: string }) => c.text)).toEqual([
      '收费明细希望按月公示',
      '保安很负责',
    ]);
    expect(JSON.stringify(results.json())).not.toContain('苏大姐');

    const closed = await call('jinghua.worker', 'POST', `/evaluations/rounds/${round.id}/actions/close`);
    expect(closed.json()).toMatchObject({ status: 'closed', actions: [] });
    const late = await call(
      'yifengyuan.owner1',
      'POST',
      `/evaluations/rounds/${round.id}/responses`,
      scores(5, 5, 5, 5, 5),
    );
    expect(late.statusCode).toBe(409);
    const audit = await t.database.db.execute<{ action: string; after: unknown }>(
      sql`select action, after from audit_log where entity_type = 'evaluation_round' and entity_id = ${String(round.id)} order by seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'evaluation.create',
      'evaluation.open',
      'evaluation.answer',
      'evaluation.answer',
      'evaluation.answer',
      'evaluation.close',
    ]);
    expect(JSON.stringify(audit.rows)).not.toContain('attitude');
  });

  it('refuses bad answers with 400 naming the dimension, and answers after the closing day with 409', async () => {
    const round = (await create('jinghua.worker', { title: '评议（校验）' })).json();
    await call('jinghua.worker', 'POST', `/evaluations/rounds/${round.id}/actions/open`);
    const missing = await call('yifengyuan.owner1', 'POST', `/evaluations/rounds/${round.id}/responses`, {
      scores: { attitude: 5, cleanliness: 5, security: 5, maintenance: 5 },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details.fields).toEqual([{ path: 'body.scores.fees', message: 'missing' }]);
    const unknown = await call('yifengyuan.owner1', 'POST', `/evaluations/rounds/${round.id}/responses`, {
      scores: { ...scores(5, 5, 5, 5, 5).scores, parking: 3 },
    });
    expect(unknown.json().details.fields[0].path).toBe('body.scores.parking');
    const tooHigh = await call(
      'yifengyuan.owner1',
      'POST',
      `/evaluations/rounds/${round.id}/responses`,
      scores(6, 5, 5, 5, 5),
    );
    expect(tooHigh.json().details.fields[0].path).toBe('body.scores.attitude');
    expect(
      (await call('yifengyuan.owner1', 'GET', `/evaluations/rounds/${round.id}`)).json().answeredByMe,
    ).toBe(false);

    await t.database.db.execute(
      sql`update evaluation_round set closes_on = ${addDays(today, -1)} where id = ${round.id}`,
    );
    const late = await call(
      'yifengyuan.owner1',
      'POST',
      `/evaluations/rounds/${round.id}/responses`,
      scores(5, 5, 5, 5, 5),
    );
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toContain('until');
  });

  it('is run by staff only (403), inside their scope (404), with valid input (400)', async () => {
    expect((await create('yifengyuan.owner1')).statusCode).toBe(403);
    expect((await create('yifengyuan.property')).statusCode).toBe(403);
    expect((await create('fuzhong.worker')).statusCode).toBe(404);
    const backwards = await create('jinghua.worker', { periodFrom: '2026-04-01', periodTo: '2026-03-01' });
    expect(backwards.json().details.fields[0].path).toBe('body.periodTo');
    const closed = await create('jinghua.worker', { closesOn: '2020-01-01' });
    expect(closed.json().details.fields[0].path).toBe('body.closesOn');
    const dup = await create('jinghua.worker', {
      dimensions: [
        { code: 'tidy', label: { 'zh-CN': '整洁', 'zh-HK': '整潔', 'en-US': 'Tidy' } },
        { code: 'tidy', label: { 'zh-CN': '整洁', 'zh-HK': '整潔', 'en-US': 'Tidy' } },
      ],
    });
    expect(dup.json().details.fields[0].path).toBe('body.dimensions.1.code');
    // No owners' committee is registered at 怡枫园 yet.
    const committee = await create('jinghua.worker', { target: 'owners_committee' });
    expect(committee.json().details.fields[0].path).toBe('body.target');
    const body = await call('jinghua.worker', 'POST', '/governance/bodies', {
      placeId: ids['怡枫园'],
      kind: 'owners_committee',
      name: '怡枫园业主委员会',
    });
    expect(body.statusCode).toBe(201);
    const ok = await create('jinghua.worker', { target: 'owners_committee' });
    expect(ok.json()).toMatchObject({ targetName: '怡枫园业主委员会' });
    expect(ok.json().dimensions.map((d: { code: string }) => d.code)).toEqual([
      'diligence',
      'openness',
      'funds',
      'communication',
    ]);
    const building = await create('jinghua.worker', { compoundId: await placeId(`kind = 'building'`) });
    expect(building.json().details.fields[0].path).toBe('body.compoundId');
  });

  it('shows a trend across rounds, oldest period first, leaving drafts out', async () => {
    const later = (
      await create('jinghua.worker', { title: '第二季度', periodFrom: '2026-04-01', periodTo: '2026-06-30' })
    ).json();
    await call('jinghua.worker', 'POST', `/evaluations/rounds/${later.id}/actions/open`);
    await call(
      'yifengyuan.owner2',
      'POST',
      `/evaluations/rounds/${later.id}/responses`,
      scores(5, 5, 5, 5, 4),
    );
    await create('jinghua.worker', { title: '草稿', periodFrom: '2026-07-01', periodTo: '2026-09-30' });
    const trend = await call(
      'jinghua.worker',
      'GET',
      `/evaluations/trend?compoundId=${ids['怡枫园']}&target=property_company`,
    );
    expect(trend.statusCode, trend.body).toBe(200);
    const items = trend.json().items as {
      title: string;
      overall: number | null;
      respondents: number;
      periodFrom: string;
    }[];
    expect(items.map((i) => i.title)).not.toContain('草稿');
    expect(items.at(-1)).toMatchObject({ title: '第二季度', respondents: 1, overall: 4.8 });
    expect(items[0]).toMatchObject({ title: '2026年第一季度物业服务评议', overall: 3.87 });
    expect([...items.map((i) => i.periodFrom)].sort()).toEqual(items.map((i) => i.periodFrom));
    expect(
      (
        await call(
          'fuzhong.worker',
          'GET',
          `/evaluations/trend?compoundId=${ids['怡枫园']}&target=property_company`,
        )
      ).statusCode,
    ).toBe(404);
    const dims = await call('yifengyuan.owner1', 'GET', '/evaluations/dimensions?target=owners_committee');
    expect(dims.json().items).toHaveLength(4);
  });
});
