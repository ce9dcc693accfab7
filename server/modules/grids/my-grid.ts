import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { buildingLeader, grid, gridCompound, place } from '../../db/schema';
import type { Caller } from '../auth/caller';
import { accountNames, workersOf } from './repository';

const idsOf = (path: string) => path.split('/').filter(Boolean).map(Number);

/**
 * "My grid" on the resident's phone (RULES.md §6: a grid's name, its grid workers and the supervision phone are
 * public): the grids over the compound the resident lives in, and the building leaders of their buildings.
 */
export async function myGrid(db: Db, caller: Caller) {
  const homes = caller.grants.filter((g) => g.role === 'resident' && g.communityId !== null);
  const home = homes[0];
  const compoundId = home ? idsOf(home.path)[3] : undefined;
  if (!home || home.communityId === null || compoundId === undefined)
    return { compound: null, grids: [], buildingLeaders: [] };
  const communityId = home.communityId;
  const buildingIds = [...new Set(homes.flatMap((h) => idsOf(h.path)[4] ?? []))];
  const [[compound], grids, leaders] = await Promise.all([
    db
      .select({ id: place.id, name: place.name })
      .from(place)
      .where(and(eq(place.communityId, communityId), eq(place.id, compoundId))),
    db
      .select({ grid })
      .from(gridCompound)
      .innerJoin(grid, and(eq(grid.communityId, gridCompound.communityId), eq(grid.id, gridCompound.gridId)))
      .where(
        and(
          eq(gridCompound.communityId, communityId),
          eq(gridCompound.compoundId, compoundId),
          eq(grid.status, 'active'),
        ),
      ),
    buildingIds.length
      ? db
          .select({ name: buildingLeader.displayName, buildingName: place.name })
          .from(buildingLeader)
          .innerJoin(
            place,
            and(eq(place.communityId, buildingLeader.communityId), eq(place.id, buildingLeader.buildingId)),
          )
          .where(
            and(
              eq(buildingLeader.communityId, communityId),
              inArray(buildingLeader.buildingId, buildingIds),
              isNull(buildingLeader.endedOn),
              sql`${buildingLeader.filedOn} is not null`,
            ),
          )
      : Promise.resolve([]),
  ]);
  const rows = grids.map((g) => g.grid);
  const workers = await workersOf(db, rows);
  const names = await accountNames(
    db,
    workers.map((w) => w.accountId),
  );
  return {
    compound: compound ?? null,
    grids: rows.map((g) => ({
      id: g.id,
      name: g.name,
      code: g.code,
      kind: g.kind,
      supervisionPhone: g.supervisionPhone,
      contactPhone: g.contactPhone,
      workers: workers.filter((w) => w.gridId === g.id).map((w) => ({ name: names.get(w.accountId) ?? '' })),
    })),
    buildingLeaders: leaders,
  };
}
