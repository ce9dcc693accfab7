import { and, asc, desc, eq, gt, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Choice } from '../../../domain/votes/tally';
import type { Executor } from '../../db/client';
import { house, houseOwner, person, vote, voteBallot, voteElector } from '../../db/schema';
import type { Scope } from '../auth/caller';
import type { Homes } from '../auth/permission-scope';
import { inScopePlaces } from '../auth/scope-sql';

export type VoteRow = typeof vote.$inferSelect;
export type ElectorRow = typeof voteElector.$inferSelect;
export type BallotRow = typeof voteBallot.$inferSelect;

/**
 * Who sees a vote: staff holding `vote.read` over its node, and residents whose home lies under it once it is no
 * longer a draft.
 */
export function votesVisible(staff: Scope, homes: Homes): SQL {
  const parts: SQL[] = [inScopePlaces(staff, vote.communityId, vote.nodePath)];
  if (homes.over.length)
    parts.push(
      and(
        sql`${vote.communityId} = any(${sql.param(homes.communityIds)}::bigint[])`,
        sql`${vote.nodePath} = any(${sql.param(homes.over)}::text[])`,
        ne(vote.status, 'draft'),
      )!,
    );
  return sql`(${sql.join(parts, sql` or `)})`;
}

/**
 * `update` for changes of state; `share` for ballots, which may run side by side but not beside a closing (its
 * `for update` waits until they commit, and they wait for it).
 */
export async function findVote(db: Executor, visible: SQL, id: number, lock?: 'update' | 'share') {
  const q = db
    .select()
    .from(vote)
    .where(and(eq(vote.id, id), visible));
  const [row] = lock ? await q.for(lock) : await q;
  return row ?? null;
}

export interface VoteFilter {
  visible: SQL;
  under?: { communityId: number | null; path: string } | undefined;
  status?: VoteRow['status'] | undefined;
  subject?: { kind: string; id?: number | undefined } | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export async function listVotes(db: Executor, f: VoteFilter) {
  return db
    .select()
    .from(vote)
    .where(
      and(
        f.visible,
        f.under?.communityId != null ? eq(vote.communityId, f.under.communityId) : undefined,
        f.under ? sql`${vote.nodePath} like ${`${f.under.path}%`}` : undefined,
        f.status ? eq(vote.status, f.status) : undefined,
        f.subject ? eq(vote.subjectKind, f.subject.kind) : undefined,
        f.subject?.id !== undefined ? eq(vote.subjectId, f.subject.id) : undefined,
        f.beforeId !== undefined ? lt(vote.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(vote.id))
    .limit(f.limit + 1);
}

export async function insertVote(db: Executor, v: typeof vote.$inferInsert) {
  const [row] = await db.insert(vote).values(v).returning();
  return row!;
}

export async function updateVote(db: Executor, v: VoteRow, patch: Partial<typeof vote.$inferInsert>) {
  const [row] = await db
    .update(vote)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(vote.communityId, v.communityId), eq(vote.id, v.id)))
    .returning();
  return row!;
}

/** Every house under the vote's node as the registry has it now, with the people on its title. */
export async function registryHouses(db: Executor, communityId: number, path: string) {
  const r = await db.execute<{
    id: number;
    number: string;
    placePath: string;
    area: string;
    areaSource: 'registered' | 'surveyed' | 'contract';
    developerHeld: boolean;
    ownerIds: string[];
    ownerNames: string[];
  }>(sql`
    select h.id, h.number, h.place_path as "placePath", h.area, h.area_source as "areaSource",
           h.developer_held as "developerHeld",
           coalesce(array_agg(o.person_id order by o.person_id) filter (where o.person_id is not null), '{}') as "ownerIds",
           coalesce(array_agg(p.name order by o.person_id) filter (where o.person_id is not null), '{}') as "ownerNames"
      from ${house} h
      left join ${houseOwner} o on o.community_id = h.community_id and o.house_id = h.id
      left join ${person} p on p.community_id = o.community_id and p.id = o.person_id
     where h.community_id = ${communityId} and h.place_path like ${`${path}%`}
     group by h.community_id, h.id
     order by h.place_path, h.floor, h.number`);
  return r.rows.map((h) => ({
    ...h,
    id: Number(h.id),
    area: Number(h.area),
    ownerIds: h.ownerIds.map(Number),
  }));
}

const BATCH = 2_000;

export async function insertElectors(db: Executor, rows: (typeof voteElector.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += BATCH) await db.insert(voteElector).values(rows.slice(i, i + BATCH));
}

const ofVote = (v: Pick<VoteRow, 'communityId' | 'id'>) =>
  and(eq(voteElector.communityId, v.communityId), eq(voteElector.voteId, v.id));
const ballotsOfVote = (v: Pick<VoteRow, 'communityId' | 'id'>) =>
  and(eq(voteBallot.communityId, v.communityId), eq(voteBallot.voteId, v.id));

const currentBallotOfElector = and(
  eq(voteBallot.communityId, voteElector.communityId),
  eq(voteBallot.voteId, voteElector.voteId),
  eq(voteBallot.houseId, voteElector.houseId),
  isNull(voteBallot.supersededAt),
);

/** The frozen electorate as the tally needs it, read as compact rows (50,000 houses in one query). */
export async function tallyElectors(db: Executor, v: Pick<VoteRow, 'communityId' | 'id'>) {
  const r = await db.execute<{ h: string; a: string; k: string }>(sql`
    select house_id as h, area as a, owner_key as k from ${voteElector}
     where community_id = ${v.communityId} and vote_id = ${v.id}`);
  return r.rows.map((e) => ({ houseId: Number(e.h), area: Number(e.a), ownerKey: e.k }));
}

export async function currentChoices(db: Executor, v: Pick<VoteRow, 'communityId' | 'id'>) {
  const r = await db.execute<{ h: string; c: Choice }>(sql`
    select house_id as h, choice as c from ${voteBallot}
     where community_id = ${v.communityId} and vote_id = ${v.id} and superseded_at is null`);
  return new Map(r.rows.map((b) => [Number(b.h), b.c]));
}

export async function findElector(db: Executor, v: VoteRow, houseId: number) {
  const [row] = await db
    .select()
    .from(voteElector)
    .where(and(ofVote(v), eq(voteElector.houseId, houseId)));
  return row ?? null;
}

export async function currentBallot(db: Executor, v: VoteRow, houseId: number) {
  const [row] = await db
    .select()
    .from(voteBallot)
    .where(and(ballotsOfVote(v), eq(voteBallot.houseId, houseId), isNull(voteBallot.supersededAt)))
    .for('update');
  return row ?? null;
}

export async function supersede(db: Executor, b: BallotRow, at: Date) {
  await db
    .update(voteBallot)
    .set({ supersededAt: at })
    .where(and(eq(voteBallot.communityId, b.communityId), eq(voteBallot.id, b.id)));
}

export async function insertBallot(db: Executor, v: typeof voteBallot.$inferInsert) {
  const [row] = await db.insert(voteBallot).values(v).returning();
  return row!;
}

/** The people the account is in this community (a resident's own records). */
export async function personsOfAccount(db: Executor, communityId: number, accountId: number) {
  const rows = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.communityId, communityId), eq(person.accountId, accountId)));
  return rows.map((r) => r.id);
}

/** Houses of the electorate owned by any of `personIds`, with their current ballot. */
export async function ownedElectors(db: Executor, v: VoteRow, personIds: number[]) {
  if (!personIds.length) return [];
  return db
    .select({ elector: voteElector, choice: voteBallot.choice, castAt: voteBallot.castAt })
    .from(voteElector)
    .leftJoin(voteBallot, currentBallotOfElector)
    .where(and(ofVote(v), sql`${voteElector.ownerPersonIds} && ${sql.param(personIds)}::bigint[]`))
    .orderBy(asc(voteElector.houseLabel));
}

export async function electorsPage(
  db: Executor,
  v: VoteRow,
  f: { number?: string | undefined; afterHouseId?: number | undefined; limit: number },
) {
  return db
    .select({ elector: voteElector, ballot: voteBallot })
    .from(voteElector)
    .leftJoin(voteBallot, currentBallotOfElector)
    .where(
      and(
        ofVote(v),
        f.number ? eq(voteElector.houseNumber, f.number) : undefined,
        f.afterHouseId !== undefined ? gt(voteElector.houseId, f.afterHouseId) : undefined,
      ),
    )
    .orderBy(asc(voteElector.houseId))
    .limit(f.limit + 1);
}

/** Ballots newest first, with the house's frozen label; `history` includes the replaced ones. */
export async function ballotsPage(
  db: Executor,
  v: VoteRow,
  f: { history: boolean; beforeId?: number | undefined; limit: number },
) {
  return db
    .select({ ballot: voteBallot, houseLabel: voteElector.houseLabel })
    .from(voteBallot)
    .innerJoin(
      voteElector,
      and(
        eq(voteElector.communityId, voteBallot.communityId),
        eq(voteElector.voteId, voteBallot.voteId),
        eq(voteElector.houseId, voteBallot.houseId),
      ),
    )
    .where(
      and(
        ballotsOfVote(v),
        f.history ? undefined : isNull(voteBallot.supersededAt),
        f.beforeId !== undefined ? lt(voteBallot.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(voteBallot.id))
    .limit(f.limit + 1);
}

/** The whole record for the export, in the order a reader checks it. */
export async function wholeRecord(db: Executor, v: VoteRow) {
  const [electors, ballots] = await Promise.all([
    db.select().from(voteElector).where(ofVote(v)).orderBy(asc(voteElector.houseLabel)),
    db.select().from(voteBallot).where(ballotsOfVote(v)).orderBy(asc(voteBallot.id)),
  ]);
  return { electors, ballots };
}
