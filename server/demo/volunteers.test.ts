import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/db';
import { testKeys } from '../../test/keys';
import { as, login } from '../../test/session';
import { seedDemoRegistry } from './registry';
import { seedDemoVolunteers } from './volunteers';

const t = useTestApp();

describe('the demo volunteers', () => {
  it("holds seed 002's year: 420 activities, about 8,500 person-times, passbooks that add up", async () => {
    await seedDemoRegistry(t.database.db, testKeys, 'Asia/Shanghai');
    const v = await seedDemoVolunteers(t.database.db);
    expect(v.personTimes).toBeGreaterThan(8_000);
    expect(v.personTimes).toBeLessThan(9_000);
    const q = await t.database.db.execute<{ past: number; off: number; negative: number }>(sql`
      select (select count(*)::int from volunteer_activity where ends_at < now()) as past,
             (select count(*)::int from points_account a where a.balance <> (select coalesce(sum(points), 0)
               from points_entry e where e.community_id = a.community_id and e.person_id = a.person_id)) as off,
             (select count(*)::int from points_entry where balance_after < 0) as negative`);
    expect(q.rows[0]).toEqual({ past: 420, off: 0, negative: 0 });
    // The phone's volunteer has a passbook and activities ahead to sign up for.
    const owner = await login(t.app, 'yifengyuan.owner1');
    const near = await as(
      t.app,
      owner,
    )({ method: 'GET', url: '/api/v1/volunteers/activities?when=upcoming' });
    expect(near.json().items.length).toBeGreaterThan(0);
    const book = await as(t.app, owner)({ method: 'GET', url: '/api/v1/points/me' });
    expect(book.json().passbooks).toHaveLength(1);
  });
});
