import { sql } from 'drizzle-orm';
import type { Executor } from '../server/db/client';

/** The audit actions written about one object, in the order they were appended. */
export async function auditActions(db: Executor, entityType: string, entityId: number): Promise<string[]> {
  const r = await db.execute<{ action: string }>(
    sql`select action from audit_log where entity_type = ${entityType} and entity_id = ${String(entityId)} order by seq`,
  );
  return r.rows.map((x) => x.action);
}
