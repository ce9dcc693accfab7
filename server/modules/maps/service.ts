import { can, canAnywhere } from '../../../domain/auth/policy';
import { addDays, daysBetween, localDate, startOfLocalDay } from '../../../domain/common/local-date';
import { ruleOf } from '../../../domain/devices/rules';
import { ALERT_STATES } from '../../../domain/devices/rules';
import { EVENT_STATES } from '../../../domain/events/machine';
import type { LngLat } from '../../../domain/maps/gcj02';
import {
  bboxOf,
  bboxOfArea,
  bboxPolygon,
  centerOf,
  padBBox,
  spreadAround,
  unionBBox,
  type Area,
  type BBox,
} from '../../../domain/maps/geometry';
import { binHeat, cellSizeFor, type Weighted } from '../../../domain/maps/heat';
import type { TileLayer } from '../../../domain/maps/tiles';
import type { Db } from '../../db/client';
import { forbidden, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { permissionScope } from '../auth/permission-scope';
import { appendAudit } from '../audit/repository';
import { eventScope } from '../events/scope';
import { findGrid } from '../grids/repository';
import { gridsService } from '../grids/service';
import { findNode } from '../org/repository';
import * as repo from './repository';
import type { AreaFeature, AreasQuery, HeatQuery, PointFeature, PointsQuery } from './schema';

/** How far from its compound's centre a building's spot may lie (about 60 m). */
const SPREAD = 0.0006;
/** Points per layer: the newest; a street's month is a few hundred. */
export const POINT_LIMIT = 2000;

const compoundOfPath = (path: string): number | null => {
  const ids = path.split('/').filter(Boolean);
  return ids.length >= 4 ? Number(ids[3]) : null;
};

const recordedCenter = (attributes: Record<string, unknown>): [number, number] | null => {
  const c = attributes['center'];
  return Array.isArray(c) && c.length === 2 && c.every((v) => typeof v === 'number')
    ? (c as [number, number])
    : null;
};

function compoundFeature(caller: Caller, c: repo.CompoundRow): AreaFeature {
  return {
    type: 'Feature',
    id: `compound-${c.id}`,
    geometry: c.area,
    properties: {
      kind: 'compound',
      id: c.id,
      communityId: c.communityId,
      code: c.code,
      name: c.name,
      gridKind: null,
      center: c.area ? centerOf(c.area) : recordedCenter(c.attributes),
      actions: can(caller.grants, 'org.manage.compound', c.path) ? ['set_area'] : [],
    },
  };
}

function gridFeature(
  g: Pick<repo.GridRow, 'id' | 'communityId' | 'code' | 'name' | 'kind' | 'polygon'>,
  settable: boolean,
): AreaFeature {
  const area = g.polygon as Area;
  return {
    type: 'Feature',
    id: `grid-${g.id}`,
    geometry: area,
    properties: {
      kind: 'grid',
      id: g.id,
      communityId: g.communityId,
      code: g.code,
      name: g.name,
      gridKind: g.kind,
      center: centerOf(area),
      actions: settable ? ['set_area'] : [],
    },
  };
}

export function mapsService(db: Db, opts: { timeZone: string; tiles: TileLayer | null }) {
  const grids = gridsService(db);

  async function target(caller: Caller, q: { nodeId?: number | undefined; gridId?: number | undefined }) {
    if (!canAnywhere(caller.grants, 'org.read')) throw forbidden('maps are for staff');
    if (q.gridId !== undefined) {
      const g = await findGrid(db, caller.scope, q.gridId);
      if (!g || g.status !== 'active') throw notFound('grid');
      return {
        kind: 'grid',
        communityId: g.communityId,
        gridId: g.id,
        compoundIds: await repo.compoundIdsOfGrid(db, g.communityId, g.id),
      } satisfies repo.Target;
    }
    const node = await findNode(db, caller.scope, q.nodeId!);
    if (!node) throw notFound('node');
    return {
      kind: 'node',
      path: node.path,
      communityId: node.communityId,
      compoundId:
        node.kind === 'district' || node.kind === 'street' || node.kind === 'community'
          ? null
          : compoundOfPath(node.path),
    } satisfies repo.Target;
  }

  /** The period as instants: local dates, inclusive, the last 30 days by default. */
  function period(q: { from?: string | undefined; to?: string | undefined }) {
    const to = q.to ?? localDate(new Date(), opts.timeZone);
    const from = q.from ?? addDays(to, -29);
    if (daysBetween(from, to) < 0) throw invalid([{ path: 'querystring.from', message: 'after `to`' }]);
    return { from: startOfLocalDay(from, opts.timeZone), to: startOfLocalDay(addDays(to, 1), opts.timeZone) };
  }

  /** Where events and alerts without coordinates are drawn: their building's spot near the compound's centre. */
  function locator(compounds: repo.CompoundRow[]) {
    const centers = new Map<number, LngLat>();
    for (const c of compounds) {
      const center = c.area ? centerOf(c.area) : recordedCenter(c.attributes);
      if (center) centers.set(c.id, center);
    }
    return (lat: number | null, lng: number | null, compoundId: number | null, placeId: number | null) => {
      if (lat !== null && lng !== null) return { at: [lng, lat] as LngLat, approximate: false };
      const center = compoundId !== null ? centers.get(compoundId) : undefined;
      if (!center) return null;
      const at = placeId === null || placeId === compoundId ? center : spreadAround(center, placeId, SPREAD);
      return { at, approximate: true };
    };
  }

  async function scene(caller: Caller, q: { nodeId?: number | undefined; gridId?: number | undefined }) {
    const t = await target(caller, q);
    const compounds = await repo.compoundsOf(db, caller.scope, t);
    return { t, compounds, compoundPaths: compounds.map((c) => c.path), locate: locator(compounds) };
  }

  const boxOf = (features: AreaFeature[]): BBox | null =>
    unionBBox(
      features.flatMap((f) => {
        if (f.geometry) return [bboxOfArea(f.geometry)];
        const c = f.properties.center;
        return c ? [padBBox([c[0], c[1], c[0], c[1]], SPREAD)] : [];
      }),
    );

  return {
    settings: (caller: Caller) => {
      if (!canAnywhere(caller.grants, 'org.read')) throw forbidden('maps are for staff');
      return { tiles: opts.tiles };
    },

    async areas(caller: Caller, q: AreasQuery) {
      const { t, compounds } = await scene(caller, q);
      const features = [
        ...(await repo.gridsOf(db, caller.scope, t)).map((g) =>
          gridFeature(g, can(caller.grants, 'grid.manage', g.communityPath)),
        ),
        ...compounds.map((c) => compoundFeature(caller, c)),
      ];
      const bbox = boxOf(features);
      return { type: 'FeatureCollection' as const, ...(bbox ? { bbox } : {}), features };
    },

    async points(caller: Caller, q: PointsQuery) {
      const { t, compoundPaths, locate } = await scene(caller, q);
      const { from, to } = period(q);
      const layers = new Set(q.layers?.length ? q.layers : ['events', 'alerts']);
      const statuses = q.status ?? [];
      const eventStatuses = statuses.filter((s) => (EVENT_STATES as readonly string[]).includes(s));
      const alertStatuses = statuses.filter((s) => (ALERT_STATES as readonly string[]).includes(s));
      const features: PointFeature[] = [];
      let truncated = false;
      let unlocated = 0;
      if (layers.has('events') && !(statuses.length && !eventStatuses.length)) {
        const scope = await eventScope(db, caller);
        const filter = { from, to, categories: q.category, statuses: eventStatuses };
        const rows = await repo.eventPoints(db, scope, t, compoundPaths, filter, POINT_LIMIT);
        truncated ||= rows.length > POINT_LIMIT;
        for (const e of rows.slice(0, POINT_LIMIT)) {
          const spot = locate(e.lat, e.lng, e.compoundId, e.placeId);
          if (!spot) {
            unlocated++;
            continue;
          }
          features.push({
            type: 'Feature',
            id: `event-${e.id}`,
            geometry: { type: 'Point', coordinates: [spot.at[0], spot.at[1]] },
            properties: {
              kind: 'event',
              id: e.id,
              category: e.categoryCode,
              status: e.status,
              at: e.reportedAt.toISOString(),
              label: e.description.length > 60 ? `${e.description.slice(0, 59)}…` : e.description,
              severity: null,
              eventId: e.id,
              approximate: spot.approximate,
            },
          });
        }
      }
      if (layers.has('alerts') && !(statuses.length && !alertStatuses.length)) {
        const scope = await permissionScope(db, caller, 'device.read');
        const rows = await repo.alertPoints(
          db,
          scope,
          t,
          compoundPaths,
          { from, to, statuses: alertStatuses },
          POINT_LIMIT,
        );
        truncated ||= rows.length > POINT_LIMIT;
        const wanted = q.category?.length ? new Set(q.category) : null;
        for (const a of rows.slice(0, POINT_LIMIT)) {
          const category = ruleOf(a.deviceKind, a.condition)?.categoryCode ?? 'facility.device';
          if (wanted && !wanted.has(category)) continue;
          const spot = locate(null, null, compoundOfPath(a.placePath), a.placeId);
          if (!spot) continue;
          features.push({
            type: 'Feature',
            id: `alert-${a.id}`,
            geometry: { type: 'Point', coordinates: [spot.at[0], spot.at[1]] },
            properties: {
              kind: 'alert',
              id: a.id,
              category,
              status: a.status,
              at: a.openedAt.toISOString(),
              label: `${a.deviceName}: ${a.condition}`,
              severity: a.severity,
              eventId: a.eventId,
              approximate: true,
            },
          });
        }
      }
      return { type: 'FeatureCollection' as const, features, truncated, unlocated };
    },

    async heat(caller: Caller, q: HeatQuery) {
      const { t, compounds, compoundPaths, locate } = await scene(caller, q);
      const { from, to } = period(q);
      const scope = await eventScope(db, caller);
      const groups = await repo.eventCounts(db, scope, t, compoundPaths, {
        from,
        to,
        categories: q.category,
        statuses: undefined,
      });
      const weighted: Weighted[] = groups.flatMap((g) => {
        const spot = locate(g.lat, g.lng, g.compoundId, g.placeId);
        return spot ? [{ at: spot.at, category: g.categoryCode, count: g.count }] : [];
      });
      const extent = boxOf(compounds.map((c) => compoundFeature(caller, c))) ??
        bboxOf(weighted.map((w) => w.at)) ?? [0, 0, 0, 0];
      const cellSize = q.cell ?? cellSizeFor(extent);
      const cells = binHeat(weighted, cellSize);
      return {
        type: 'FeatureCollection' as const,
        cellSize,
        max: Math.max(0, ...cells.map((c) => c.count)),
        total: cells.reduce((n, c) => n + c.count, 0),
        features: cells.map((c) => ({
          type: 'Feature' as const,
          id: `cell-${c.col}-${c.row}`,
          geometry: bboxPolygon(c.bbox) as { type: 'Polygon'; coordinates: number[][][] },
          properties: { count: c.count, byCategory: c.byCategory },
        })),
      };
    },

    /** A grid's boundary goes through the grids service: its scope, `grid.manage`, merged-grid refusal and audit. */
    async setGridArea(caller: Caller, gridId: number, area: Area): Promise<AreaFeature> {
      const g = await grids.update(caller, gridId, { polygon: area });
      return gridFeature(g, g.actions.includes('update'));
    },

    async setCompoundArea(caller: Caller, compoundId: number, area: Area): Promise<AreaFeature> {
      return db.transaction(async (tx) => {
        const node = await findNode(tx, caller.scope, compoundId, true);
        if (!node || node.kind !== 'compound' || node.communityId === null) throw notFound('compound');
        if (!can(caller.grants, 'org.manage.compound', node.path))
          throw forbidden('you may not change the boundary of this compound');
        const before = await repo.findCompoundArea(tx, node.communityId, node.id, true);
        await repo.upsertCompoundArea(tx, {
          communityId: node.communityId,
          compoundId: node.id,
          area,
          updatedByName: caller.displayName,
        });
        await appendAudit(tx, {
          communityId: node.communityId,
          actor: actorOf(caller),
          action: 'compound.area',
          entityType: 'org_node',
          entityId: node.id,
          before: before?.area ?? null,
          after: area,
        });
        return compoundFeature(caller, {
          communityId: node.communityId,
          id: node.id,
          code: node.code,
          name: node.name,
          path: node.path,
          attributes: node.attributes,
          area,
        });
      });
    },
  };
}
export type MapsService = ReturnType<typeof mapsService>;
