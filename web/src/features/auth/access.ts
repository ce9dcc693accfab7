import type { User } from '../../api/auth';
import type { Role } from '../../api/model';

/** What a console user may open; the menu and the route guards both read this. */
export type ConsoleFeature = 'org' | 'accounts' | 'audit' | 'tokens';

const STAFF_ROLES: readonly Role[] = [
  'street_staff',
  'community_worker',
  'grid_worker',
  'building_leader',
  'property_staff',
  'party_branch',
  'owners_committee',
  'department_staff',
];
const CONSOLE_ROLES: readonly Role[] = ['admin', 'auditor', ...STAFF_ROLES];

const FEATURE_ROLES: Record<ConsoleFeature, readonly Role[]> = {
  org: ['admin', ...STAFF_ROLES],
  accounts: ['admin'],
  audit: ['auditor'],
  tokens: CONSOLE_ROLES,
};

function hasAnyRole(user: User, roles: readonly Role[]): boolean {
  return user.roles.some((grant) => roles.includes(grant.role));
}

export function canUse(user: User, feature: ConsoleFeature): boolean {
  return hasAnyRole(user, FEATURE_ROLES[feature]);
}

export function isConsoleUser(user: User): boolean {
  return hasAnyRole(user, CONSOLE_ROLES);
}

export function isResident(user: User): boolean {
  return hasAnyRole(user, ['resident']);
}

/** Staff go to the console; everyone else (residents) to the phone pages. */
export function homePath(user: User): string {
  return isConsoleUser(user) ? '/console' : '/m';
}

/** Where to go after login: back where the session was lost if that area suits the user, else home. */
export function landingPath(user: User, from: string | undefined): string {
  const home = homePath(user);
  return from && from.startsWith(home) ? from : home;
}
