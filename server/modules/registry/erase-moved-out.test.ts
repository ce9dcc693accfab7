import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { codeInbox, sixHouses } from '../../../test/six-houses';
import { LogNotifier } from '../../notify/notifier';
import { maskName } from '../../../domain/common/mask';
import { eraseMovedOut } from './erase-moved-out';

const codes = codeInbox();
const t = useTestApp(new LogNotifier(codes.log));
const LATER = new Date('2030-01-01T04:00:00Z');

async function idOf(communityId: number, name: string): Promise<number> {
  const { rows } = await t.database.pool.query<{ id: string }>(
    `select id from person where community_id = $1 and name = $2`,
    [communityId, name],
  );
  return Number(rows[0]!.id);
}
interface PersonRow {
  name: string;
  id_number_masked: string | null;
  phone_masked: string | null;
  phone_hash: string | null;
  erased_at: Date | null;
  account_id: string | null;
}
async function person(id: number): Promise<PersonRow> {
  const { rows } = await t.database.pool.query<PersonRow>(
    `select name, id_number_masked, phone_masked, phone_hash, erased_at, account_id from person where id = $1`,
    [id],
  );
  return rows[0]!;
}

describe('retention for people who moved out', () => {
  it('erases only those gone from every home for the whole retention who own none, and audits it', async () => {
    const f = await sixHouses(t.app, t.database, codes, '迁出楼');
    const tenantId = await idOf(f.communityId, '租客钱五');
    const ownerId = await idOf(f.communityId, '赵四');
    const coOwnerId = await idOf(f.communityId, '李小刚');
    // 租客钱五 (tenant of 302) moved out in June 2026; 赵四 (owner of 302) never lived there.
    await t.database.pool.query(
      `update residence set moved_out_on = '2026-06-01' where community_id = $1 and house_id = $2`,
      [f.communityId, f.houses['302']],
    );
    const stayer = await t.database.pool.query(
      `insert into residence (community_id, house_id, person_id, relation, moved_in_on)
       select community_id, $2, id, 'family', '2026-01-01' from person where community_id = $1 and name = '李小刚'
       returning id`,
      [f.communityId, f.houses['102']],
    );
    expect(stayer.rowCount).toBe(1);

    // Not yet: three years from June 2026 is June 2029.
    expect(await eraseMovedOut(t.database.db, 1095, new Date('2029-05-01T04:00:00Z'), 'Asia/Shanghai')).toBe(
      0,
    );
    expect(await eraseMovedOut(t.database.db, 0, LATER, 'Asia/Shanghai')).toBe(0);
    expect(await eraseMovedOut(t.database.db, 1095, LATER, 'Asia/Shanghai')).toBe(1);

    const tenant = await person(tenantId);
    expect(tenant).toMatchObject({
      name: maskName('租客钱五'),
      id_number_masked: null,
      phone_masked: null,
      phone_hash: null,
      account_id: null,
    });
    expect(tenant.erased_at).not.toBeNull();
    // An owner who lives elsewhere and a co-owner still living there keep everything.
    expect((await person(ownerId)).phone_masked).not.toBeNull();
    expect((await person(coOwnerId)).phone_masked).not.toBeNull();

    const audit = await t.database.pool.query(
      `select entity_id, after, reason from audit_log where action = 'person.erase'`,
    );
    expect(audit.rows).toEqual([
      {
        entity_id: String(tenantId),
        after: { name: maskName('租客钱五') },
        reason: expect.stringContaining('1095 days'),
      },
    ]);
    // Done once: nothing left to erase.
    expect(await eraseMovedOut(t.database.db, 1095, LATER, 'Asia/Shanghai')).toBe(0);
  });
});
