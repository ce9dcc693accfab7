import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../../domain/common/local-date';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
const s: Record<string, Session> = {};
const ids: Record<string, number> = {};
const HOUR = 3_600_000;
const PASSWORD = 'Deliberate-Together-2026';

const idOf = async (name: string) =>
  Number(
    (
      await t.database.db.execute<{ id: number }>(
        sql`select id from place where name = ${name} and kind = 'compound' union all select id from org_node where name = ${name}`,
      )
    ).rows[0]?.id,
  );

const call = (
  who: string,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) => as(t.app, s[who]!)({ method, url: `/api/v1${url}`, ...(payload ? { payload } : {}) });

const count = async (table: string) =>
  Number(
    (await t.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]!
      .n,
  );

async function account(username: string, displayName: string, role: string, nodeId: number) {
  const res = await call('admin', 'POST', '/accounts', {
    username,
    displayName,
    password: PASSWORD,
    roles: [{ role, nodeId }],
  });
  expect(res.statusCode, res.body).toBe(201);
  s[username] = await login(t.app, username, PASSWORD);
  return res.json<{ id: number }>().id;
}

async function body(placeId: number, kind: string, name: string, partyLevel?: string) {
  const res = await call('jinghua.worker', 'POST', '/governance/bodies', {
    placeId,
    kind,
    name,
    ...(partyLevel ? { partyLevel } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: number }>().id;
}

const raise = (
  who: string,
  nodeId: number,
  title = '楼道堆放杂物',
  text = '1栋楼道长期堆放杂物，存在消防隐患。',
) => call(who, 'POST', '/deliberation/topics', { nodeId, title, body: text });

async function meeting(payload: object, who = 'jinghua.worker') {
  const res = await call(who, 'POST', '/deliberation/meetings', {
    kind: 'joint_meeting',
    nodeId: ids['怡枫园'],
    title: '三月联席会议',
    startsAt: new Date(Date.now() - HOUR).toISOString(),
    location: '怡枫园党群服务站',
    bodyIds: [ids['branch'], ids['committee'], ids['company']],
    ...payload,
  });
  return res;
}

/** Every invitee present: what a held joint meeting usually records. */
const allPresent = async (meetingId: number) => {
  const m = (await call('jinghua.worker', 'GET', `/deliberation/meetings/${meetingId}`)).json();
  return m.invitees.map((i: { id: number }) => i.id) as number[];
};

beforeAll(async () => {
  for (const u of [
    'admin',
    'jinghua.worker',
    'fuzhong.worker',
    'yifengyuan.owner1',
    'yifengyuan.property',
    'lianhua.street',
  ])
    s[u] = await login(t.app, u);
  for (const n of ['怡枫园', '景华新村', '景华社区', '深业花园']) ids[n] = await idOf(n);
  const building = Number(
    (
      await t.database.db.execute<{ id: number }>(
        sql`select id from place where kind = 'building' and parent_id = ${ids['怡枫园']} order by id limit 1 offset 1`,
      )
    ).rows[0]!.id,
  );
  ids['building'] = building;
  const otherBuilding = Number(
    (
      await t.database.db.execute<{ id: number }>(
        sql`select id from place where kind = 'building' and parent_id = ${ids['景华新村']} order by id limit 1`,
      )
    ).rows[0]!.id,
  );
  ids['owner2'] = await account('yifengyuan.owner2', '王先生', 'resident', building);
  ids['neighbour'] = await account('jinghuaxincun.owner', '赵阿姨', 'resident', otherBuilding);
  ids['property'] = s['yifengyuan.property']!.user.id;
  ids['worker'] = s['jinghua.worker']!.user.id;
  ids['branch'] = await body(ids['怡枫园']!, 'party_org', '怡枫园党支部', 'compound_branch');
  ids['committee'] = await body(ids['怡枫园']!, 'owners_committee', '怡枫园业主委员会');
  ids['company'] = await body(ids['怡枫园']!, 'property_company', '深圳市怡枫物业管理有限公司');
});

describe('topics', () => {
  it('a resident raises a topic in their compound; neighbours support it once and discuss it', async () => {
    const res = await raise('yifengyuan.owner1', ids['怡枫园']!);
    expect(res.statusCode, res.body).toBe(201);
    const topic = res.json();
    expect(topic).toMatchObject({
      status: 'open',
      source: 'resident',
      placeName: '怡枫园',
      supportCount: 0,
      raisedByName: '苏大姐',
      meeting: null,
    });
    expect(topic.actions).toEqual(['comment', 'support', 'withdraw']);

    const supported = await call(
      'yifengyuan.owner2',
      'POST',
      `/deliberation/topics/${topic.id}/actions/support`,
      {},
    );
    expect(supported.statusCode, supported.body).toBe(200);
    expect(supported.json()).toMatchObject({ supportCount: 1, supportedByMe: true, raisedByName: '苏**' });
    const again = await call(
      'yifengyuan.owner2',
      'POST',
      `/deliberation/topics/${topic.id}/actions/support`,
      {},
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invalid_transition');
    // Staff read the compound's topics but support is the residents' voice.
    const staff = await call(
      'yifengyuan.property',
      'POST',
      `/deliberation/topics/${topic.id}/actions/support`,
      {},
    );
    expect(staff.statusCode).toBe(403);

    expect(
      (
        await call('yifengyuan.owner2', 'POST', `/deliberation/topics/${topic.id}/comments`, {
          body: '同意，尽快清理',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await call('jinghua.worker', 'POST', `/deliberation/topics/${topic.id}/comments`, {
          body: '已通知物业',
        })
      ).statusCode,
    ).toBe(201);
    const thread = await call(
      'yifengyuan.owner1',
      'GET',
      `/deliberation/topics/${topic.id}/comments?limit=1`,
    );
    expect(thread.json().items).toMatchObject([
      { authorName: '王**', authorKind: 'resident', body: '同意，尽快清理' },
    ]);
    const next = await call(
      'yifengyuan.owner1',
      'GET',
      `/deliberation/topics/${topic.id}/comments?cursor=${thread.json().nextCursor}`,
    );
    expect(next.json()).toMatchObject({
      items: [{ authorName: '景华社区 李社工', authorKind: 'staff' }],
      nextCursor: null,
    });
    // Staff over the compound see residents' names as given.
    const forStaff = await call('jinghua.worker', 'GET', `/deliberation/topics/${topic.id}/comments`);
    expect(forStaff.json().items[0].authorName).toBe('王先生');
    expect((await call('jinghua.worker', 'GET', `/deliberation/topics/${topic.id}`)).json()).toMatchObject({
      commentCount: 2,
      supportCount: 1,
      raisedByName: '苏大姐',
    });

    const list = await call('yifengyuan.owner2', 'GET', `/deliberation/topics?nodeId=${ids['怡枫园']}`);
    expect(list.json().items.map((i: { id: number }) => i.id)).toContain(topic.id);
  });

  it('hides a compound’s topics from other compounds and communities (404), and residents raise only at home', async () => {
    const topic = (await raise('yifengyuan.owner1', ids['怡枫园']!, '垃圾分类点位调整')).json();
    for (const who of ['fuzhong.worker', 'jinghuaxincun.owner']) {
      expect((await call(who, 'GET', `/deliberation/topics/${topic.id}`)).statusCode, who).toBe(404);
      expect(
        (await call(who, 'POST', `/deliberation/topics/${topic.id}/comments`, { body: '路过' })).statusCode,
      ).toBe(404);
      const list = await call(who, 'GET', '/deliberation/topics');
      expect(list.json().items.map((i: { id: number }) => i.id)).not.toContain(topic.id);
    }
    expect((await raise('jinghuaxincun.owner', ids['怡枫园']!)).statusCode).toBe(404);
    expect((await raise('fuzhong.worker', ids['怡枫园']!)).statusCode).toBe(404);
    expect((await raise('yifengyuan.owner1', ids['景华新村']!)).statusCode).toBe(404);
  });

  it('answers bad input with 400 naming the field, and changes nothing', async () => {
    const before = await count('topic');
    const noTitle = await call('yifengyuan.owner1', 'POST', '/deliberation/topics', {
      nodeId: ids['怡枫园'],
      body: 'x',
    });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().details.fields.map((f: { path: string }) => f.path)).toContain('body.title');
    const building = await raise('jinghua.worker', ids['building']!);
    expect(building.statusCode).toBe(400);
    expect(building.json().details.fields[0].path).toBe('body.nodeId');
    const cursor = await call('jinghua.worker', 'GET', '/deliberation/topics?cursor=nonsense');
    expect(cursor.json().details.fields[0].path).toBe('querystring.cursor');
    expect(await count('topic')).toBe(before);
  });

  it('drop is for conveners (403 for residents); the raiser may withdraw an open topic', async () => {
    const topic = (await raise('yifengyuan.owner1', ids['怡枫园']!, '增设非机动车充电桩')).json();
    expect(
      (await call('yifengyuan.owner2', 'POST', `/deliberation/topics/${topic.id}/actions/drop`, {}))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('yifengyuan.owner2', 'POST', `/deliberation/topics/${topic.id}/actions/withdraw`, {}))
        .statusCode,
    ).toBe(403);
    const withdrawn = await call(
      'yifengyuan.owner1',
      'POST',
      `/deliberation/topics/${topic.id}/actions/withdraw`,
      {},
    );
    expect(withdrawn.json()).toMatchObject({ status: 'dropped', actions: [] });
    const comment = await call('yifengyuan.owner1', 'POST', `/deliberation/topics/${topic.id}/comments`, {
      body: '再议',
    });
    expect(comment.statusCode).toBe(409);
    const staffTopic = (await raise('jinghua.worker', ids['景华社区']!, '社区停车秩序整治')).json();
    expect(staffTopic).toMatchObject({ source: 'staff', placeName: '景华社区', compoundId: null });
    const dropped = await call(
      'jinghua.worker',
      'POST',
      `/deliberation/topics/${staffTopic.id}/actions/drop`,
      { reason: '已并入其他议题' },
    );
    expect(dropped.json().status).toBe('dropped');
    const audit = await t.database.db.execute<{ action: string }>(
      sql`select action from audit_log where entity_type = 'topic' and entity_id = ${String(staffTopic.id)} order by seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['topic.raise', 'topic.drop']);
  });
});

describe('meetings', () => {
  it('a joint meeting: agenda from topics, held with minutes, a resolution with an event and a task followed up', async () => {
    const topic = (await raise('yifengyuan.owner1', ids['怡枫园']!, '小区路灯不亮')).json();
    const created = await meeting({ topicIds: [topic.id], accountIds: [ids['owner2']] });
    expect(created.statusCode, created.body).toBe(201);
    const m = created.json();
    expect(m).toMatchObject({ status: 'planned', kind: 'joint_meeting', placeName: '怡枫园' });
    expect(m.invitees.map((i: { name: string }) => i.name)).toEqual([
      '怡枫园党支部',
      '怡枫园业主委员会',
      '深圳市怡枫物业管理有限公司',
      '王先生',
    ]);
    expect(m.agenda).toMatchObject([{ id: topic.id, status: 'scheduled', position: 1 }]);
    expect(m.actions).toEqual(['edit', 'hold', 'cancel']);
    const scheduled = (await call('yifengyuan.owner1', 'GET', `/deliberation/topics/${topic.id}`)).json();
    expect(scheduled).toMatchObject({ status: 'scheduled', meeting: { id: m.id, title: '三月联席会议' } });
    // The invited resident sees the meeting; a resident of another compound does not.
    expect((await call('yifengyuan.owner2', 'GET', `/deliberation/meetings/${m.id}`)).json().actions).toEqual(
      [],
    );
    expect((await call('jinghuaxincun.owner', 'GET', `/deliberation/meetings/${m.id}`)).statusCode).toBe(404);
    expect((await call('fuzhong.worker', 'GET', `/deliberation/meetings/${m.id}`)).statusCode).toBe(404);

    // Resolutions come after the meeting is held.
    const early = await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/resolutions`, {
      text: 'x',
      consensus: true,
    });
    expect(early.statusCode).toBe(409);
    const bodiesOnly = m.invitees.filter((i: { bodyId: number | null }) => i.bodyId !== null);
    const oneBody = await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/actions/hold`, {
      minutes: '会议纪要',
      attendedInviteeIds: [bodiesOnly[0].id],
    });
    expect(oneBody.statusCode).toBe(400);
    expect(oneBody.json().details.fields[0].path).toBe('body.attendedInviteeIds');
    const held = await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/actions/hold`, {
      minutes: '三方共同研究小区照明问题。',
      attendedInviteeIds: bodiesOnly.map((i: { id: number }) => i.id),
      otherAttendees: 6,
    });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({ status: 'held', otherAttendees: 6, actions: ['record', 'resolve'] });
    expect(held.json().invitees.map((i: { attended: boolean }) => i.attended)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(
      (
        await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/actions/hold`, {
          minutes: 'x',
          attendedInviteeIds: [],
        })
      ).statusCode,
    ).toBe(409);

    const events = await count('event');
    const dueOn = addDays(localDate(new Date()), 14);
    const resolved = await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/resolutions`, {
      topicId: topic.id,
      text: '物业一周内更换全部损坏路灯，业委会监督。',
      consensus: true,
      followUps: [
        { kind: 'event', categoryCode: 'facility.light', description: '更换小区损坏路灯' },
        { kind: 'task', title: '业委会验收路灯更换', ownerAccountId: ids['property'], dueOn },
      ],
    });
    expect(resolved.statusCode, resolved.body).toBe(201);
    const [r] = resolved.json().resolutions;
    expect(r).toMatchObject({ topicId: topic.id, topicTitle: '小区路灯不亮', consensus: true });
    expect(r.followUps).toMatchObject([
      { kind: 'event', progress: 'open', event: { status: 'dispatched' }, actions: [] },
      {
        kind: 'task',
        progress: 'open',
        ownerName: '怡枫园物业 刘经理',
        dueOn,
        status: 'open',
        actions: ['complete'],
      },
    ]);
    expect(await count('event')).toBe(events + 1);
    const filed = await call('jinghua.worker', 'GET', `/events/${r.followUps[0].event.id}`);
    expect(filed.json()).toMatchObject({
      categoryCode: 'facility.light',
      description: '更换小区损坏路灯（三月联席会议决议）',
    });
    expect((await call('yifengyuan.owner1', 'GET', `/deliberation/topics/${topic.id}`)).json()).toMatchObject(
      {
        status: 'resolved',
        resolution: { id: r.id, consensus: true },
        actions: [],
      },
    );
    // A topic is resolved once.
    const twice = await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/resolutions`, {
      topicId: topic.id,
      text: '再次决议',
      consensus: false,
    });
    expect(twice.statusCode).toBe(409);

    // The task's owner completes it; only conveners reopen.
    const taskId = r.followUps[1].id;
    const done = await call(
      'yifengyuan.property',
      'POST',
      `/deliberation/follow-ups/${taskId}/actions/complete`,
      {},
    );
    expect(done.json()).toMatchObject({ status: 'done', progress: 'done', actions: [] });
    expect(
      (await call('yifengyuan.property', 'POST', `/deliberation/follow-ups/${taskId}/actions/reopen`, {}))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('jinghua.worker', 'POST', `/deliberation/follow-ups/${taskId}/actions/complete`, {}))
        .statusCode,
    ).toBe(409);
    expect(
      (await call('jinghua.worker', 'POST', `/deliberation/follow-ups/${taskId}/actions/reopen`, {})).json()
        .status,
    ).toBe('open');
    expect(
      (await call('fuzhong.worker', 'POST', `/deliberation/follow-ups/${taskId}/actions/complete`, {}))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await call(
          'jinghua.worker',
          'POST',
          `/deliberation/follow-ups/${r.followUps[0].id}/actions/complete`,
          {},
        )
      ).statusCode,
    ).toBe(409);
  });

  it('a bad follow-up refuses the whole resolution: no resolution, no event, no audit row, topic unchanged', async () => {
    const topic = (await raise('yifengyuan.owner1', ids['怡枫园']!, '电动车进楼')).json();
    const m = (await meeting({ topicIds: [topic.id] })).json();
    await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/actions/hold`, {
      minutes: '纪要',
      attendedInviteeIds: await allPresent(m.id),
    });
    const before = await Promise.all(['resolution', 'follow_up', 'event', 'audit_log'].map(count));
    const bad = await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/resolutions`, {
      topicId: topic.id,
      text: '禁止电动车进楼',
      consensus: true,
      followUps: [
        { kind: 'event', categoryCode: 'fire.hazard', description: '清理楼道电动车' },
        { kind: 'event', categoryCode: 'no.such.category', description: '无' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields[0].path).toBe('body.followUps.1.categoryCode');
    const badOwner = await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/resolutions`, {
      text: '自由决议',
      consensus: false,
      followUps: [
        {
          kind: 'task',
          title: '跟进',
          ownerAccountId: s['fuzhong.worker']!.user.id,
          dueOn: '2099-01-01',
        },
      ],
    });
    expect(badOwner.json().details.fields[0].path).toBe('body.followUps.0.ownerAccountId');
    const pastDue = await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/resolutions`, {
      text: '自由决议',
      consensus: false,
      followUps: [{ kind: 'task', title: '跟进', ownerAccountId: ids['property'], dueOn: '2020-01-01' }],
    });
    expect(pastDue.json().details.fields[0].path).toBe('body.followUps.0.dueOn');
    const offAgenda = await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/resolutions`, {
      topicId: 999_999,
      text: 'x',
      consensus: true,
    });
    expect(offAgenda.json().details.fields[0].path).toBe('body.topicId');
    expect(await Promise.all(['resolution', 'follow_up', 'event', 'audit_log'].map(count))).toEqual(before);
    expect((await call('jinghua.worker', 'GET', `/deliberation/topics/${topic.id}`)).json().status).toBe(
      'scheduled',
    );
    // A free-standing resolution is fine.
    const free = await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/resolutions`, {
      text: '下月起每月第一周召开联席会议',
      consensus: true,
    });
    expect(free.json().resolutions).toMatchObject([{ topicId: null, topicTitle: null, followUps: [] }]);
  });

  it('checks who convenes (403), where (404) and what (400), and the state (409)', async () => {
    expect((await meeting({}, 'yifengyuan.owner1')).statusCode).toBe(403);
    expect((await meeting({}, 'yifengyuan.property')).statusCode).toBe(403);
    expect((await meeting({}, 'fuzhong.worker')).statusCode).toBe(404);
    const oneBody = await meeting({ bodyIds: [ids['company']] });
    expect(oneBody.statusCode).toBe(400);
    expect(oneBody.json().details.fields[0].path).toBe('body.bodyIds');
    const badKind = await meeting({ kind: 'tea_party' });
    expect(badKind.json().details.fields[0].path).toBe('body.kind');
    const otherTopic = (await raise('jinghuaxincun.owner', ids['景华新村']!, '别处的议题')).json();
    const wrongTopic = await meeting({ topicIds: [otherTopic.id] });
    expect(wrongTopic.json().details.fields[0].path).toBe('body.topicIds.0');
    const stranger = await meeting({ accountIds: [s['fuzhong.worker']!.user.id] });
    expect(stranger.json().details.fields[0].path).toBe('body.accountIds');

    const future = (await meeting({ startsAt: new Date(Date.now() + 48 * HOUR).toISOString() })).json();
    const early = await call('jinghua.worker', 'POST', `/deliberation/meetings/${future.id}/actions/hold`, {
      minutes: 'x',
      attendedInviteeIds: await allPresent(future.id),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('started');
    expect(future.actions).toEqual(['edit', 'cancel']);
  });

  it('the agenda changes before the meeting; cancelling gives the topics back', async () => {
    const a = (await raise('yifengyuan.owner1', ids['怡枫园']!, '绿化带改停车位')).json();
    const b = (await raise('yifengyuan.owner2', ids['怡枫园']!, '快递柜位置')).json();
    const m = (await meeting({ kind: 'residents_council', bodyIds: [], title: '居民议事会' })).json();
    expect(
      (await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/agenda`, { topicId: a.id }))
        .statusCode,
    ).toBe(200);
    const both = await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/agenda`, {
      topicId: b.id,
    });
    expect(both.json().agenda.map((x: { id: number; position: number }) => [x.id, x.position])).toEqual([
      [a.id, 1],
      [b.id, 2],
    ]);
    expect(
      (await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/agenda`, { topicId: a.id }))
        .statusCode,
    ).toBe(409);
    const removed = await call('jinghua.worker', 'DELETE', `/deliberation/meetings/${m.id}/agenda/${a.id}`);
    expect(removed.json().agenda.map((x: { id: number }) => x.id)).toEqual([b.id]);
    expect((await call('jinghua.worker', 'GET', `/deliberation/topics/${a.id}`)).json()).toMatchObject({
      status: 'open',
      meeting: null,
    });
    expect(
      (await call('yifengyuan.property', 'DELETE', `/deliberation/meetings/${m.id}/agenda/${b.id}`))
        .statusCode,
    ).toBe(403);
    const renamed = await call('jinghua.worker', 'PATCH', `/deliberation/meetings/${m.id}`, {
      title: '四月居民议事会',
      accountIds: [ids['owner2']],
    });
    expect(renamed.json()).toMatchObject({
      title: '四月居民议事会',
      invitees: [{ name: '王先生', accountId: ids['owner2'] }],
    });

    const cancelled = await call('jinghua.worker', 'POST', `/deliberation/meetings/${m.id}/actions/cancel`, {
      reason: '场地冲突',
    });
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancelReason: '场地冲突',
      agenda: [],
      actions: [],
    });
    expect((await call('jinghua.worker', 'GET', `/deliberation/topics/${b.id}`)).json()).toMatchObject({
      status: 'open',
      meeting: null,
    });
    expect(
      (await call('jinghua.worker', 'PATCH', `/deliberation/meetings/${m.id}`, { title: 'x' })).statusCode,
    ).toBe(409);
  });

  it('a compound’s topic goes on its community’s meeting, never on another compound’s', async () => {
    const topic = (await raise('yifengyuan.owner1', ids['怡枫园']!, '社区停车收费标准')).json();
    const council = { kind: 'residents_council', bodyIds: [], title: '社区居民议事会' };
    const community = (await meeting({ ...council, nodeId: ids['景华社区'] })).json();
    const other = (await meeting({ ...council, nodeId: ids['景华新村'] })).json();
    const refused = await call('jinghua.worker', 'POST', `/deliberation/meetings/${other.id}/agenda`, {
      topicId: topic.id,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.fields).toMatchObject([{ path: 'body.topicId' }]);
    const taken = await call('jinghua.worker', 'POST', `/deliberation/meetings/${community.id}/agenda`, {
      topicId: topic.id,
    });
    expect(taken.json().agenda).toMatchObject([{ id: topic.id, status: 'scheduled' }]);
  });

  it('lists meetings newest first with a cursor, filtered by place', async () => {
    const page1 = await call(
      'jinghua.worker',
      'GET',
      `/deliberation/meetings?nodeId=${ids['怡枫园']}&limit=2`,
    );
    expect(page1.statusCode).toBe(200);
    const first = page1.json();
    expect(first.items).toHaveLength(2);
    const page2 = (
      await call(
        'jinghua.worker',
        'GET',
        `/deliberation/meetings?nodeId=${ids['怡枫园']}&limit=200&cursor=${first.nextCursor}`,
      )
    ).json();
    const all = [...first.items, ...page2.items];
    expect(new Set(all.map((m: { id: number }) => m.id)).size).toBe(all.length);
    const starts = all.map((m: { startsAt: string }) => Date.parse(m.startsAt));
    expect([...starts].sort((x, y) => y - x)).toEqual(starts);
    expect((await call('fuzhong.worker', 'GET', '/deliberation/meetings')).json().items).toEqual([]);
  });
});

describe('statistics', () => {
  it('counts sessions, resolutions, consensus and follow-ups by hand-checked figures', async () => {
    const node = ids['景华新村']!;
    const bodies = [
      await body(node, 'party_org', '景华新村党支部', 'compound_branch'),
      await body(node, 'property_company', '深圳市景华物业服务有限公司'),
    ];
    const today = localDate(new Date());
    const topics = [
      (await raise('jinghuaxincun.owner', node, '屋面漏水')).json().id as number,
      (await raise('jinghuaxincun.owner', node, '单车乱停')).json().id as number,
    ];
    const convene = async (kind: string, startsAt: Date, topicIds: number[] = []) => {
      const res = await call('jinghua.worker', 'POST', '/deliberation/meetings', {
        kind,
        nodeId: node,
        title: `${kind} ${startsAt.toISOString()}`,
        startsAt: startsAt.toISOString(),
        location: '景华新村活动室',
        bodyIds: kind === 'joint_meeting' ? bodies : [],
        topicIds,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as number;
    };
    const hold = async (id: number) =>
      expect(
        (
          await call('jinghua.worker', 'POST', `/deliberation/meetings/${id}/actions/hold`, {
            minutes: '纪要',
            attendedInviteeIds: await allPresent(id),
          })
        ).statusCode,
      ).toBe(200);
    const resolve = async (id: number, payload: object) => {
      const res = await call('jinghua.worker', 'POST', `/deliberation/meetings/${id}/resolutions`, payload);
      expect(res.statusCode, res.body).toBe(201);
    };

    // Two held meetings: a joint meeting with two resolutions (one consensus), a council with one consensus.
    const joint = await convene('joint_meeting', new Date(Date.now() - 2 * HOUR), topics);
    await hold(joint);
    const due = addDays(today, 3);
    await resolve(joint, {
      topicId: topics[0],
      text: '物业维修屋面',
      consensus: true,
      followUps: [
        { kind: 'task', title: '维修屋面', ownerAccountId: ids['worker'], dueOn: due },
        { kind: 'task', title: '回访住户', ownerAccountId: ids['worker'], dueOn: due },
      ],
    });
    await resolve(joint, {
      topicId: topics[1],
      text: '划定单车停放区',
      consensus: false,
      followUps: [{ kind: 'event', categoryCode: 'parking', description: '划线' }],
    });
    const council = await convene('residents_council', new Date(Date.now() - HOUR));
    await hold(council);
    await resolve(council, { text: '每季度开一次议事会', consensus: true });
    // A planned and a cancelled meeting are not sessions.
    await convene('owners_assembly', new Date(Date.now() + 24 * HOUR));
    const off = await convene('residents_council', new Date(Date.now() - HOUR));
    await call('jinghua.worker', 'POST', `/deliberation/meetings/${off}/actions/cancel`, { reason: '取消' });

    // The clock moves on: one task is done, the other is now a day overdue.
    const [first, second] = (
      await t.database.db.execute<{ id: number }>(
        sql`select id from follow_up where kind = 'task' and title in ('维修屋面', '回访住户') order by id`,
      )
    ).rows;
    await call('jinghua.worker', 'POST', `/deliberation/follow-ups/${first!.id}/actions/complete`, {});
    await t.database.db.execute(
      sql`update follow_up set due_on = ${addDays(today, -1)} where id = ${second!.id}`,
    );

    const res = await call(
      'jinghua.worker',
      'GET',
      `/deliberation/stats?nodeId=${node}&from=${addDays(today, -1)}&to=${today}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const st = res.json();
    expect(st).toMatchObject({
      sessions: 2,
      resolutions: 3,
      consensus: 2,
      consensusRate: 0.667,
      // The two above and 别处的议题, raised here by the checks of who convenes.
      topicsRaised: 3,
      topicsResolved: 2,
      followUps: { total: 3, done: 1, overdue: 1, open: 1, dropped: 0 },
    });
    expect(st.byKind).toEqual([
      { kind: 'joint_meeting', sessions: 1 },
      { kind: 'residents_council', sessions: 1 },
      { kind: 'owners_assembly', sessions: 0 },
    ]);
    expect(st.byMonth.at(-1)).toEqual({
      month: today.slice(0, 7),
      sessions: 2,
      resolutions: 3,
      consensus: 2,
    });
    expect(st.byCommunity).toEqual([
      { communityId: ids['景华社区'], name: '景华社区', sessions: 2, resolutions: 3, consensus: 2 },
    ]);

    // The community's figures include 怡枫园's meetings; the street's include the community's; 福中 sees none of it.
    const community = (
      await call(
        'jinghua.worker',
        'GET',
        `/deliberation/stats?nodeId=${ids['景华社区']}&from=${addDays(today, -1)}&to=${today}`,
      )
    ).json();
    expect(community.sessions).toBeGreaterThan(2);
    const street = (
      await call(
        'lianhua.street',
        'GET',
        `/deliberation/stats?nodeId=${ids['景华社区']}&from=${addDays(today, -1)}&to=${today}`,
      )
    ).json();
    expect(street.sessions).toBe(community.sessions);
    expect((await call('fuzhong.worker', 'GET', `/deliberation/stats?nodeId=${node}`)).statusCode).toBe(404);
    expect((await call('yifengyuan.owner1', 'GET', `/deliberation/stats?nodeId=${node}`)).statusCode).toBe(
      403,
    );
    const backwards = await call(
      'jinghua.worker',
      'GET',
      `/deliberation/stats?nodeId=${node}&from=${today}&to=${addDays(today, -3)}`,
    );
    expect(backwards.json().details.fields[0].path).toBe('querystring.from');
    const year = (await call('jinghua.worker', 'GET', `/deliberation/stats?nodeId=${node}`)).json();
    expect(year.byMonth).toHaveLength(12);
    expect(year.to).toBe(today);
  });
});
