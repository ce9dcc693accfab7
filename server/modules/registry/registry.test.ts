import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { as, login, type Session } from '../../../test/session';

const t = useTestApp();
let worker: Session;
const ID = '11010519491231002X';
const PHONE = '13812345678';

const placeId = async (path: string[]) => {
  const [compound, building, unit] = path;
  const r = await t.database.db.execute<{ id: number }>(sql`
    select u.id from place c join place b on b.community_id = c.community_id and b.parent_id = c.id
    join place u on u.community_id = b.community_id and u.parent_id = b.id
    where c.name = ${compound} and b.name = ${building} and u.name = ${unit}`);
  return Number(r.rows[0]?.id);
};
const communityId = async (name: string) =>
  Number(
    (await t.database.db.execute<{ id: number }>(sql`select id from org_node where name = ${name}`)).rows[0]
      ?.id,
  );

/** Every row of every table as text: where a plaintext personal number must never appear. */
async function wholeDatabase(): Promise<string> {
  const tables = await t.database.db.execute<{ table_schema: string; table_name: string }>(
    sql`select table_schema, table_name from information_schema.tables
        where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE'`,
  );
  expect(tables.rows.length).toBeGreaterThan(10);
  let all = '';
  for (const { table_schema, table_name } of tables.rows) {
    const rows = await t.database.pool.query(
      `select row_to_json(x)::text as j from "${table_schema}"."${table_name}" x`,
    );
    all += rows.rows.map((r: { j: string }) => r.j).join('\n');
  }
  return all;
}

let personId: number;
let houseId: number;

beforeAll(async () => {
  worker = await login(t.app, 'jinghua.worker');
});

describe('houses', () => {
  it('creates a house under a unit and refuses impossible areas', async () => {
    const unit = await placeId(['怡枫园', '1栋', '1单元']);
    const ok = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/registry/houses',
      payload: { placeId: unit, number: '101', floor: 1, area: 89.5, areaSource: 'registered' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    houseId = ok.json().id;
    expect(ok.json().path.map((p: { name: string }) => p.name)).toEqual([
      '福田区',
      '莲花街道',
      '景华社区',
      '怡枫园',
      '1栋',
      '1单元',
    ]);
    for (const area of [-3, 0, 12.345]) {
      const bad = await as(
        t.app,
        worker,
      )({
        method: 'POST',
        url: '/api/v1/registry/houses',
        payload: { placeId: unit, number: '102', floor: 1, area, areaSource: 'registered' },
      });
      expect(bad.statusCode, String(area)).toBe(400);
      expect(bad.json().details.fields[0].path).toBe('body.area');
    }
    const dup = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/registry/houses',
      payload: { placeId: unit, number: '101', floor: 1, area: 80, areaSource: 'surveyed' },
    });
    expect(dup.statusCode).toBe(409);
  });
});

describe('people and personal data', () => {
  it('stores ID and phone numbers only sealed, hashed and masked', async () => {
    const res = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/registry/people',
      payload: {
        communityId: await communityId('景华社区'),
        name: '苏秀英',
        sex: 'female',
        idNumber: ID.toLowerCase(),
        phone: PHONE,
        careGroups: ['elderly_alone'],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    personId = res.json().id;
    expect(res.json()).toMatchObject({
      idNumberMasked: '110105********002X',
      phoneMasked: '138****5678',
      actions: ['update', 'reveal'],
    });
    expect(res.body).not.toContain(ID);
    expect(Object.keys(res.json()).filter((k) => /sealed|hash/i.test(k))).toEqual([]);
    const dump = await wholeDatabase();
    expect(dump).toContain('110105********002X');
    expect(dump).not.toContain(ID);
    expect(dump.toLowerCase()).not.toContain(ID.toLowerCase());
    expect(dump).not.toContain(PHONE);
  });

  it('refuses a wrong check character and changes nothing', async () => {
    const before = await t.database.db.execute(sql`select count(*)::int as n from person`);
    const res = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/registry/people',
      payload: { communityId: await communityId('景华社区'), name: '错号', idNumber: '110105194912310021' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.fields[0]).toEqual({
      path: 'body.idNumber',
      message: 'the check character is wrong',
    });
    expect((await t.database.db.execute(sql`select count(*)::int as n from person`)).rows).toEqual(
      before.rows,
    );
  });

  it('finds a person by exact ID number in scope only', async () => {
    const found = await as(t.app, worker)({ method: 'GET', url: `/api/v1/registry/people?idNumber=${ID}` });
    expect(found.json().items.map((p: { id: number }) => p.id)).toEqual([personId]);
    const fuzhong = await login(t.app, 'fuzhong.worker');
    const hidden = await as(t.app, fuzhong)({ method: 'GET', url: `/api/v1/registry/people?idNumber=${ID}` });
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json().items).toEqual([]);
    expect(
      (await as(t.app, fuzhong)({ method: 'GET', url: `/api/v1/registry/people/${personId}` })).statusCode,
    ).toBe(404);
    const reveal = await as(
      t.app,
      fuzhong,
    )({
      method: 'POST',
      url: `/api/v1/registry/people/${personId}/reveal`,
      payload: { field: 'idNumber', reason: '核对身份信息' },
    });
    expect(reveal.statusCode).toBe(404);
  });

  it('reveals a number only with the permission and a reason, and audits it without the value', async () => {
    const url = `/api/v1/registry/people/${personId}/reveal`;
    expect(
      (await as(t.app, worker)({ method: 'POST', url, payload: { field: 'idNumber' } })).statusCode,
    ).toBe(400);
    const grid = await login(t.app, 'jinghua.grid1');
    expect(
      (await as(t.app, grid)({ method: 'GET', url: `/api/v1/registry/people/${personId}` })).json().actions,
    ).toEqual(['update']);
    expect(
      (await as(t.app, grid)({ method: 'POST', url, payload: { field: 'idNumber', reason: '核对身份信息' } }))
        .statusCode,
    ).toBe(403);
    const ok = await as(
      t.app,
      worker,
    )({ method: 'POST', url, payload: { field: 'idNumber', reason: '加装电梯表决核对业主身份' } });
    expect(ok.json()).toEqual({ value: ID });
    const phone = await as(
      t.app,
      worker,
    )({ method: 'POST', url, payload: { field: 'phone', reason: '联系空巢老人' } });
    expect(phone.json()).toEqual({ value: PHONE });
    const audit = await t.database.db.execute<{ reason: string; actor_name: string }>(
      sql`select reason, actor_name from audit_log where action = 'registry.person.reveal' order by seq`,
    );
    expect(audit.rows).toEqual([
      { reason: '加装电梯表决核对业主身份', actor_name: 'jinghua.worker' },
      { reason: '联系空巢老人', actor_name: 'jinghua.worker' },
    ]);
    const dump = await wholeDatabase();
    expect(dump).not.toContain(ID);
    expect(dump).not.toContain(PHONE);
  });
});

describe('ownership, residence and registration', () => {
  it('lists an overdue tenant registration for the building until it is registered', async () => {
    const tenant = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/registry/people',
      payload: {
        communityId: await communityId('景华社区'),
        name: '租客小王',
        idNumber: '440304199001011234'.slice(0, 17) + checkChar('44030419900101123'),
      },
    });
    expect(tenant.statusCode, tenant.body).toBe(201);
    const owner = await as(
      t.app,
      worker,
    )({ method: 'POST', url: `/api/v1/registry/houses/${houseId}/owners`, payload: { personId } });
    expect(owner.json().owners).toEqual([{ personId, name: '苏秀英', idNumberMasked: '110105********002X' }]);
    const movedIn = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    const lived = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/registry/residences',
      payload: { houseId, personId: tenant.json().id, relation: 'tenant', movedInOn: movedIn },
    });
    expect(lived.statusCode, lived.body).toBe(201);
    const stay = lived.json().residents[0];
    expect(stay.registration.status).toBe('overdue');
    const building = Number(
      (
        await t.database.db.execute<{ id: number }>(
          sql`select parent_id as id from place where id = ${lived.json().placeId}`,
        )
      ).rows[0]?.id,
    );
    const list = await as(
      t.app,
      worker,
    )({ method: 'GET', url: `/api/v1/registry/registrations/overdue?placeId=${building}` });
    expect(list.json().items).toHaveLength(1);
    expect(list.json().items[0]).toMatchObject({ name: '租客小王', houseLabel: '怡枫园 1栋 1单元 101' });
    expect(list.json().items[0].daysOverdue).toBeGreaterThanOrEqual(12);
    await as(
      t.app,
      worker,
    )({
      method: 'PATCH',
      url: `/api/v1/registry/residences/${stay.residenceId}`,
      payload: { registered: true },
    });
    const after = await as(
      t.app,
      worker,
    )({ method: 'GET', url: `/api/v1/registry/registrations/overdue?placeId=${building}` });
    expect(after.json().items).toEqual([]);
  });

  it('shows property staff of 怡枫园 the people of its houses, not the others', async () => {
    const property = await login(t.app, 'yifengyuan.property');
    const seen = await as(t.app, property)({ method: 'GET', url: `/api/v1/registry/people/${personId}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().actions).toEqual(['update']);
    const loner = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/registry/people',
      payload: { communityId: await communityId('景华社区'), name: '无房者' },
    });
    expect(
      (await as(t.app, property)({ method: 'GET', url: `/api/v1/registry/people/${loner.json().id}` }))
        .statusCode,
    ).toBe(404);
  });

  it('keeps residents and administrators out of the registry', async () => {
    for (const who of ['yifengyuan.owner1', 'admin', 'auditor']) {
      const s = await login(t.app, who);
      expect((await as(t.app, s)({ method: 'GET', url: '/api/v1/registry/people' })).statusCode, who).toBe(
        403,
      );
    }
  });
});

function checkChar(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0);
  return '10X98765432'[sum % 11] ?? '';
}

describe('facts carried by the ID number', () => {
  it('fills sex and birth date from a resident ID and refuses contradictions', async () => {
    const community = await communityId('景华社区');
    const res = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/registry/people',
      payload: { communityId: community, name: '身份证推导', idNumber: '11010519491231002X' },
    });
    expect(res.statusCode).toBe(409); // the same ID number is already on record in this community
    const other = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/registry/people',
      payload: {
        communityId: community,
        name: '性别不符',
        idNumber: `44030419850315202${checkChar('44030419850315202')}`,
        sex: 'male',
      },
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().details.fields[0].path).toBe('body.sex');
    const ok = await as(
      t.app,
      worker,
    )({
      method: 'POST',
      url: '/api/v1/registry/people',
      payload: {
        communityId: community,
        name: '推导',
        idNumber: `44030419850315202${checkChar('44030419850315202')}`,
      },
    });
    expect(ok.json()).toMatchObject({ sex: 'female', birthDate: '1985-03-15' });
  });
});
