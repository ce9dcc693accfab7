import { and, desc, eq, gte, inArray, isNotNull, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import { FINAL_STATES } from '../../../domain/events/machine';
import type { Executor } from '../../db/client';
import { event, eventLog, orgNode } from '../../db/schema';
import type { EventRow } from '../events/repository';

export interface RequestFilter {
  /** The events module's visibility clause for the caller (`events.visible(caller)`): never left out. */
  visible: SQL;
  ids?: number[] | undefined;
  codes?: string[] | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** `open` is every state but the final ones; `closed` is closed, rejected or cancelled. */
  status?: 'open' | 'closed' | undefined;
  /** A street's path: only events below it. */
  under?: string | undefined;
  limit: number;
}

/** Service requests are events; newest first, as GeoReport lists them. */
export async function findRequests(db: Executor, f: RequestFilter): Promise<EventRow[]> {
  const where: (SQL | undefined)[] = [f.visible];
  if (f.ids) where.push(inArray(event.id, f.ids));
  if (f.codes) where.push(inArray(event.categoryCode, f.codes));
  if (f.from) where.push(gte(event.reportedAt, f.from));
  if (f.to) where.push(lte(event.reportedAt, f.to));
  if (f.status === 'open') where.push(notInArray(event.status, [...FINAL_STATES]));
  if (f.status === 'closed') where.push(inArray(event.status, [...FINAL_STATES]));
  if (f.under) where.push(sql`${event.placePath} like ${`${f.under}%`}`);
  return db
    .select()
    .from(event)
    .where(and(...where))
    .orderBy(desc(event.reportedAt), desc(event.id))
    .limit(f.limit);
}

/** The latest note of each event's timeline (GeoReport's status_notes). Event ids are unique across communities. */
export async function lastNotes(db: Executor, rows: EventRow[]): Promise<Map<number, string>> {
  if (!rows.length) return new Map();
  const notes = await db
    .selectDistinctOn([eventLog.communityId, eventLog.eventId], {
      eventId: eventLog.eventId,
      note: eventLog.note,
    })
    .from(eventLog)
    .where(
      and(
        inArray(eventLog.communityId, [...new Set(rows.map((r) => r.communityId))]),
        inArray(
          eventLog.eventId,
          rows.map((r) => r.id),
        ),
        isNotNull(eventLog.note),
      ),
    )
    .orderBy(eventLog.communityId, eventLog.eventId, desc(eventLog.id));
  return new Map(notes.map((n) => [n.eventId, n.note ?? '']));
}

/** A street by its org code (the GeoReport jurisdiction_id). */
export async function streetByCode(db: Executor, code: string) {
  const [row] = await db
    .select({ id: orgNode.id, code: orgNode.code, name: orgNode.name, path: orgNode.path })
    .from(orgNode)
    .where(and(eq(orgNode.code, code), eq(orgNode.kind, 'street')));
  return row ?? null;
}
