import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { linkPerson } from '../modules/residents/repository';
import { DEMO_OWNERS } from './street';

/**
 * Links the demo owner accounts to the registry's owners of their houses in 市政大院 1栋 1单元, as binding a house
 * with an invitation code would: they can then vote for it on the phone. Returns how many were linked.
 */
export async function linkDemoOwners(db: Db): Promise<number> {
  let linked = 0;
  for (const o of DEMO_OWNERS) {
    const r = await db.execute<{ communityId: string; personId: string; accountId: string }>(sql`
      select o.community_id as "communityId", o.person_id as "personId", a.id as "accountId"
        from house h
        join place u on u.community_id = h.community_id and u.id = h.place_id and u.name = '1单元'
        join place b on b.community_id = u.community_id and b.id = u.parent_id and b.name = '1栋'
        join place c on c.community_id = b.community_id and c.id = b.parent_id and c.name = '市政大院'
        join house_owner o on o.community_id = h.community_id and o.house_id = h.id
        join account a on a.username = ${o.username}
       where h.number = ${o.house}
       limit 1`);
    const row = r.rows[0];
    if (!row) continue;
    await linkPerson(db, Number(row.communityId), Number(row.personId), Number(row.accountId));
    linked++;
  }
  return linked;
}
