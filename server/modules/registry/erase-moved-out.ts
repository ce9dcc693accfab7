import { sql } from 'drizzle-orm';
import { maskName } from '../../../domain/common/mask';
import { localDate } from '../../../domain/common/local-date';
import { movedOutCutoff } from '../../../domain/registry/retention';
import type { Db } from '../../db/client';
import { appendAudits } from '../audit/repository';

const BATCH = 500;

/**
 * Erases the personal details of people who moved out of every home in their community at least `days` ago and
 * own none there: ID and phone numbers (sealed, hashed and masked), sex, birth date, care groups, party membership
 * and the link to an account; the name is kept masked so past records still read. One audited row per person, in
 * batches that skip rows another transaction holds. Returns how many were erased.
 */
export async function eraseMovedOut(db: Db, days: number, now: Date, timeZone: string): Promise<number> {
  const cutoff = movedOutCutoff(localDate(now, timeZone), days);
  if (!cutoff) return 0;
  let erased = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const due = await tx.execute<{ communityId: string; id: string; name: string }>(sql`
        select p.community_id as "communityId", p.id, p.name from person p
        where p.erased_at is null
          and exists (select 1 from residence r where r.community_id = p.community_id and r.person_id = p.id)
          and not exists (
            select 1 from residence r where r.community_id = p.community_id and r.person_id = p.id
              and (r.moved_out_on is null or r.moved_out_on > ${cutoff}))
          and not exists (
            select 1 from house_owner o where o.community_id = p.community_id and o.person_id = p.id)
        limit ${BATCH} for update of p skip locked`);
      for (const p of due.rows) {
        await tx.execute(sql`
          update person set name = ${maskName(p.name)}, sex = null, birth_date = null,
            id_number_sealed = null, id_number_hash = null, id_number_masked = null,
            phone_sealed = null, phone_hash = null, phone_masked = null,
            care_groups = '{}', party_member = false, account_id = null, erased_at = ${now}, updated_at = ${now}
          where community_id = ${p.communityId} and id = ${p.id}`);
      }
      await appendAudits(
        tx,
        due.rows.map((p) => ({
          communityId: Number(p.communityId),
          actor: { id: null, name: 'system', ip: null },
          action: 'person.erase',
          entityType: 'person',
          entityId: p.id,
          after: { name: maskName(p.name) },
          reason: `moved out on or before ${cutoff}, retention ${days} days`,
        })),
      );
      return due.rows.length;
    });
    erased += n;
    if (n < BATCH) return erased;
  }
}
