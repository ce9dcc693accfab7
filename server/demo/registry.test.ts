import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/db';
import { testKeys } from '../../test/keys';
import { as, login } from '../../test/session';
import { linkDemoOwners } from './owners';
import { seedDemoRegistry } from './registry';
import { DEMO_OWNERS } from './street';

const t = useTestApp();

describe('the demo registry', () => {
  it('gives every unit houses with areas and owners, some tenants overdue, and no plaintext numbers', async () => {
    const counts = await seedDemoRegistry(t.database.db, testKeys, 'Asia/Shanghai');
    const db = await t.database.db.execute<{
      houses: number;
      owned: number;
      developer: number;
      tenants: number;
    }>(sql`
      select (select count(*)::int from house) as houses,
             (select count(distinct house_id)::int from house_owner) as owned,
             (select count(*)::int from house where developer_held) as developer,
             (select count(*)::int from residence where relation = 'tenant') as tenants`);
    const row = db.rows[0] as { houses: number; owned: number; developer: number; tenants: number };
    expect(row.houses).toBe(counts.houses);
    expect(row.houses).toBeGreaterThan(1000);
    expect(row.owned + row.developer).toBe(row.houses);
    expect(row.tenants).toBeGreaterThan(50);
    const stays = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from residence`);
    expect(stays.rows[0]?.n).toBe(counts.residents);
    const alone = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from person where 'elderly_alone' = any(care_groups)`,
    );
    expect(alone.rows[0]?.n).toBeGreaterThan(10);
    const plain = await t.database.db.execute(
      sql`select count(*)::int as n from person where id_number_sealed like '4403%' or phone_masked not like '%****%'`,
    );
    expect(plain.rows).toEqual([{ n: 0 }]);
    const worker = await login(t.app, 'jinghua.worker');
    const community = Number(
      (await t.database.db.execute<{ id: number }>(sql`select id from org_node where name = '景华社区'`))
        .rows[0]?.id,
    );
    const overdue = await as(
      t.app,
      worker,
    )({ method: 'GET', url: `/api/v1/registry/registrations/overdue?placeId=${community}&limit=200` });
    expect(overdue.json().items.length).toBeGreaterThan(0);
  });

  it('links the 市政大院 owner accounts, who vote for their houses on the phone (the e2e journey)', async () => {
    expect(await linkDemoOwners(t.database.db)).toBe(4);
    const unit = await t.database.db.execute<{ id: string }>(sql`
      select u.id from place u join place b on b.community_id = u.community_id and b.id = u.parent_id
      join place c on c.community_id = b.community_id and c.id = b.parent_id
      where c.name = '市政大院' and b.name = '1栋' and u.name = '1单元'`);
    const street = as(t.app, await login(t.app, 'lianhua.street'));
    const created = await street({
      method: 'POST',
      url: '/api/v1/votes',
      payload: { nodeId: Number(unit.rows[0]!.id), matter: 7, title: '1栋1单元加装电梯' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const opened = await street({ method: 'POST', url: `/api/v1/votes/${created.json().id}/open` });
    // 7 floors × 2 doors.
    expect(opened.json().electorate.totalOwners).toBe(14);
    for (const [i, o] of DEMO_OWNERS.entries()) {
      const owner = as(t.app, await login(t.app, o.username));
      const v = await owner({ method: 'GET', url: `/api/v1/votes/${created.json().id}` });
      expect(v.json().myHouses).toHaveLength(1);
      expect(v.json().myHouses[0].houseLabel).toBe(`市政大院 1栋 1单元 ${o.house}`);
      expect(v.json().actions).toEqual(['ballot']);
      const cast = await owner({
        method: 'POST',
        url: `/api/v1/votes/${created.json().id}/ballots`,
        payload: {
          houseId: v.json().myHouses[0].houseId,
          choice: i < 3 ? 'agree' : 'disagree',
          channel: 'online',
        },
      });
      expect(cast.statusCode, cast.body).toBe(201);
    }
  });
});
