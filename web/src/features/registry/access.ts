import type { User } from '../../api/auth';
import { ROLE_PERMISSIONS } from '../../../../domain/auth/roles';

/** People belong to a community, so only those who keep the registry of a whole community add them. */
const PEOPLE_KEEPER_KINDS: readonly string[] = ['district', 'street', 'community'];

/** Whether the user may register new people (the server refuses a grant below the community). */
export function canCreatePeople(user: User): boolean {
  return user.roles.some(
    (grant) =>
      PEOPLE_KEEPER_KINDS.includes(grant.nodeKind) &&
      ROLE_PERMISSIONS[grant.role].includes('registry.manage'),
  );
}
