import type { z } from 'zod';
import type { buildingAttributes, compoundAttributes, unitAttributes } from '../../../domain/org/attributes';
import { request } from './client';
import type { OrgKind, Page, PageParams } from './model';

export type NodeAction = 'update' | 'create_child' | 'manage_grids';

export interface PathItem {
  id: number;
  kind: OrgKind;
  name: string;
}

/** The attributes of any kind, as one bag of optional fields (each kind uses some of them). */
export type NodeAttributes = z.infer<typeof compoundAttributes> &
  z.infer<typeof buildingAttributes> &
  z.infer<typeof unitAttributes>;

export interface OrgNode {
  id: number;
  kind: OrgKind;
  code: string;
  name: string;
  parentId: number | null;
  communityId: number | null;
  /** From the top of the tree down to the node itself. */
  path: PathItem[];
  attributes: NodeAttributes;
  childCount: number;
  actions: NodeAction[];
}

export interface NodeQuery extends PageParams {
  parentId?: number;
  kind?: OrgKind;
  q?: string;
}

export interface NewNode {
  parentId: number;
  kind: OrgKind;
  name: string;
  code?: string;
  attributes?: NodeAttributes;
}

export interface NodePatch {
  name?: string;
  code?: string;
  attributes?: NodeAttributes;
}

/** Without parentId and q: the caller's own top nodes. */
export function listNodes(query: NodeQuery, signal?: AbortSignal): Promise<Page<OrgNode>> {
  return request('GET', '/org/nodes', { query: { ...query }, signal });
}

export function getNode(id: number, signal?: AbortSignal): Promise<OrgNode> {
  return request('GET', `/org/nodes/${id}`, { signal });
}

export function createNode(body: NewNode): Promise<OrgNode> {
  return request('POST', '/org/nodes', { body });
}

export function updateNode(id: number, body: NodePatch): Promise<OrgNode> {
  return request('PATCH', `/org/nodes/${id}`, { body });
}
