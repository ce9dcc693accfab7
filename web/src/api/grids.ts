import type { Area } from '../../../domain/org/geo';
import type { GridKind, GridRelation } from '../../../domain/org/tree';
import { request } from './client';
import type { Page, PageParams } from './model';

export type { Area } from '../../../domain/org/geo';
export { GRID_KINDS, GRID_RELATIONS, type GridKind, type GridRelation } from '../../../domain/org/tree';

export const GRID_STATUSES = ['active', 'merged'] as const;
export type GridStatus = (typeof GRID_STATUSES)[number];
export type GridAction = 'update' | 'merge';

export interface GridCompound {
  compoundId: number;
  name: string;
  relation: GridRelation;
}

export interface Grid {
  id: number;
  communityId: number;
  kind: GridKind;
  code: string;
  name: string;
  polygon: Area;
  status: GridStatus;
  mergedIntoId: number | null;
  workers: { accountId: number; displayName: string }[];
  compounds: GridCompound[];
  supervisionPhone: string | null;
  /** The grid's service line (its grid workers), public like the supervision phone. */
  contactPhone: string | null;
  actions: GridAction[];
}

export interface GridQuery extends PageParams {
  /** Unset: every grid the caller can see. */
  communityId?: number;
  kind?: GridKind;
  status?: GridStatus;
}

export interface NewGrid {
  communityId: number;
  kind: GridKind;
  name: string;
  code?: string;
  polygon: Area;
  supervisionPhone?: string;
  contactPhone?: string;
}

export interface GridPatch {
  name?: string;
  polygon?: Area;
  /** null clears it. */
  supervisionPhone?: string | null;
  contactPhone?: string | null;
}

export interface GridMerge {
  gridIds: number[];
  name: string;
  kind: GridKind;
  code?: string;
}

export function listGrids(query: GridQuery, signal?: AbortSignal): Promise<Page<Grid>> {
  return request('GET', '/org/grids', { query: { ...query }, signal });
}

export function createGrid(body: NewGrid): Promise<Grid> {
  return request('POST', '/org/grids', { body });
}

export function updateGrid(id: number, body: GridPatch): Promise<Grid> {
  return request('PATCH', `/org/grids/${id}`, { body });
}

export function setGridCompounds(id: number, compounds: Omit<GridCompound, 'name'>[]): Promise<Grid> {
  return request('PUT', `/org/grids/${id}/compounds`, { body: { compounds } });
}

export function mergeGrids(body: GridMerge): Promise<Grid> {
  return request('POST', '/org/grids/merge', { body });
}
