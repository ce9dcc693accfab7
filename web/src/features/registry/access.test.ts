import { describe, expect, it } from 'vitest';
import type { User } from '../../api/auth';
import type { OrgKind, Role } from '../../api/model';
import { canUse } from '../auth/access';
import { canCreatePeople } from './access';

const userWith = (role: Role, nodeKind: OrgKind): User => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  roles: [{ role, nodeId: 1, nodeName: 'n', nodeKind, nodePath: [{ id: 1, kind: nodeKind, name: 'n' }] }],
});

describe('registry access', () => {
  it('opens the registry to those who read it, never to the administrator or the auditor', () => {
    expect(canUse(userWith('community_worker', 'community'), 'registry')).toBe(true);
    expect(canUse(userWith('building_leader', 'building'), 'registry')).toBe(true);
    expect(canUse(userWith('admin', 'district'), 'registry')).toBe(false);
    expect(canUse(userWith('auditor', 'district'), 'registry')).toBe(false);
  });

  it('lets only keepers of a whole community register new people', () => {
    expect(canCreatePeople(userWith('community_worker', 'community'))).toBe(true);
    expect(canCreatePeople(userWith('property_staff', 'compound'))).toBe(false);
    expect(canCreatePeople(userWith('building_leader', 'building'))).toBe(false);
    expect(canCreatePeople(userWith('party_branch', 'community'))).toBe(false);
  });
});
