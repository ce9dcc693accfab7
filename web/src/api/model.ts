/** Shapes shared by several endpoints (docs/API.md); the vocabularies come from `domain/`, as on the server. */
import type { Role } from '../../../domain/auth/roles';
import type { OrgKind } from '../../../domain/org/tree';

export { ROLES, ROLE_NODE_KINDS, type Role } from '../../../domain/auth/roles';
export { childKind, ORG_KINDS, type OrgKind } from '../../../domain/org/tree';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageParams {
  cursor?: string | null;
  limit?: number;
}

/** A role granted at an org node. */
export interface RoleGrant {
  role: Role;
  nodeId: number;
  nodeName: string;
  nodeKind: OrgKind;
  /** From the district down to the node itself. */
  nodePath: { id: number; kind: OrgKind; name: string }[];
}
