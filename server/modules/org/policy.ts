import { can } from '../../../domain/auth/policy';
import type { Permission } from '../../../domain/auth/roles';
import { childKind, type OrgKind } from '../../../domain/org/tree';
import type { CallerGrant } from '../auth/caller';

export type NodeAction = 'update' | 'create_child' | 'manage_grids';

const MANAGE: Record<OrgKind, Permission | null> = {
  // Districts are created by the administrator on the command line, never through the API.
  district: null,
  street: 'org.manage.street',
  community: 'org.manage.community',
  compound: 'org.manage.compound',
  building: 'org.manage.building',
  unit: 'org.manage.unit',
};

/** May the caller create or change a node of `kind` at `path`? */
export function canManageKind(grants: readonly CallerGrant[], kind: OrgKind, path: string): boolean {
  const permission = MANAGE[kind];
  return permission !== null && can(grants, permission, path);
}

export function nodeActions(
  grants: readonly CallerGrant[],
  node: { kind: OrgKind; path: string },
): NodeAction[] {
  const actions: NodeAction[] = [];
  if (canManageKind(grants, node.kind, node.path)) actions.push('update');
  const child = childKind(node.kind);
  if (child && canManageKind(grants, child, node.path)) actions.push('create_child');
  if (node.kind === 'community' && can(grants, 'grid.manage', node.path)) actions.push('manage_grids');
  return actions;
}
