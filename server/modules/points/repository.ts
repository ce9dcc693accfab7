import { and, asc, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  person,
  pointsAccount,
  pointsEntry,
  pointsRedemption,
  pointsReward,
  pointsRule,
} from '../../db/schema';
import type { RuleKey } from '../../../domain/volunteers/points';
import type { Scope } from '../auth/caller';
import type { Homes } from '../auth/permission-scope';
import { inScopePlaces, inWholeCommunities } from '../auth/scope-sql';
import { underNode, type Under } from '../volunteers/repository';

export type RewardRow = typeof pointsReward.$inferSelect;
export type RedemptionRow = typeof pointsRedemption.$inferSelect;

/** A person's passbook is the community's record: staff holding the whole community see it. */
export async function findPassbookPerson(db: Executor, scope: Scope, personId: number) {
  const [row] = await db
    .select({ id: person.id, communityId: person.communityId, name: person.name })
    .from(person)
    .where(and(eq(person.id, personId), inWholeCommunities(scope, person.communityId)));
  return row ?? null;
}

export async function passbooks(
  db: Executor,
  communityId: number,
  f: { afterPersonId?: number; limit: number },
) {
  return db
    .select({
      personId: pointsAccount.personId,
      communityId: pointsAccount.communityId,
      name: person.name,
      balance: pointsAccount.balance,
    })
    .from(pointsAccount)
    .innerJoin(
      person,
      and(eq(person.communityId, pointsAccount.communityId), eq(person.id, pointsAccount.personId)),
    )
    .where(
      and(
        eq(pointsAccount.communityId, communityId),
        f.afterPersonId !== undefined ? sql`${pointsAccount.personId} > ${f.afterPersonId}` : undefined,
      ),
    )
    .orderBy(asc(pointsAccount.personId))
    .limit(f.limit + 1);
}

export async function passbooksOf(db: Executor, people: { id: number; communityId: number; name: string }[]) {
  if (!people.length) return [];
  const rows = await db
    .select({
      communityId: pointsAccount.communityId,
      personId: pointsAccount.personId,
      balance: pointsAccount.balance,
    })
    .from(pointsAccount)
    .where(
      inArray(
        pointsAccount.personId,
        people.map((p) => p.id),
      ),
    );
  const balance = new Map(rows.map((r) => [`${r.communityId}:${r.personId}`, r.balance]));
  return people.map((p) => ({
    personId: p.id,
    communityId: p.communityId,
    name: p.name,
    balance: balance.get(`${p.communityId}:${p.id}`) ?? 0,
  }));
}

/** Entries of some people, newest first. */
export async function entries(
  db: Executor,
  people: { id: number; communityId: number }[],
  f: { beforeId?: number | undefined; limit: number },
) {
  if (!people.length) return [];
  return db
    .select()
    .from(pointsEntry)
    .where(
      and(
        sql`(${pointsEntry.communityId}, ${pointsEntry.personId}) in (${sql.join(
          people.map((p) => sql`(${p.communityId}::bigint, ${p.id}::bigint)`),
          sql`, `,
        )})`,
        f.beforeId !== undefined ? lt(pointsEntry.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(pointsEntry.id))
    .limit(f.limit + 1);
}

/** Every entry of a person before `to`, oldest first: a month's statement needs the balance it opened with. */
export async function entriesUntil(db: Executor, p: { id: number; communityId: number }, to: Date) {
  return db
    .select()
    .from(pointsEntry)
    .where(
      and(
        eq(pointsEntry.communityId, p.communityId),
        eq(pointsEntry.personId, p.id),
        lt(pointsEntry.createdAt, to),
      ),
    )
    .orderBy(asc(pointsEntry.createdAt), asc(pointsEntry.id));
}

export async function setRules(db: Executor, communityId: number, rules: Partial<Record<RuleKey, number>>) {
  const rows = Object.entries(rules).map(([key, points]) => ({
    communityId,
    key: key as RuleKey,
    points,
  }));
  if (!rows.length) return;
  await db
    .insert(pointsRule)
    .values(rows)
    .onConflictDoUpdate({
      target: [pointsRule.communityId, pointsRule.key],
      set: { points: sql`excluded.points`, updatedAt: new Date() },
    });
}

/** Staff see rewards by scope; residents see the active ones offered over their homes. */
export function rewardsVisible(staff: Scope, homes: Homes): SQL {
  const parts: SQL[] = [inScopePlaces(staff, pointsReward.communityId, pointsReward.nodePath)];
  if (homes.over.length)
    parts.push(
      sql`(${pointsReward.communityId} = any(${sql.param(homes.communityIds)}::bigint[]) and ${pointsReward.nodePath} = any(${sql.param(homes.over)}::text[]) and ${pointsReward.active})`,
    );
  return sql`(${sql.join(parts, sql` or `)})`;
}

export async function findReward(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(pointsReward)
    .where(and(eq(pointsReward.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function listRewards(
  db: Executor,
  visible: SQL,
  f: {
    under?: Under | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
) {
  return db
    .select()
    .from(pointsReward)
    .where(
      and(
        visible,
        underNode(f.under, pointsReward.communityId, pointsReward.nodePath),
        f.beforeId !== undefined ? lt(pointsReward.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(pointsReward.id))
    .limit(f.limit + 1);
}

export async function insertReward(db: Executor, r: typeof pointsReward.$inferInsert) {
  const [row] = await db.insert(pointsReward).values(r).returning();
  return row!;
}

export async function updateReward(
  db: Executor,
  r: RewardRow,
  patch: Partial<typeof pointsReward.$inferInsert>,
) {
  const [row] = await db
    .update(pointsReward)
    .set(patch)
    .where(and(eq(pointsReward.communityId, r.communityId), eq(pointsReward.id, r.id)))
    .returning();
  return row!;
}

export async function insertRedemption(db: Executor, r: typeof pointsRedemption.$inferInsert) {
  const [row] = await db.insert(pointsRedemption).values(r).returning();
  return row!;
}

export async function findRedemption(db: Executor, scope: Scope, id: number, lock = false) {
  const q = db
    .select({ redemption: pointsRedemption, name: person.name })
    .from(pointsRedemption)
    .innerJoin(
      person,
      and(eq(person.communityId, pointsRedemption.communityId), eq(person.id, pointsRedemption.personId)),
    )
    .where(and(eq(pointsRedemption.id, id), inWholeCommunities(scope, pointsRedemption.communityId)));
  const [row] = lock ? await q.for('update', { of: pointsRedemption }) : await q;
  return row ?? null;
}

export async function updateRedemption(
  db: Executor,
  r: RedemptionRow,
  patch: Partial<typeof pointsRedemption.$inferInsert>,
) {
  const [row] = await db
    .update(pointsRedemption)
    .set(patch)
    .where(and(eq(pointsRedemption.communityId, r.communityId), eq(pointsRedemption.id, r.id)))
    .returning();
  return row!;
}

export async function listRedemptions(
  db: Executor,
  communityId: number,
  f: { status?: RedemptionRow['status'] | undefined; beforeId?: number | undefined; limit: number },
) {
  return db
    .select({ redemption: pointsRedemption, name: person.name })
    .from(pointsRedemption)
    .innerJoin(
      person,
      and(eq(person.communityId, pointsRedemption.communityId), eq(person.id, pointsRedemption.personId)),
    )
    .where(
      and(
        eq(pointsRedemption.communityId, communityId),
        f.status ? eq(pointsRedemption.status, f.status) : undefined,
        f.beforeId !== undefined ? lt(pointsRedemption.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(pointsRedemption.id))
    .limit(f.limit + 1);
}
