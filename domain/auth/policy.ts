import { ROLE_PERMISSIONS, type Permission, type Role } from './roles';

/** A role held at the org node whose id path is `path` (`/1/2/3/`). */
export interface Grant {
  role: Role;
  nodeId: number;
  path: string;
}

/** True when `path` lies at or below the node whose path is `ancestorPath`. */
export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** The grants that reach an object at `path`. */
export function grantsOver(grants: readonly Grant[], path: string): Grant[] {
  return grants.filter((g) => isWithin(path, g.path));
}

/** May a caller holding `grants` do `permission` on an object at `path`? */
export function can(grants: readonly Grant[], permission: Permission, path: string): boolean {
  return grantsOver(grants, path).some((g) => ROLE_PERMISSIONS[g.role].includes(permission));
}

/** Does the caller hold `permission` anywhere (used for routes that are not about one object)? */
export function canAnywhere(grants: readonly Grant[], permission: Permission): boolean {
  return grants.some((g) => ROLE_PERMISSIONS[g.role].includes(permission));
}

/** Is the object at `path` visible at all: does any grant reach it? Invisible objects answer 404. */
export function sees(grants: readonly Grant[], path: string): boolean {
  return grants.some((g) => isWithin(path, g.path));
}

/** Staff are callers with any role other than resident; residents use the phone pages only. */
export function isStaff(grants: readonly Grant[]): boolean {
  return grants.some((g) => g.role !== 'resident');
}
