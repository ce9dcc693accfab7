import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';
import { LogNotifier } from '../../notify/notifier';

const sent: string[] = [];
const t = useTestApp(new LogNotifier((line) => sent.push(line)));
let worker: Session;

const lastCode = () => /验证码是 (\d{6})/.exec(sent.at(-1) ?? '')?.[1] ?? '';
const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  `linli_session=${res.cookies.find((c) => c.name === 'linli_session')?.value ?? ''}`;

async function signUp(phone: string, username: string) {
  const code = await t.app.inject({ method: 'POST', url: '/api/v1/signup/code', payload: { phone } });
  expect(code.statusCode, code.body).toBe(202);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/signup',
    payload: { phone, code: lastCode(), username, displayName: username, password: 'a-long-enough-secret' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return {
    cookie: cookieOf(res),
    csrf: res.json().csrfToken as string,
    user: res.json().user,
  } satisfies Session;
}

let unitId: number;
let houseId: number;

beforeAll(async () => {
  worker = await login(t.app, 'jinghua.worker');
  unitId = Number(
    (
      await t.database.db.execute<{ id: number }>(sql`
    select u.id from place u join place b on b.community_id = u.community_id and b.id = u.parent_id
    join place c on c.community_id = b.community_id and c.id = b.parent_id
    where c.name = '怡枫园' and b.name = '2栋' and u.name = '1单元'`)
    ).rows[0]?.id,
  );
  const house = await as(
    t.app,
    worker,
  )({
    method: 'POST',
    url: '/api/v1/registry/houses',
    payload: { placeId: unitId, number: '301', floor: 3, area: 76.2, areaSource: 'contract' },
  });
  houseId = house.json().id;
  const community = Number(
    (await t.database.db.execute<{ id: number }>(sql`select id from org_node where name = '景华社区'`))
      .rows[0]?.id,
  );
  const owner = await as(
    t.app,
    worker,
  )({
    method: 'POST',
    url: '/api/v1/registry/people',
    payload: { communityId: community, name: '业主老李', phone: '13900001111' },
  });
  await as(
    t.app,
    worker,
  )({
    method: 'POST',
    url: `/api/v1/registry/houses/${houseId}/owners`,
    payload: { personId: owner.json().id },
  });
});

describe('sign-up with a one-time code', () => {
  it('sends a code through the notifier with the phone masked, and limits resends', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signup/code',
      payload: { phone: '13900002222' },
    });
    expect(res.json()).toEqual({ expiresInSeconds: 600, resendAfterSeconds: 60 });
    expect(sent.at(-1)).toMatch(/^\[notify\] to 139\*\*\*\*2222: 【邻里】您的注册验证码是 \d{6}/);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signup/code',
      payload: { phone: '13900002222' },
    });
    expect(again.statusCode).toBe(429);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(50);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signup/code',
      payload: { phone: '12345' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses a wrong code, counting the attempt, and creates no account', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/signup/code', payload: { phone: '13900003333' } });
    const wrong = lastCode() === '000000' ? '111111' : '000000';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signup',
      payload: {
        phone: '13900003333',
        code: wrong,
        username: 'wrong.code',
        displayName: 'x',
        password: 'a-long-enough-secret',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.fields[0].path).toBe('body.code');
    const attempts = await t.database.db.execute(sql`select max(attempts)::int as a from signup_code`);
    expect(attempts.rows).toEqual([{ a: 1 }]);
    expect(
      (await t.database.db.execute(sql`select count(*)::int as n from account where username = 'wrong.code'`))
        .rows,
    ).toEqual([{ n: 0 }]);
  });
});

describe('binding a house', () => {
  it('binds at once when the registry knows the phone at that house', async () => {
    const invitations = await as(
      t.app,
      worker,
    )({ method: 'POST', url: '/api/v1/registry/invitations', payload: { placeId: unitId } });
    const item = invitations.json().items.find((i: { houseId: number }) => i.houseId === houseId);
    expect(item.code).toMatch(/^[0-9A-Z]+-[A-Z2-9]{6}$/);
    expect(item.houseLabel).toBe('怡枫园 2栋 1单元 301');
    const me = await signUp('13900001111', 'laoli');
    expect(me.user.roles).toEqual([]);
    const bound = await as(
      t.app,
      me,
    )({ method: 'POST', url: '/api/v1/me/houses', payload: { invitationCode: item.code.toLowerCase() } });
    expect(bound.json()).toEqual({ status: 'bound', houseLabel: '怡枫园 2栋 1单元 301' });
    const roles = (await as(t.app, me)({ method: 'GET', url: '/api/v1/auth/me' })).json().user.roles;
    expect(roles).toMatchObject([{ role: 'resident', nodeId: unitId, nodeName: '1单元' }]);
  });

  it('asks staff to approve a stranger, who is then bound', async () => {
    const code = (
      await as(t.app, worker)({ method: 'GET', url: `/api/v1/registry/invitations?placeId=${unitId}` })
    ).json().items[0].code;
    const stranger = await signUp('13900004444', 'xiaozhang');
    const pending = await as(
      t.app,
      stranger,
    )({ method: 'POST', url: '/api/v1/me/houses', payload: { invitationCode: code } });
    expect(pending.json().status).toBe('pending');
    const list = await as(
      t.app,
      worker,
    )({ method: 'GET', url: `/api/v1/registry/binding-requests?placeId=${unitId}` });
    expect(list.json().items).toHaveLength(1);
    const id = list.json().items[0].id;
    const approved = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: `/api/v1/registry/binding-requests/${id}/approve`,
      payload: { relation: 'tenant' },
    });
    expect(approved.json()).toEqual({ id, status: 'approved' });
    const twice = await as(
      t.app,
      worker,
    )({ method: 'POST', url: `/api/v1/registry/binding-requests/${id}/reject` });
    expect(twice.statusCode).toBe(409);
    const roles = (await as(t.app, stranger)({ method: 'GET', url: '/api/v1/auth/me' })).json().user.roles;
    expect(roles[0].role).toBe('resident');
  });

  it('refuses unknown codes and keeps other communities out', async () => {
    const me = await signUp('13900005555', 'nobody.home');
    const res = await as(
      t.app,
      me,
    )({ method: 'POST', url: '/api/v1/me/houses', payload: { invitationCode: 'ZZ-ABCDEF' } });
    expect(res.statusCode).toBe(400);
    const fuzhong = await login(t.app, 'fuzhong.worker');
    expect(
      (
        await as(
          t.app,
          fuzhong,
        )({ method: 'POST', url: '/api/v1/registry/invitations', payload: { placeId: unitId } })
      ).statusCode,
    ).toBe(404);
  });
});

describe('following a binding request', () => {
  const codeOf = async (id: number) =>
    (await as(t.app, worker)({ method: 'GET', url: `/api/v1/registry/invitations?placeId=${unitId}` }))
      .json()
      .items.find((i: { houseId: number }) => i.houseId === id).code as string;

  it('shows residents their own requests and staff the phone masked, never the number', async () => {
    const applicant = await signUp('13900006666', 'xiaowang');
    const pending = await as(
      t.app,
      applicant,
    )({ method: 'POST', url: '/api/v1/me/houses', payload: { invitationCode: await codeOf(houseId) } });
    expect(pending.json().status).toBe('pending');
    const mine = await as(t.app, applicant)({ method: 'GET', url: '/api/v1/me/binding-requests' });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({
      items: [
        { houseId, houseLabel: '怡枫园 2栋 1单元 301', status: 'pending', decidedAt: null, reason: null },
      ],
      nextCursor: null,
    });
    const someoneElse = await signUp('13900007777', 'xiaozhao');
    expect(
      (await as(t.app, someoneElse)({ method: 'GET', url: '/api/v1/me/binding-requests' })).json().items,
    ).toEqual([]);

    const staffList = await as(
      t.app,
      worker,
    )({ method: 'GET', url: `/api/v1/registry/binding-requests?placeId=${unitId}` });
    const item = staffList.json().items.find((i: { displayName: string }) => i.displayName === 'xiaowang');
    expect(item).toMatchObject({ phoneMasked: '139****6666', status: 'pending' });
    expect(staffList.body).not.toContain('13900006666');
    const stored = await t.database.db.execute<{ phone_sealed: string | null }>(
      sql`select phone_sealed from account where username = 'xiaowang'`,
    );
    expect(stored.rows[0]?.phone_sealed).toBeTruthy();
    expect(stored.rows[0]?.phone_sealed).not.toContain('13900006666');

    const reason = '请携带租房合同到社区工作站核实';
    const rejected = await as(
      t.app,
      worker,
    )({ method: 'POST', url: `/api/v1/registry/binding-requests/${item.id}/reject`, payload: { reason } });
    expect(rejected.json()).toEqual({ id: item.id, status: 'rejected' });
    const after = (await as(t.app, applicant)({ method: 'GET', url: '/api/v1/me/binding-requests' })).json()
      .items[0];
    expect(after).toMatchObject({ id: item.id, status: 'rejected', reason });
    expect(after.decidedAt).not.toBeNull();
    const badReason = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: `/api/v1/registry/binding-requests/${item.id}/reject`,
      payload: { reason: '' },
    });
    expect(badReason.statusCode).toBe(400);
  });

  it('reissues a house’s invitation code: the old one stops working, the change is audited', async () => {
    const old = await codeOf(houseId);
    const url = `/api/v1/registry/invitations/${houseId}/reissue`;
    const res = await as(t.app, worker)({ method: 'POST', url });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ houseId, houseLabel: '怡枫园 2栋 1单元 301' });
    expect(res.json().code).toMatch(/^[0-9A-Z]+-[A-Z2-9]{6}$/);
    expect(res.json().code).not.toBe(old);
    expect(await codeOf(houseId)).toBe(res.json().code);

    const late = await signUp('13900008888', 'late.comer');
    const refused = await as(
      t.app,
      late,
    )({ method: 'POST', url: '/api/v1/me/houses', payload: { invitationCode: old } });
    expect(refused.statusCode).toBe(400);
    const accepted = await as(
      t.app,
      late,
    )({ method: 'POST', url: '/api/v1/me/houses', payload: { invitationCode: res.json().code } });
    expect(accepted.json().status).toBe('pending');

    const audit = await t.database.db.execute<{ before: unknown; after: unknown }>(
      sql`select before, after from audit_log where action = 'resident.invitation_reissue' and entity_id = ${houseId}`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(JSON.stringify(audit.rows)).not.toContain(old);
    expect(JSON.stringify(audit.rows)).not.toContain(res.json().code);

    const fuzhong = await login(t.app, 'fuzhong.worker');
    expect((await as(t.app, fuzhong)({ method: 'POST', url })).statusCode).toBe(404);
  });
});
