import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Area } from '../../../domain/org/geo';
import type { GridKind, GridRelation } from '../../../domain/org/tree';
import type { Executor } from '../../db/client';
import { account, grid, gridCompound, gridWorker, place, roleGrant } from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inWholeCommunities } from '../auth/scope-sql';

export type GridRow = typeof grid.$inferSelect;

export async function findGrid(db: Executor, scope: Scope, id: number, lock = false) {
  const q = db
    .select()
    .from(grid)
    .where(and(eq(grid.id, id), inWholeCommunities(scope, grid.communityId)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function listGrids(
  db: Executor,
  scope: Scope,
  f: {
    communityId?: number | undefined;
    kind?: GridKind | undefined;
    status?: 'active' | 'merged' | undefined;
    afterId?: number | undefined;
    limit: number;
  },
) {
  return db
    .select()
    .from(grid)
    .where(
      and(
        inWholeCommunities(scope, grid.communityId),
        f.communityId !== undefined ? eq(grid.communityId, f.communityId) : undefined,
        f.kind ? eq(grid.kind, f.kind) : undefined,
        f.status ? eq(grid.status, f.status) : undefined,
        f.afterId !== undefined ? gt(grid.id, f.afterId) : undefined,
      ),
    )
    .orderBy(asc(grid.id))
    .limit(f.limit + 1);
}

export async function gridCodes(db: Executor, communityId: number): Promise<string[]> {
  const rows = await db.select({ code: grid.code }).from(grid).where(eq(grid.communityId, communityId));
  return rows.map((r) => r.code);
}

export async function insertGrid(
  db: Executor,
  g: {
    communityId: number;
    kind: GridKind;
    code: string;
    name: string;
    polygon: Area;
    supervisionPhone: string | null;
    contactPhone: string | null;
  },
) {
  const [row] = await db.insert(grid).values(g).returning();
  return row as GridRow;
}

export async function updateGrid(
  db: Executor,
  g: GridRow,
  patch: Partial<
    Pick<GridRow, 'name' | 'polygon' | 'supervisionPhone' | 'contactPhone' | 'status' | 'mergedIntoId'>
  >,
) {
  const [row] = await db
    .update(grid)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(grid.communityId, g.communityId), eq(grid.id, g.id)))
    .returning();
  return row as GridRow;
}

export async function compoundsOf(db: Executor, rows: GridRow[]) {
  if (!rows.length) return [];
  return db
    .select({
      gridId: gridCompound.gridId,
      compoundId: gridCompound.compoundId,
      relation: gridCompound.relation,
      name: place.name,
    })
    .from(gridCompound)
    .innerJoin(
      place,
      and(eq(place.communityId, gridCompound.communityId), eq(place.id, gridCompound.compoundId)),
    )
    .where(
      and(
        inArray(gridCompound.communityId, [...new Set(rows.map((r) => r.communityId))]),
        inArray(
          gridCompound.gridId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(place.code));
}

export async function workersOf(db: Executor, rows: GridRow[]) {
  if (!rows.length) return [];
  return db
    .select({ gridId: gridWorker.gridId, accountId: gridWorker.accountId })
    .from(gridWorker)
    .where(
      and(
        inArray(gridWorker.communityId, [...new Set(rows.map((r) => r.communityId))]),
        inArray(
          gridWorker.gridId,
          rows.map((r) => r.id),
        ),
      ),
    );
}

/** Display names of accounts: a separate query, since accounts are never joined to tenant tables. */
export async function accountNames(db: Executor, ids: number[]) {
  if (!ids.length) return new Map<number, string>();
  const rows = await db
    .select({ id: account.id, name: account.displayName })
    .from(account)
    .where(inArray(account.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Compounds of the community among `ids`. */
export async function compoundIdsIn(db: Executor, communityId: number, ids: number[]) {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: place.id })
    .from(place)
    .where(and(eq(place.communityId, communityId), eq(place.kind, 'compound'), inArray(place.id, ids)));
  return rows.map((r) => r.id);
}

/** Accounts among `ids` that hold the grid_worker role at this community. */
export async function gridWorkerAccountsIn(db: Executor, communityId: number, ids: number[]) {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: roleGrant.accountId })
    .from(roleGrant)
    .where(
      and(
        eq(roleGrant.role, 'grid_worker'),
        eq(roleGrant.nodeId, communityId),
        inArray(roleGrant.accountId, ids),
      ),
    );
  return rows.map((r) => r.id);
}

export async function replaceCompounds(
  db: Executor,
  g: GridRow,
  items: { compoundId: number; relation: GridRelation }[],
) {
  await db
    .delete(gridCompound)
    .where(and(eq(gridCompound.communityId, g.communityId), eq(gridCompound.gridId, g.id)));
  if (items.length)
    await db
      .insert(gridCompound)
      .values(items.map((i) => ({ ...i, communityId: g.communityId, gridId: g.id })));
}

export async function replaceWorkers(db: Executor, g: GridRow, accountIds: number[]) {
  await db
    .delete(gridWorker)
    .where(and(eq(gridWorker.communityId, g.communityId), eq(gridWorker.gridId, g.id)));
  if (accountIds.length)
    await db
      .insert(gridWorker)
      .values(accountIds.map((accountId) => ({ accountId, communityId: g.communityId, gridId: g.id })));
}

export const lockGrids = (db: Executor, communityId: number, ids: number[]) =>
  db
    .select()
    .from(grid)
    .where(and(eq(grid.communityId, communityId), inArray(grid.id, ids)))
    .orderBy(asc(grid.id))
    .for('update');
