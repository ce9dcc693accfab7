import type { User } from '../../api/auth';
import { ROLE_PERMISSIONS, type Permission, type Role } from '../../../../domain/auth/roles';

/** What a console user may open; the menu and the route guards both read this. */
export type ConsoleFeature =
  | 'org'
  | 'registry'
  | 'governance'
  | 'accounts'
  | 'audit'
  | 'tokens'
  | 'events'
  | 'votes'
  | 'notices'
  | 'deliberation'
  | 'evaluations'
  | 'volunteers'
  | 'mediation'
  | 'selforgs'
  | 'venues'
  | 'elevators'
  | 'conventions'
  | 'projects'
  | 'devices'
  | 'patrols'
  | 'patrolWalk';

/** Each page needs one permission; which roles hold it is the server's own table in `domain/auth/roles.ts`. */
const FEATURE_PERMISSION: Record<Exclude<ConsoleFeature, RoleFeature>, Permission> = {
  org: 'org.read',
  registry: 'registry.read',
  governance: 'governance.read',
  accounts: 'account.manage',
  audit: 'audit.read',
  tokens: 'token.own',
  votes: 'vote.read',
  notices: 'notice.read',
  deliberation: 'deliberation.read',
  evaluations: 'evaluation.read',
  volunteers: 'volunteer.read',
  mediation: 'mediation.read',
  selforgs: 'volunteer.read',
  venues: 'venue.read',
  elevators: 'elevator.read',
  conventions: 'convention.read',
  projects: 'project.read',
  devices: 'device.read',
  patrols: 'patrol.read',
  // Property staff read patrols but walk none: the walk page is for those who hold `patrol.run`.
  patrolWalk: 'patrol.run',
};

/**
 * Pages opened by role rather than by permission. Events are worked by every staff role but the two that keep
 * the system (administrator, auditor), as the server's `worksEvents` in `domain/events/parties.ts` decides.
 */
type RoleFeature = 'events';
const FEATURE_ROLES: Record<RoleFeature, readonly Role[]> = {
  events: [
    'street_staff',
    'community_worker',
    'grid_worker',
    'building_leader',
    'property_staff',
    'party_branch',
    'owners_committee',
    'department_staff',
  ],
};

function isRoleFeature(feature: ConsoleFeature): feature is RoleFeature {
  return feature in FEATURE_ROLES;
}

function hasAnyRole(user: User, roles: readonly Role[]): boolean {
  return user.roles.some((grant) => roles.includes(grant.role));
}

/** Whether any of the user's roles carries the permission (somewhere; the server checks where). */
export function hasPermission(user: User, permission: Permission): boolean {
  return user.roles.some((grant) => ROLE_PERMISSIONS[grant.role].includes(permission));
}

export function canUse(user: User, feature: ConsoleFeature): boolean {
  if (isRoleFeature(feature)) return hasAnyRole(user, FEATURE_ROLES[feature]);
  return hasPermission(user, FEATURE_PERMISSION[feature]);
}

/** Staff are everyone with a role other than resident. */
export function isConsoleUser(user: User): boolean {
  return user.roles.some((grant) => grant.role !== 'resident');
}

export function isResident(user: User): boolean {
  return hasAnyRole(user, ['resident']);
}

/**
 * The phone pages are for residents, and for accounts with no role yet (just signed up, binding a house),
 * which have nowhere else to go.
 */
export function canUseResidentPages(user: User): boolean {
  return isResident(user) || !isConsoleUser(user);
}

/** Staff go to the console; everyone else (residents, and accounts with no role yet) to the phone pages. */
export function homePath(user: User): string {
  return isConsoleUser(user) ? '/console' : '/m';
}

/** Where to go after login: back where the session was lost if that area suits the user, else home. */
export function landingPath(user: User, from: string | undefined): string {
  const home = homePath(user);
  return from && from.startsWith(home) ? from : home;
}
