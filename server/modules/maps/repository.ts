import { and, desc, eq, gte, inArray, lt, sql, type AnyColumn } from 'drizzle-orm';
import type { Area } from '../../../domain/org/geo';
import type { Executor } from '../../db/client';
import {
  compoundArea,
  device,
  deviceAlert,
  event,
  grid,
  gridCompound,
  orgNode,
  place,
} from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inScopePlaces, inWholeCommunities } from '../auth/scope-sql';

/** What a map shows: everything under an org node's path, or one grid and the compounds it covers. */
export type Target =
  | { kind: 'node'; path: string; communityId: number | null; compoundId: number | null }
  | { kind: 'grid'; communityId: number; gridId: number; compoundIds: number[] };

export interface CompoundRow {
  communityId: number;
  id: number;
  code: string;
  name: string;
  path: string;
  attributes: Record<string, unknown>;
  area: Area | null;
}

/** The compounds the target covers, with their boundary if one was drawn. */
export async function compoundsOf(db: Executor, scope: Scope, t: Target): Promise<CompoundRow[]> {
  return db
    .select({
      communityId: place.communityId,
      id: place.id,
      code: place.code,
      name: place.name,
      path: place.path,
      attributes: place.attributes,
      area: compoundArea.area,
    })
    .from(place)
    .leftJoin(
      compoundArea,
      and(eq(compoundArea.communityId, place.communityId), eq(compoundArea.compoundId, place.id)),
    )
    .where(
      and(
        eq(place.kind, 'compound'),
        inScopePlaces(scope, place.communityId, place.path),
        t.kind === 'grid'
          ? and(
              eq(place.communityId, t.communityId),
              inArray(place.id, t.compoundIds.length ? t.compoundIds : [-1]),
            )
          : and(
              t.communityId !== null ? eq(place.communityId, t.communityId) : undefined,
              sql`${place.path} like ${`${t.path}%`}`,
            ),
      ),
    )
    .orderBy(place.communityId, place.code);
}

export interface GridRow extends Pick<
  typeof grid.$inferSelect,
  'communityId' | 'id' | 'kind' | 'code' | 'name' | 'polygon'
> {
  communityPath: string;
}

/**
 * Active grids of the target: a grid itself; the grids covering a compound (or the building or unit in it); the
 * grids of every community under a street or district. Grids are community-wide rows, seen only with the whole
 * community.
 */
export async function gridsOf(db: Executor, scope: Scope, t: Target): Promise<GridRow[]> {
  const which =
    t.kind === 'grid'
      ? and(eq(grid.communityId, t.communityId), eq(grid.id, t.gridId))
      : t.compoundId !== null
        ? sql`exists (select 1 from ${gridCompound} gc where gc.community_id = ${grid.communityId}
                 and gc.grid_id = ${grid.id} and gc.compound_id = ${t.compoundId})`
        : sql`${orgNode.path} like ${`${t.path}%`}`;
  return db
    .select({
      communityId: grid.communityId,
      id: grid.id,
      kind: grid.kind,
      code: grid.code,
      name: grid.name,
      polygon: grid.polygon,
      communityPath: orgNode.path,
    })
    .from(grid)
    .innerJoin(orgNode, eq(orgNode.id, grid.communityId))
    .where(and(eq(grid.status, 'active'), inWholeCommunities(scope, grid.communityId), which))
    .orderBy(grid.code);
}

export async function compoundIdsOfGrid(
  db: Executor,
  communityId: number,
  gridId: number,
): Promise<number[]> {
  const rows = await db
    .select({ id: gridCompound.compoundId })
    .from(gridCompound)
    .where(and(eq(gridCompound.communityId, communityId), eq(gridCompound.gridId, gridId)));
  return rows.map((r) => r.id);
}

/** Rows whose place lies in the target: under the node's path, or in one of the grid's compounds. */
function placedIn(t: Target, communityId: AnyColumn, path: AnyColumn, compoundPaths: string[]) {
  if (t.kind === 'grid')
    return compoundPaths.length
      ? and(
          sql`${communityId} = ${t.communityId}`,
          sql`${path} like any(${sql.param(compoundPaths.map((p) => `${p}%`))}::text[])`,
        )
      : sql`false`;
  return and(
    t.communityId !== null ? sql`${communityId} = ${t.communityId}` : undefined,
    sql`${path} like ${`${t.path}%`}`,
  );
}

export interface EventFilter {
  from: Date;
  to: Date;
  categories: string[] | undefined;
  statuses: string[] | undefined;
}

const eventWhere = (scope: Scope, t: Target, compoundPaths: string[], f: EventFilter) =>
  and(
    inScopePlaces(scope, event.communityId, event.placePath),
    placedIn(t, event.communityId, event.placePath, compoundPaths),
    gte(event.reportedAt, f.from),
    lt(event.reportedAt, f.to),
    f.categories?.length ? inArray(event.categoryCode, f.categories) : undefined,
    f.statuses?.length ? sql`${event.status} = any(${sql.param(f.statuses)}::text[])` : undefined,
  );

/** The newest events of the target, one more than `limit` so the caller knows the list was cut. */
export async function eventPoints(
  db: Executor,
  scope: Scope,
  t: Target,
  compoundPaths: string[],
  f: EventFilter,
  limit: number,
) {
  return db
    .select({
      communityId: event.communityId,
      id: event.id,
      categoryCode: event.categoryCode,
      status: event.status,
      description: event.description,
      reportedAt: event.reportedAt,
      placeId: event.placeId,
      compoundId: event.compoundId,
      lat: event.lat,
      lng: event.lng,
    })
    .from(event)
    .where(eventWhere(scope, t, compoundPaths, f))
    .orderBy(desc(event.reportedAt), desc(event.id))
    .limit(limit + 1);
}

/**
 * Events counted per category and spot (the building they concern, or the coordinates they were reported at):
 * a year of a street's reports becomes a few hundred rows, which the service bins into heat cells.
 */
export async function eventCounts(
  db: Executor,
  scope: Scope,
  t: Target,
  compoundPaths: string[],
  f: EventFilter,
) {
  const rows = await db
    .select({
      categoryCode: event.categoryCode,
      compoundId: event.compoundId,
      placeId: event.placeId,
      lat: event.lat,
      lng: event.lng,
      count: sql<number>`count(*)::int`,
    })
    .from(event)
    .where(eventWhere(scope, t, compoundPaths, f))
    .groupBy(event.categoryCode, event.compoundId, event.placeId, event.lat, event.lng);
  return rows;
}

export interface AlertFilter {
  from: Date;
  to: Date;
  statuses: string[] | undefined;
}

export async function alertPoints(
  db: Executor,
  scope: Scope,
  t: Target,
  compoundPaths: string[],
  f: AlertFilter,
  limit: number,
) {
  return db
    .select({
      communityId: deviceAlert.communityId,
      id: deviceAlert.id,
      condition: deviceAlert.condition,
      severity: deviceAlert.severity,
      status: deviceAlert.status,
      openedAt: deviceAlert.openedAt,
      eventId: deviceAlert.eventId,
      placePath: deviceAlert.placePath,
      deviceKind: device.kind,
      deviceName: device.name,
      placeId: device.placeId,
    })
    .from(deviceAlert)
    .innerJoin(
      device,
      and(eq(device.communityId, deviceAlert.communityId), eq(device.id, deviceAlert.deviceId)),
    )
    .where(
      and(
        inScopePlaces(scope, deviceAlert.communityId, deviceAlert.placePath),
        placedIn(t, deviceAlert.communityId, deviceAlert.placePath, compoundPaths),
        // An alert still open shows whenever it was raised; a resolved one only in the period.
        sql`(${deviceAlert.status} <> 'resolved' or (${deviceAlert.openedAt} >= ${f.from.toISOString()}::timestamptz and ${deviceAlert.openedAt} < ${f.to.toISOString()}::timestamptz))`,
        f.statuses?.length ? sql`${deviceAlert.status} = any(${sql.param(f.statuses)}::text[])` : undefined,
      ),
    )
    .orderBy(desc(deviceAlert.openedAt), desc(deviceAlert.id))
    .limit(limit + 1);
}

export async function findCompoundArea(db: Executor, communityId: number, compoundId: number, lock = false) {
  const q = db
    .select()
    .from(compoundArea)
    .where(and(eq(compoundArea.communityId, communityId), eq(compoundArea.compoundId, compoundId)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function upsertCompoundArea(
  db: Executor,
  row: { communityId: number; compoundId: number; area: Area; updatedByName: string },
) {
  const [out] = await db
    .insert(compoundArea)
    .values(row)
    .onConflictDoUpdate({
      target: [compoundArea.communityId, compoundArea.compoundId],
      set: { area: row.area, updatedByName: row.updatedByName, updatedAt: new Date() },
    })
    .returning();
  return out!;
}

/** Every compound that has a recorded centre (the demo seed draws their outlines); no scope: system use only. */
export async function listCompoundsWithCenter(db: Executor) {
  const rows = await db
    .select({ id: place.id, attributes: place.attributes })
    .from(place)
    .where(and(eq(place.kind, 'compound'), sql`jsonb_typeof(${place.attributes}->'center') = 'array'`))
    .orderBy(place.id);
  return rows.map((r) => ({ id: r.id, center: r.attributes['center'] as [number, number] }));
}
