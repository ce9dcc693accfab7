// A unit of six houses with chosen areas and owners, and the owners' phone accounts bound to their homes: the
// fixture the owner-vote and notice tests compute their expectations from by hand.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { TestDatabase } from './db';
import { as, login, type Session } from './session';

const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  `linli_session=${res.cookies.find((c) => c.name === 'linli_session')?.value ?? ''}`;

/** Captures the sign-up codes the notifier would text. */
export function codeInbox() {
  const sent: string[] = [];
  return {
    log: (line: string) => sent.push(line),
    last: () => /验证码是 (\d{6})/.exec(sent.at(-1) ?? '')?.[1] ?? '',
  };
}

export interface SixHouses {
  worker: Session;
  communityId: number;
  compoundId: number;
  buildingId: number;
  unitId: number;
  /** h101 … h302 by number. */
  houses: Record<'101' | '102' | '201' | '202' | '301' | '302', number>;
  /** Owner A (101 and 201), owner B (102 with co-owner C), tenant E of 302. */
  ownerA: Session;
  ownerB: Session;
  tenantE: Session;
}

async function ok<T>(p: Promise<{ statusCode: number; body: string; json: () => unknown }>, status = 200) {
  const res = await p;
  if (res.statusCode !== status) throw new Error(`${res.statusCode}: ${res.body}`);
  return res.json() as T;
}

/**
 * Areas (m²): 101 80.00 (A), 102 90.50 (B and C), 201 100.25 (A), 202 60.00 (developer), 301 70.00 (developer),
 * 302 99.25 (D). Total 500.00 m²; four owners: A, B+C, the developer, D.
 */
export async function sixHouses(
  app: FastifyInstance,
  database: TestDatabase,
  codes: ReturnType<typeof codeInbox>,
  buildingName: string,
): Promise<SixHouses> {
  const worker = await login(app, 'jinghua.worker');
  const call = as(app, worker);
  const ids = await database.db.execute<{ community: string; compound: string }>(sql`
    select c.community_id as community, c.id as compound from place c where c.name = '怡枫园'`);
  const communityId = Number(ids.rows[0]!.community);
  const compoundId = Number(ids.rows[0]!.compound);
  const building = await ok<{ id: number }>(
    call({
      method: 'POST',
      url: '/api/v1/org/nodes',
      payload: { parentId: compoundId, kind: 'building', name: buildingName },
    }),
    201,
  );
  const unit = await ok<{ id: number }>(
    call({
      method: 'POST',
      url: '/api/v1/org/nodes',
      payload: { parentId: building.id, kind: 'unit', name: '1单元' },
    }),
    201,
  );
  const house = async (number: string, area: number, areaSource: string, developerHeld = false) =>
    (
      await ok<{ id: number }>(
        call({
          method: 'POST',
          url: '/api/v1/registry/houses',
          payload: { placeId: unit.id, number, floor: Number(number[0]), area, areaSource, developerHeld },
        }),
        201,
      )
    ).id;
  const houses = {
    '101': await house('101', 80, 'registered'),
    '102': await house('102', 90.5, 'surveyed'),
    '201': await house('201', 100.25, 'contract'),
    '202': await house('202', 60, 'surveyed', true),
    '301': await house('301', 70, 'surveyed', true),
    '302': await house('302', 99.25, 'registered'),
  };
  const suffix = String(building.id).slice(-4).padStart(4, '0');
  const person = async (name: string, phone: string) =>
    (
      await ok<{ id: number }>(
        call({ method: 'POST', url: '/api/v1/registry/people', payload: { communityId, name, phone } }),
        201,
      )
    ).id;
  const own = (houseId: number, personId: number) =>
    ok(call({ method: 'POST', url: `/api/v1/registry/houses/${houseId}/owners`, payload: { personId } }));
  const phones = { a: `1390001${suffix}`, b: `1390002${suffix}`, e: `1390005${suffix}` };
  const a = await person('王大明', phones.a);
  const b = await person('李小红', phones.b);
  const c = await person('李小刚', `1390003${suffix}`);
  const d = await person('赵四', `1390004${suffix}`);
  const e = await person('租客钱五', phones.e);
  await own(houses['101'], a);
  await own(houses['201'], a);
  await own(houses['102'], b);
  await own(houses['102'], c);
  await own(houses['302'], d);
  await ok(
    call({
      method: 'POST',
      url: '/api/v1/registry/residences',
      payload: { houseId: houses['302'], personId: e, relation: 'tenant', movedInOn: '2026-01-01' },
    }),
    201,
  );
  const invitations = await ok<{ items: { houseId: number; code: string }[] }>(
    call({ method: 'POST', url: '/api/v1/registry/invitations', payload: { placeId: unit.id } }),
  );
  const codeOf = (houseId: number) => invitations.items.find((i) => i.houseId === houseId)!.code;
  const resident = async (phone: string, username: string, houseId: number): Promise<Session> => {
    await ok(app.inject({ method: 'POST', url: '/api/v1/signup/code', payload: { phone } }), 202);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/signup',
      payload: {
        phone,
        code: codes.last(),
        username,
        displayName: username,
        password: 'a-long-enough-secret',
      },
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    const signed = res.json<{ csrfToken: string; user: Session['user'] }>();
    const s: Session = { cookie: cookieOf(res), csrf: signed.csrfToken, user: signed.user };
    const bound = await ok<{ status: string }>(
      as(app, s)({ method: 'POST', url: '/api/v1/me/houses', payload: { invitationCode: codeOf(houseId) } }),
    );
    if (bound.status !== 'bound') throw new Error(`${username} not bound`);
    return s;
  };
  return {
    worker,
    communityId,
    compoundId,
    buildingId: building.id,
    unitId: unit.id,
    houses,
    ownerA: await resident(phones.a, `owner-a-${suffix}`, houses['101']),
    ownerB: await resident(phones.b, `owner-b-${suffix}`, houses['102']),
    tenantE: await resident(phones.e, `tenant-e-${suffix}`, houses['302']),
  };
}
