// Rosters of a compound: people attached to it with some facts (party members' check-ins, capable persons).
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { capablePerson, partyCheckin, person, place } from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inScopePlaces } from '../auth/scope-sql';

export type RosterTable = typeof partyCheckin | typeof capablePerson;
export const ROSTERS = { party_checkin: partyCheckin, capable_person: capablePerson } as const;
export type RosterKind = keyof typeof ROSTERS;
export type RosterRow<K extends RosterKind> = (typeof ROSTERS)[K]['$inferSelect'];
export type RosterInsert<K extends RosterKind> = (typeof ROSTERS)[K]['$inferInsert'];

export async function insertRosterRow<K extends RosterKind>(
  db: Executor,
  kind: K,
  values: RosterInsert<K>,
): Promise<RosterRow<K>> {
  const table: RosterTable = ROSTERS[kind];
  const [row] = await db.insert(table).values(values).returning();
  return row as RosterRow<K>;
}

/**
 * A roster's rows of the compounds under `path` or of the compound containing it, in scope, with the
 * person's name and the compound's path.
 */
export async function listRoster<K extends RosterKind>(
  db: Executor,
  kind: K,
  scope: Scope,
  communityId: number,
  path: string,
  afterId: number | undefined,
  limit: number,
) {
  const table: RosterTable = ROSTERS[kind];
  const rows = await db
    .select({ row: table, name: person.name, compoundPath: place.path })
    .from(table)
    .innerJoin(person, and(eq(person.communityId, table.communityId), eq(person.id, table.personId)))
    .innerJoin(place, and(eq(place.communityId, table.communityId), eq(place.id, table.compoundId)))
    .where(
      and(
        eq(table.communityId, communityId),
        sql`(${place.path} like ${`${path}%`} or ${path} like ${place.path} || '%')`,
        inScopePlaces(scope, place.communityId, place.path),
        afterId !== undefined ? gt(table.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(table.id))
    .limit(limit + 1);
  return rows as { row: RosterRow<K>; name: string; compoundPath: string }[];
}
