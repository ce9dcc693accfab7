import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  grid,
  gridWorker,
  patrol,
  patrolAnswer,
  patrolCheckIn,
  patrolMember,
  patrolPlan,
  patrolPoint,
  place,
} from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inScopePlaces } from '../auth/scope-sql';

export type PlanRow = typeof patrolPlan.$inferSelect;
export type PointRow = typeof patrolPoint.$inferSelect;
export type PatrolRow = typeof patrol.$inferSelect;
export type CheckInRow = typeof patrolCheckIn.$inferSelect;
export type AnswerRow = typeof patrolAnswer.$inferSelect;
export type MemberRow = typeof patrolMember.$inferSelect;

export const plansIn = (scope: Scope) => inScopePlaces(scope, patrolPlan.communityId, patrolPlan.nodePath);
export const patrolsIn = (scope: Scope) => inScopePlaces(scope, patrol.communityId, patrol.nodePath);
const pointsIn = (scope: Scope) => inScopePlaces(scope, patrolPoint.communityId, patrolPoint.placePath);

export async function findPlan(db: Executor, visible: SQL, id: number) {
  const [row] = await db
    .select()
    .from(patrolPlan)
    .where(and(eq(patrolPlan.id, id), visible));
  return row ?? null;
}

/** The plan a visible patrol was started for. */
export async function planOf(db: Executor, p: PatrolRow) {
  const [row] = await db
    .select()
    .from(patrolPlan)
    .where(and(eq(patrolPlan.communityId, p.communityId), eq(patrolPlan.id, p.planId)));
  return row ?? null;
}

export async function listPlans(
  db: Executor,
  visible: SQL,
  f: {
    communityId?: number | undefined;
    scope?: PlanRow['scope'] | undefined;
    only?: SQL | undefined;
    afterId?: number | undefined;
    limit: number;
  },
) {
  return db
    .select()
    .from(patrolPlan)
    .where(
      and(
        visible,
        f.communityId !== undefined ? eq(patrolPlan.communityId, f.communityId) : undefined,
        f.scope ? eq(patrolPlan.scope, f.scope) : undefined,
        f.only,
        f.afterId !== undefined ? sql`${patrolPlan.id} > ${f.afterId}` : undefined,
      ),
    )
    .orderBy(asc(patrolPlan.id))
    .limit(f.limit + 1);
}

/** The plans an account walks: those of the grids it works and those of buildings under its own grants. */
export function plansWalkedBy(accountId: number, buildingPaths: { communityId: number; path: string }[]) {
  const parts: SQL[] = [
    sql`exists (select 1 from ${gridWorker} w where w.community_id = ${patrolPlan.communityId}
      and w.grid_id = ${patrolPlan.gridId} and w.account_id = ${accountId})`,
  ];
  for (const b of buildingPaths)
    parts.push(
      sql`(${patrolPlan.scope} = 'building' and ${patrolPlan.communityId} = ${b.communityId} and ${patrolPlan.nodePath} like ${`${b.path}%`})`,
    );
  return sql`(${sql.join(parts, sql` or `)})`;
}

export async function insertPlan(db: Executor, p: typeof patrolPlan.$inferInsert) {
  const [row] = await db.insert(patrolPlan).values(p).returning();
  return row as PlanRow;
}

export async function updatePlan(db: Executor, p: PlanRow, patch: Partial<PlanRow>) {
  const [row] = await db
    .update(patrolPlan)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(patrolPlan.communityId, p.communityId), eq(patrolPlan.id, p.id)))
    .returning();
  return row as PlanRow;
}

/** Names of plans' grids and buildings. */
export async function targetNames(db: Executor, plans: PlanRow[]) {
  const names = new Map<string, string>();
  const gridIds = plans.flatMap((p) => (p.gridId === null ? [] : [p.gridId]));
  const buildingIds = plans.flatMap((p) => (p.buildingId === null ? [] : [p.buildingId]));
  const communities = [...new Set(plans.map((p) => p.communityId))];
  if (gridIds.length)
    for (const g of await db
      .select({ communityId: grid.communityId, id: grid.id, name: grid.name })
      .from(grid)
      .where(and(inArray(grid.communityId, communities), inArray(grid.id, gridIds))))
      names.set(`grid/${g.communityId}/${g.id}`, g.name);
  if (buildingIds.length)
    for (const b of await db
      .select({ communityId: place.communityId, id: place.id, name: place.name, parent: place.parentId })
      .from(place)
      .where(and(inArray(place.communityId, communities), inArray(place.id, buildingIds)))) {
      const [compound] = b.parent
        ? await db
            .select({ name: place.name })
            .from(place)
            .where(and(eq(place.communityId, b.communityId), eq(place.id, b.parent)))
        : [];
      names.set(`building/${b.communityId}/${b.id}`, `${compound?.name ?? ''}${b.name}`);
    }
  return (p: PlanRow) =>
    names.get(
      p.scope === 'grid' ? `grid/${p.communityId}/${p.gridId}` : `building/${p.communityId}/${p.buildingId}`,
    ) ?? '';
}

export async function listPoints(
  db: Executor,
  scope: Scope,
  under: { communityId: number | null; path: string },
  afterId: number | undefined,
  limit: number,
) {
  return db
    .select()
    .from(patrolPoint)
    .where(
      and(
        pointsIn(scope),
        under.communityId !== null ? eq(patrolPoint.communityId, under.communityId) : undefined,
        sql`${patrolPoint.placePath} like ${`${under.path}%`}`,
        afterId !== undefined ? sql`${patrolPoint.id} > ${afterId}` : undefined,
      ),
    )
    .orderBy(asc(patrolPoint.id))
    .limit(limit + 1);
}

export async function pointByCode(db: Executor, communityId: number, code: string) {
  const [row] = await db
    .select()
    .from(patrolPoint)
    .where(and(eq(patrolPoint.communityId, communityId), eq(patrolPoint.code, code)));
  return row ?? null;
}

export async function insertPoint(db: Executor, p: typeof patrolPoint.$inferInsert) {
  const [row] = await db.insert(patrolPoint).values(p).returning();
  return row as PointRow;
}

/** Patrols the caller walks with but does not see through a grant (a co-patroller from another role). */
export const walkedWith = (accountId: number) =>
  sql`exists (select 1 from ${patrolMember} m where m.community_id = ${patrol.communityId}
    and m.patrol_id = ${patrol.id} and m.account_id = ${accountId})`;

export async function findPatrol(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(patrol)
    .where(and(eq(patrol.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function listPatrols(
  db: Executor,
  visible: SQL,
  f: {
    planId?: number | undefined;
    communityId?: number | undefined;
    status?: PatrolRow['status'] | undefined;
    mineOf?: number | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
) {
  return db
    .select({ patrol, planName: patrolPlan.name })
    .from(patrol)
    .innerJoin(
      patrolPlan,
      and(eq(patrolPlan.communityId, patrol.communityId), eq(patrolPlan.id, patrol.planId)),
    )
    .where(
      and(
        visible,
        f.planId !== undefined ? eq(patrol.planId, f.planId) : undefined,
        f.communityId !== undefined ? eq(patrol.communityId, f.communityId) : undefined,
        f.status ? eq(patrol.status, f.status) : undefined,
        f.mineOf !== undefined ? or(eq(patrol.leaderAccountId, f.mineOf), walkedWith(f.mineOf)) : undefined,
        f.beforeId !== undefined ? lt(patrol.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(patrol.id))
    .limit(f.limit + 1);
}

export async function insertPatrol(db: Executor, p: typeof patrol.$inferInsert) {
  const [row] = await db.insert(patrol).values(p).returning();
  return row as PatrolRow;
}

export async function updatePatrol(db: Executor, p: PatrolRow, patch: Partial<PatrolRow>) {
  const [row] = await db
    .update(patrol)
    .set(patch)
    .where(and(eq(patrol.communityId, p.communityId), eq(patrol.id, p.id)))
    .returning();
  return row as PatrolRow;
}

export async function partsOf(db: Executor, p: PatrolRow) {
  const [checkIns, answers, members] = await Promise.all([
    db
      .select()
      .from(patrolCheckIn)
      .where(and(eq(patrolCheckIn.communityId, p.communityId), eq(patrolCheckIn.patrolId, p.id)))
      .orderBy(asc(patrolCheckIn.id)),
    db
      .select()
      .from(patrolAnswer)
      .where(and(eq(patrolAnswer.communityId, p.communityId), eq(patrolAnswer.patrolId, p.id))),
    db
      .select()
      .from(patrolMember)
      .where(and(eq(patrolMember.communityId, p.communityId), eq(patrolMember.patrolId, p.id)))
      .orderBy(asc(patrolMember.id)),
  ]);
  return { checkIns, answers, members };
}

export async function insertCheckIn(db: Executor, c: typeof patrolCheckIn.$inferInsert) {
  const [row] = await db.insert(patrolCheckIn).values(c).returning();
  return row as CheckInRow;
}

export async function findCheckIn(db: Executor, p: PatrolRow, id: number) {
  const [row] = await db
    .select()
    .from(patrolCheckIn)
    .where(
      and(
        eq(patrolCheckIn.communityId, p.communityId),
        eq(patrolCheckIn.patrolId, p.id),
        eq(patrolCheckIn.id, id),
      ),
    );
  return row ?? null;
}

export async function findAnswer(db: Executor, p: PatrolRow, itemCode: string) {
  const [row] = await db
    .select()
    .from(patrolAnswer)
    .where(
      and(
        eq(patrolAnswer.communityId, p.communityId),
        eq(patrolAnswer.patrolId, p.id),
        eq(patrolAnswer.itemCode, itemCode),
      ),
    );
  return row ?? null;
}

export async function upsertAnswer(db: Executor, a: typeof patrolAnswer.$inferInsert) {
  const [row] = await db
    .insert(patrolAnswer)
    .values(a)
    .onConflictDoUpdate({
      target: [patrolAnswer.communityId, patrolAnswer.patrolId, patrolAnswer.itemCode],
      set: {
        result: a.result,
        note: a.note,
        attachmentIds: a.attachmentIds,
        checkInId: a.checkInId,
        answeredAt: new Date(),
      },
    })
    .returning();
  return row as AnswerRow;
}

export async function linkEvent(db: Executor, a: AnswerRow, eventId: number) {
  const [row] = await db
    .update(patrolAnswer)
    .set({ eventId, attachmentIds: [] })
    .where(
      and(
        eq(patrolAnswer.communityId, a.communityId),
        eq(patrolAnswer.patrolId, a.patrolId),
        eq(patrolAnswer.itemCode, a.itemCode),
      ),
    )
    .returning();
  return row as AnswerRow;
}

export async function insertMember(db: Executor, m: typeof patrolMember.$inferInsert) {
  const [row] = await db.insert(patrolMember).values(m).onConflictDoNothing().returning();
  return row ?? null;
}

/** Plans of a community and their patrols started between two instants, for the coverage report. */
export async function coverageInput(db: Executor, communityId: number, from: Date, to: Date) {
  const [plans, patrols, members, workers] = await Promise.all([
    db.select().from(patrolPlan).where(eq(patrolPlan.communityId, communityId)),
    db
      .select()
      .from(patrol)
      .where(
        and(eq(patrol.communityId, communityId), gte(patrol.startedAt, from), lte(patrol.startedAt, to)),
      ),
    db
      .select({ patrolId: patrolMember.patrolId, accountId: patrolMember.accountId })
      .from(patrolMember)
      .innerJoin(
        patrol,
        and(eq(patrol.communityId, patrolMember.communityId), eq(patrol.id, patrolMember.patrolId)),
      )
      .where(
        and(
          eq(patrolMember.communityId, communityId),
          gte(patrol.startedAt, from),
          lte(patrol.startedAt, to),
          sql`${patrolMember.accountId} is not null`,
        ),
      ),
    db
      .select({ gridId: gridWorker.gridId, accountId: gridWorker.accountId })
      .from(gridWorker)
      .where(eq(gridWorker.communityId, communityId)),
  ]);
  return { plans, patrols, members, workers };
}
