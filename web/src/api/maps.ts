/** Boundaries, points and heat as GeoJSON, and the tile layer (server/modules/maps; docs/API.md "Maps"). */
import type { Area } from '../../../domain/org/geo';
import type { TileLayer } from '../../../domain/maps/tiles';
import { request } from './client';

export type { Area } from '../../../domain/org/geo';

/** Which map: an org node (street, community, compound …) or one grid. */
export type MapTarget = { nodeId: number } | { gridId: number };

export interface AreaFeature {
  type: 'Feature';
  id: string;
  geometry: Area | null;
  properties: {
    kind: 'grid' | 'compound';
    id: number;
    communityId: number;
    code: string;
    name: string;
    gridKind: string | null;
    center: [number, number] | null;
    actions: 'set_area'[];
  };
}
export interface AreaCollection {
  type: 'FeatureCollection';
  bbox?: [number, number, number, number];
  features: AreaFeature[];
}

export interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    kind: 'event' | 'alert';
    id: number;
    category: string;
    status: string;
    at: string;
    label: string;
    severity: string | null;
    eventId: number | null;
    approximate: boolean;
  };
}
export interface PointCollection {
  type: 'FeatureCollection';
  features: PointFeature[];
  truncated: boolean;
  unlocated: number;
}

export interface HeatCollection {
  type: 'FeatureCollection';
  cellSize: number;
  max: number;
  total: number;
  features: {
    type: 'Feature';
    id: string;
    geometry: { type: 'Polygon'; coordinates: [number, number][][] };
    properties: { count: number; byCategory: Record<string, number> };
  }[];
}

export interface MapFilter {
  from?: string;
  to?: string;
  /** Category codes; empty for all. */
  categories?: string[];
}

const query = (target: MapTarget, f: MapFilter = {}) => ({
  ...target,
  from: f.from,
  to: f.to,
  category: f.categories?.length ? f.categories.join(',') : undefined,
});

export const getMapSettings = (signal?: AbortSignal) =>
  request<{ tiles: TileLayer | null }>('GET', '/maps/settings', { signal });
export const getMapAreas = (target: MapTarget, signal?: AbortSignal) =>
  request<AreaCollection>('GET', '/maps/areas', { query: { ...target }, signal });
export const getMapPoints = (target: MapTarget, f: MapFilter, signal?: AbortSignal) =>
  request<PointCollection>('GET', '/maps/points', { query: query(target, f), signal });
export const getMapHeat = (target: MapTarget, f: MapFilter, signal?: AbortSignal) =>
  request<HeatCollection>('GET', '/maps/heat', { query: query(target, f), signal });

/** A drawn outline or an imported GeoJSON file's content (Polygon, MultiPolygon, Feature, FeatureCollection). */
export const setArea = (kind: 'grid' | 'compound', id: number, geojson: unknown) =>
  request<AreaFeature>('PUT', `/maps/${kind === 'grid' ? 'grids' : 'compounds'}/${id}/area`, {
    body: geojson,
  });
