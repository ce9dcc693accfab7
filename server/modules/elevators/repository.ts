import { and, asc, desc, eq, isNull, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  elevatorCostShare,
  elevatorInstallation,
  elevatorOccupiedHouse,
  house,
  houseOwner,
} from '../../db/schema';
import type { Scope } from '../auth/caller';
import { visibleOverHomes } from '../auth/decided-visibility';
import type { Homes } from '../auth/permission-scope';

export type InstallationRow = typeof elevatorInstallation.$inferSelect;
export type OccupiedRow = typeof elevatorOccupiedHouse.$inferSelect;
export type CostRow = typeof elevatorCostShare.$inferSelect;

export const installationsVisible = (staff: Scope, homes: Homes) =>
  visibleOverHomes(staff, homes, {
    communityId: elevatorInstallation.communityId,
    path: elevatorInstallation.unitPath,
    status: elevatorInstallation.status,
  });

export async function findInstallation(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(elevatorInstallation)
    .where(and(eq(elevatorInstallation.id, id), visible));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function listInstallations(
  db: Executor,
  f: {
    visible: SQL;
    under?: { communityId: number | null; path: string } | undefined;
    status?: InstallationRow['status'] | undefined;
    beforeId?: number | undefined;
    limit: number;
  },
) {
  return db
    .select()
    .from(elevatorInstallation)
    .where(
      and(
        f.visible,
        f.under?.communityId != null ? eq(elevatorInstallation.communityId, f.under.communityId) : undefined,
        f.under ? sql`${elevatorInstallation.unitPath} like ${`${f.under.path}%`}` : undefined,
        f.status ? eq(elevatorInstallation.status, f.status) : undefined,
        f.beforeId !== undefined ? lt(elevatorInstallation.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(elevatorInstallation.id))
    .limit(f.limit + 1);
}

/** A retrofit still running (not rejected, cancelled or done) on the unit: one at a time per unit. */
export async function runningOnUnit(db: Executor, communityId: number, unitId: number) {
  const [row] = await db
    .select({ id: elevatorInstallation.id })
    .from(elevatorInstallation)
    .where(
      and(
        eq(elevatorInstallation.communityId, communityId),
        eq(elevatorInstallation.unitId, unitId),
        sql`${elevatorInstallation.status} not in ('rejected', 'cancelled', 'done')`,
      ),
    );
  return row ?? null;
}

export async function insertInstallation(db: Executor, v: typeof elevatorInstallation.$inferInsert) {
  const [row] = await db.insert(elevatorInstallation).values(v).returning();
  return row!;
}

export async function updateInstallation(
  db: Executor,
  e: InstallationRow,
  patch: Partial<typeof elevatorInstallation.$inferInsert>,
) {
  const [row] = await db
    .update(elevatorInstallation)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(elevatorInstallation.communityId, e.communityId), eq(elevatorInstallation.id, e.id)))
    .returning();
  return row!;
}

/** The unit's houses among `ids` (others are refused by the caller). */
export async function housesOfUnit(db: Executor, communityId: number, unitPath: string, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({ id: house.id, number: house.number, floor: house.floor })
    .from(house)
    .where(
      and(
        eq(house.communityId, communityId),
        sql`${house.id} = any(${sql.param(ids)}::bigint[])`,
        sql`${house.placePath} like ${`${unitPath}%`}`,
      ),
    );
}

/** How many households live on each floor of the unit, as the registry has it now. */
export async function householdsByFloor(db: Executor, communityId: number, unitPath: string) {
  const rows = await db
    .select({ floor: house.floor, households: sql<number>`count(*)`.mapWith(Number) })
    .from(house)
    .where(and(eq(house.communityId, communityId), sql`${house.placePath} like ${`${unitPath}%`}`))
    .groupBy(house.floor)
    .orderBy(asc(house.floor));
  return rows;
}

export async function insertOccupied(db: Executor, rows: (typeof elevatorOccupiedHouse.$inferInsert)[]) {
  if (rows.length) await db.insert(elevatorOccupiedHouse).values(rows);
}

const occupiedOf = (e: Pick<InstallationRow, 'communityId' | 'id'>) =>
  and(eq(elevatorOccupiedHouse.communityId, e.communityId), eq(elevatorOccupiedHouse.installationId, e.id));

export async function occupiedHouses(db: Executor, e: Pick<InstallationRow, 'communityId' | 'id'>) {
  return db
    .select()
    .from(elevatorOccupiedHouse)
    .where(occupiedOf(e))
    .orderBy(asc(elevatorOccupiedHouse.houseLabel));
}

/** Drops the occupied houses not in `keep` (their consents with them: the plan no longer touches them). */
export async function dropOccupiedExcept(
  db: Executor,
  e: Pick<InstallationRow, 'communityId' | 'id'>,
  keep: number[],
) {
  await db
    .delete(elevatorOccupiedHouse)
    .where(and(occupiedOf(e), keep.length ? notInArray(elevatorOccupiedHouse.houseId, keep) : undefined));
}

/** The people on the title of each occupied house now: who may consent for it. */
export async function ownersOfOccupied(db: Executor, e: Pick<InstallationRow, 'communityId' | 'id'>) {
  const rows = await db
    .select({ houseId: houseOwner.houseId, personId: houseOwner.personId })
    .from(houseOwner)
    .innerJoin(
      elevatorOccupiedHouse,
      and(
        eq(elevatorOccupiedHouse.communityId, houseOwner.communityId),
        eq(elevatorOccupiedHouse.houseId, houseOwner.houseId),
      ),
    )
    .where(occupiedOf(e));
  return rows;
}

export async function recordConsent(
  db: Executor,
  e: InstallationRow,
  houseId: number,
  consent: Pick<OccupiedRow, 'consentChannel' | 'consentPersonId' | 'consentByAccountId' | 'consentByName'>,
) {
  const [row] = await db
    .update(elevatorOccupiedHouse)
    .set({ ...consent, consentedAt: new Date() })
    .where(
      and(
        occupiedOf(e),
        eq(elevatorOccupiedHouse.houseId, houseId),
        isNull(elevatorOccupiedHouse.consentedAt),
      ),
    )
    .returning();
  return row ?? null;
}

export async function costRows(db: Executor, e: Pick<InstallationRow, 'communityId' | 'id'>) {
  return db
    .select()
    .from(elevatorCostShare)
    .where(and(eq(elevatorCostShare.communityId, e.communityId), eq(elevatorCostShare.installationId, e.id)))
    .orderBy(asc(elevatorCostShare.floor));
}

/** Replaces the saved table as a whole: a table is agreed as one. */
export async function replaceCosts(
  db: Executor,
  e: InstallationRow,
  rows: (typeof elevatorCostShare.$inferInsert)[],
) {
  await db
    .delete(elevatorCostShare)
    .where(and(eq(elevatorCostShare.communityId, e.communityId), eq(elevatorCostShare.installationId, e.id)));
  if (rows.length) await db.insert(elevatorCostShare).values(rows);
}
