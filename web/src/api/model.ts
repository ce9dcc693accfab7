/** Shapes shared by several endpoints (docs/API.md). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageParams {
  cursor?: string | null;
  limit?: number;
}

export const ORG_KINDS = ['district', 'street', 'community', 'compound', 'building', 'unit'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** The kind one level below `kind`, or null for a unit. */
export function childKindOf(kind: OrgKind): OrgKind | null {
  return ORG_KINDS[ORG_KINDS.indexOf(kind) + 1] ?? null;
}

export const ROLES = [
  'admin',
  'auditor',
  'street_staff',
  'community_worker',
  'grid_worker',
  'building_leader',
  'property_staff',
  'party_branch',
  'owners_committee',
  'department_staff',
  'resident',
] as const;
export type Role = (typeof ROLES)[number];

/** A role granted at an org node. */
export interface RoleGrant {
  role: Role;
  nodeId: number;
  nodeName: string;
  nodeKind: OrgKind;
}
