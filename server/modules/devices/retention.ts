import { sql } from 'drizzle-orm';
import { readingsCutoff } from '../../../domain/devices/retention';
import type { Db } from '../../db/client';
import { device, deviceReading } from '../../db/schema';

/**
 * Deletes readings measured before the retention (`LINLI_DEVICE_READINGS_RETENTION_DAYS`), `batch` rows per
 * statement so no transaction holds many locks or much WAL at once. Each batch walks the devices and reads each one's
 * oldest readings down its (community, device, time) index. Returns how many rows went.
 */
export async function pruneReadings(db: Db, days: number, now: Date, batch = 5_000): Promise<number> {
  const cutoff = readingsCutoff(now, days);
  if (!cutoff) return 0;
  let total = 0;
  for (;;) {
    const r = await db.execute(sql`
      delete from ${deviceReading} r using (
        select o.community_id, o.device_id, o.message_key
          from ${device} d
          cross join lateral (
            select x.community_id, x.device_id, x.message_key from ${deviceReading} x
             where x.community_id = d.community_id and x.device_id = d.id and x.measured_at < ${cutoff.toISOString()}::timestamptz
             limit ${batch}) o
         limit ${batch}) old
       where r.community_id = old.community_id and r.device_id = old.device_id and r.message_key = old.message_key`);
    const n = r.rowCount ?? 0;
    total += n;
    if (n < batch) return total;
  }
}
