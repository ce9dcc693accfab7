import { and, asc, desc, eq, inArray, isNotNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { EvaluationTarget, RoundState } from '../../../domain/evaluations/rounds';
import type { Executor } from '../../db/client';
import { evaluationResponse, evaluationRound, governanceBody, house } from '../../db/schema';
import type { Scope } from '../auth/caller';
import type { Home } from '../auth/permission-scope';
import { inScopePlaces } from '../auth/scope-sql';

export type RoundRow = typeof evaluationRound.$inferSelect;

/** Rounds staff may read in scope, and the opened rounds of a resident's home compounds. */
export function visibleRounds(read: Scope, homes: Home[]): SQL {
  const parts = [inScopePlaces(read, evaluationRound.communityId, evaluationRound.placePath)];
  for (const h of homes)
    parts.push(
      and(
        eq(evaluationRound.communityId, h.communityId),
        eq(evaluationRound.compoundId, h.compoundId),
        ne(evaluationRound.status, 'draft'),
      )!,
    );
  return or(...parts)!;
}

export async function findRound(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(evaluationRound)
    .where(and(eq(evaluationRound.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function listRounds(
  db: Executor,
  f: {
    visible: SQL;
    under?: { communityId: number | null; path: string } | undefined;
    status?: RoundState | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
) {
  return db
    .select()
    .from(evaluationRound)
    .where(
      and(
        f.visible,
        f.under?.communityId != null ? eq(evaluationRound.communityId, f.under.communityId) : undefined,
        f.under ? sql`${evaluationRound.placePath} like ${`${f.under.path}%`}` : undefined,
        f.status ? eq(evaluationRound.status, f.status) : undefined,
        f.beforeId !== undefined ? lt(evaluationRound.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(evaluationRound.id))
    .limit(f.limit + 1);
}

export async function insertRound(db: Executor, values: typeof evaluationRound.$inferInsert) {
  const [row] = await db.insert(evaluationRound).values(values).returning();
  return row!;
}

export async function updateRound(
  db: Executor,
  r: RoundRow,
  patch: Partial<typeof evaluationRound.$inferInsert>,
) {
  const [row] = await db
    .update(evaluationRound)
    .set(patch)
    .where(and(eq(evaluationRound.communityId, r.communityId), eq(evaluationRound.id, r.id)))
    .returning();
  return row!;
}

/** The rounds among `rounds` the account has answered. */
export async function answeredBy(db: Executor, rounds: RoundRow[], accountId: number) {
  if (!rounds.length) return new Set<number>();
  const rows = await db
    .select({ roundId: evaluationResponse.roundId })
    .from(evaluationResponse)
    .where(
      and(
        inArray(evaluationResponse.communityId, [...new Set(rounds.map((r) => r.communityId))]),
        inArray(
          evaluationResponse.roundId,
          rounds.map((r) => r.id),
        ),
        eq(evaluationResponse.accountId, accountId),
      ),
    );
  return new Set(rows.map((r) => r.roundId));
}

export async function insertResponse(db: Executor, values: typeof evaluationResponse.$inferInsert) {
  const [row] = await db.insert(evaluationResponse).values(values).returning({ id: evaluationResponse.id });
  return row!;
}

/** The scores of every answer to the rounds (a compound's round has at most its households' answers). */
export async function scoresOf(db: Executor, communityId: number, roundIds: number[]) {
  if (!roundIds.length) return [];
  return db
    .select({ roundId: evaluationResponse.roundId, scores: evaluationResponse.scores })
    .from(evaluationResponse)
    .where(
      and(eq(evaluationResponse.communityId, communityId), inArray(evaluationResponse.roundId, roundIds)),
    );
}

export async function latestComments(db: Executor, r: RoundRow, limit: number) {
  return db
    .select({ text: sql<string>`${evaluationResponse.comment}`, at: evaluationResponse.createdAt })
    .from(evaluationResponse)
    .where(
      and(
        eq(evaluationResponse.communityId, r.communityId),
        eq(evaluationResponse.roundId, r.id),
        isNotNull(evaluationResponse.comment),
      ),
    )
    .orderBy(desc(evaluationResponse.id))
    .limit(limit);
}

/**
 * The households a round's participation is counted against (参与户数 / 总户数, as street reports give it): the
 * houses of the compound.
 */
export async function householdsAt(db: Executor, communityId: number, compoundPath: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(house)
    .where(and(eq(house.communityId, communityId), sql`${house.placePath} like ${`${compoundPath}%`}`));
  return row?.n ?? 0;
}

/** The body evaluated, when the compound has registered one of that kind. */
export async function bodyOf(
  db: Executor,
  communityId: number,
  compoundId: number,
  target: EvaluationTarget,
) {
  const [row] = await db
    .select({ id: governanceBody.id, name: governanceBody.name })
    .from(governanceBody)
    .where(
      and(
        eq(governanceBody.communityId, communityId),
        eq(governanceBody.placeId, compoundId),
        eq(governanceBody.kind, target),
      ),
    )
    .orderBy(asc(governanceBody.id))
    .limit(1);
  return row ?? null;
}

export async function roundsOf(
  db: Executor,
  communityId: number,
  compoundId: number,
  target: EvaluationTarget,
) {
  return db
    .select()
    .from(evaluationRound)
    .where(
      and(
        eq(evaluationRound.communityId, communityId),
        eq(evaluationRound.compoundId, compoundId),
        eq(evaluationRound.target, target),
        ne(evaluationRound.status, 'draft'),
      ),
    )
    .orderBy(desc(evaluationRound.periodFrom), desc(evaluationRound.id))
    .limit(24);
}
