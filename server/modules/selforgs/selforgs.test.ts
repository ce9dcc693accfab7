import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiOf } from '../../../test/api';
import { useTestApp } from '../../../test/db';

const t = useTestApp();
const api = apiOf(t);
const { call, ok } = api;
let jinghua: number;
let yifengyuan: number;
let leader: number;

type Org = {
  id: number;
  stage: string;
  members: number;
  nextStages: string[];
  stages: { fromStage: string | null; toStage: string; on: string }[];
  support: { kind: string; amount: number | null }[];
  activities: { id: number }[];
};
const newOrg = (name: string, over: Record<string, unknown> = {}) =>
  ok<Org>(
    call('jinghua.worker', 'POST', '/self-orgs', {
      nodeId: yifengyuan,
      name,
      kind: 'culture',
      leaderPersonId: leader,
      ...over,
    }),
    201,
  );

beforeAll(async () => {
  await api.loginAll('jinghua.worker', 'fuzhong.worker', 'yifengyuan.owner1');
  jinghua = await api.idOf('景华社区');
  yifengyuan = await api.idOf('怡枫园');
  leader = await api.newPerson(jinghua, '刘阿姨');
});

describe('self-organisations', () => {
  it('registers an organisation forming, with its leader as a member and the first stage recorded', async () => {
    const o = await newOrg('怡枫园合唱团');
    expect(o).toMatchObject({ stage: 'forming', members: 1, nextStages: ['incubated'] });
    expect(o.stages).toEqual([expect.objectContaining({ fromStage: null, toStage: 'forming' })]);
  });

  it('incubates step by step, recording each change, and refuses a skipped step with 409', async () => {
    const o = await newOrg('太极拳队', { kind: 'sport' });
    const skip = await call('jinghua.worker', 'POST', `/self-orgs/${o.id}/stage`, {
      stage: 'independent',
      on: '2026-10-01',
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({ code: 'invalid_transition' });
    await ok(
      call('jinghua.worker', 'POST', `/self-orgs/${o.id}/stage`, { stage: 'incubated', on: '2026-10-01' }),
    );
    const done = await ok<Org>(
      call('jinghua.worker', 'POST', `/self-orgs/${o.id}/stage`, {
        stage: 'independent',
        on: '2026-11-15',
        note: '已能自主开展活动',
      }),
    );
    expect(done.stage).toBe('independent');
    expect(done.stages.map((s) => [s.fromStage, s.toStage, s.on])).toEqual([
      [null, 'forming', expect.any(String)],
      ['forming', 'incubated', '2026-10-01'],
      ['incubated', 'independent', '2026-11-15'],
    ]);
  });

  it('keeps members, support and the volunteer activities it runs', async () => {
    const o = await newOrg('银龄互助队', { kind: 'elderly_care' });
    const member = await api.newPerson(jinghua, '赵大爷');
    await ok(call('jinghua.worker', 'POST', `/self-orgs/${o.id}/members`, { personId: member }), 201);
    expect(
      (await call('jinghua.worker', 'POST', `/self-orgs/${o.id}/members`, { personId: member })).statusCode,
    ).toBe(409);
    const members = await ok<{ items: { name: string }[] }>(
      call('jinghua.worker', 'GET', `/self-orgs/${o.id}/members`),
    );
    expect(members.items.map((m) => m.name)).toEqual(['刘阿姨', '赵大爷']);
    const supported = await ok<Org>(
      call('jinghua.worker', 'POST', `/self-orgs/${o.id}/support`, {
        kind: 'funds',
        provider: '景华社区党委',
        amount: 2000.5,
        receivedOn: '2026-09-01',
      }),
      201,
    );
    expect(supported.support).toEqual([expect.objectContaining({ kind: 'funds', amount: 2000.5 })]);
    const starts = Date.now() + 86_400_000;
    const activity = await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/volunteers/activities', {
        nodeId: yifengyuan,
        kind: 'elderly_care',
        title: '探访独居老人',
        place: '怡枫园',
        startsAt: new Date(starts).toISOString(),
        endsAt: new Date(starts + 7_200_000).toISOString(),
        capacity: 10,
      }),
      201,
    );
    const linked = await ok<Org>(
      call('jinghua.worker', 'POST', `/self-orgs/${o.id}/activities`, { activityId: activity.id }),
      201,
    );
    expect(linked.activities.map((a) => a.id)).toEqual([activity.id]);
    const other = await newOrg('书画社', { kind: 'interest' });
    const twice = await call('jinghua.worker', 'POST', `/self-orgs/${other.id}/activities`, {
      activityId: activity.id,
    });
    expect(twice.statusCode).toBe(409);
    // The volunteers module still answers for the activity as before.
    await ok(call('jinghua.worker', 'GET', `/volunteers/activities/${activity.id}`));

    // Unlinked, the activity is free for another organisation; unlinking it again finds nothing.
    const unlinked = await ok<Org>(
      call('jinghua.worker', 'DELETE', `/self-orgs/${o.id}/activities/${activity.id}`),
    );
    expect(unlinked.activities).toEqual([]);
    expect(
      (await call('jinghua.worker', 'DELETE', `/self-orgs/${o.id}/activities/${activity.id}`)).statusCode,
    ).toBe(404);
    await ok(
      call('jinghua.worker', 'POST', `/self-orgs/${other.id}/activities`, { activityId: activity.id }),
      201,
    );
    await ok(call('jinghua.worker', 'GET', `/volunteers/activities/${activity.id}`));

    // A member leaves; the leader stays until another is named.
    const left = await ok<Org>(call('jinghua.worker', 'DELETE', `/self-orgs/${o.id}/members/${member}`));
    expect(left.members).toBe(1);
    expect((await call('jinghua.worker', 'DELETE', `/self-orgs/${o.id}/members/${member}`)).statusCode).toBe(
      404,
    );
    const leaderLeaves = await call('jinghua.worker', 'DELETE', `/self-orgs/${o.id}/members/${leader}`);
    expect(leaderLeaves.statusCode).toBe(409);
    expect((await call('fuzhong.worker', 'DELETE', `/self-orgs/${o.id}/members/${leader}`)).statusCode).toBe(
      404,
    );
    expect(
      (await call('jinghua.worker', 'DELETE', `/self-orgs/${o.id}/members/abc`)).json().details.fields[0]
        .path,
    ).toBe('params.personId');
    const audit = await t.database.db.execute<{ action: string }>(
      sql`select action from audit_log where entity_type = 'self_org' and entity_id = ${o.id} order by seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'self_org.create',
      'self_org.member_add',
      'self_org.support',
      'self_org.activity_link',
      'self_org.activity_unlink',
      'self_org.member_remove',
    ]);
  });

  it('answers 404 to another community and refuses a leader from elsewhere', async () => {
    const o = await newOrg('广场舞队');
    expect((await call('fuzhong.worker', 'GET', `/self-orgs/${o.id}`)).statusCode).toBe(404);
    expect(
      (
        await call('fuzhong.worker', 'POST', `/self-orgs/${o.id}/stage`, {
          stage: 'incubated',
          on: '2026-10-01',
        })
      ).statusCode,
    ).toBe(404);
    const fuzhong = await api.idOf('福中社区');
    const stranger = await api.newPerson(fuzhong, '外来人', 'fuzhong.worker');
    const bad = await call('jinghua.worker', 'POST', '/self-orgs', {
      nodeId: yifengyuan,
      name: '外援队',
      kind: 'other',
      leaderPersonId: stranger,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body.leaderPersonId');
  });

  it('counts per stage in scope, independent ones counted as incubated', async () => {
    const stats = await ok<{ byStage: { stage: string; count: number }[]; total: number; incubated: number }>(
      call('jinghua.worker', 'GET', `/self-orgs/stats?nodeId=${jinghua}`),
    );
    const n = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from self_org`);
    expect(stats.total).toBe(n.rows[0]!.n);
    expect(stats.byStage.find((s) => s.stage === 'independent')!.count).toBe(1);
    expect(stats.incubated).toBe(1);
    const other = await ok<{ total: number }>(call('fuzhong.worker', 'GET', '/self-orgs/stats'));
    expect(other.total).toBe(0);
  });

  it('shows a resident the organisations of their compound', async () => {
    const near = await ok<{ items: { name: string; actions: string[] }[] }>(
      call('yifengyuan.owner1', 'GET', '/self-orgs/near'),
    );
    expect(near.items.map((o) => o.name)).toContain('怡枫园合唱团');
    expect(near.items.every((o) => o.actions.length === 0)).toBe(true);
  });
});
