// One person per ID number and community, however many rows name them: found through the keyed hash,
// else created sealed.
import type { Executor } from '../../../db/client';
import type { person } from '../../../db/schema';
import { insertPeople, peopleByHash } from './repository';

export type WantedPerson = { hash: string; documentType: string; create: () => typeof person.$inferInsert };

/** Ids by person key; `existing` holds the keys that were on record before this import. */
export async function findOrCreatePeople(
  ex: Executor,
  communityId: number,
  wanted: Map<string, WantedPerson>,
): Promise<{ ids: Map<string, number>; existing: Set<string> }> {
  const ids = new Map<string, number>();
  const keyOf = (p: { idType: string; idNumberHash: string | null }) => `${p.idType}:${p.idNumberHash ?? ''}`;
  const found = await peopleByHash(
    ex,
    communityId,
    [...wanted.values()].map((w) => w.hash),
  );
  for (const p of found) if (wanted.has(keyOf(p))) ids.set(keyOf(p), p.id);
  const existing = new Set(ids.keys());
  const missing = [...wanted].filter(([key]) => !ids.has(key)).map(([, w]) => w.create());
  for (const p of await insertPeople(ex, missing)) ids.set(keyOf(p), p.id);
  return { ids, existing };
}
