import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/db';
import { testKeys } from '../../test/keys';
import { as, login } from '../../test/session';
import { seedDemoRegistry } from './registry';

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
});
