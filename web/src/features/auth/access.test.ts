import { describe, expect, it } from 'vitest';
import type { User } from '../../api/auth';
import type { Role } from '../../api/model';
import { type ConsoleFeature, canUse, homePath, landingPath } from './access';

const userWith = (...roles: Role[]): User => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  roles: roles.map((role) => ({
    role,
    nodeId: 1,
    nodeName: '景华社区',
    nodeKind: 'community',
    nodePath: [{ id: 1, kind: 'community', name: '景华社区' }],
  })),
});

describe('console access', () => {
  it('gives each role its pages', () => {
    const admin = userWith('admin');
    const features: ConsoleFeature[] = ['org', 'accounts', 'audit', 'tokens'];
    expect(features.map((feature) => canUse(admin, feature))).toEqual([true, true, false, true]);
    const auditor = userWith('auditor');
    expect(canUse(auditor, 'audit')).toBe(true);
    expect(canUse(auditor, 'accounts')).toBe(false);
    expect(canUse(userWith('grid_worker'), 'org')).toBe(true);
    expect(canUse(userWith('resident'), 'tokens')).toBe(false);
  });

  it('sends residents to the phone pages and staff to the console', () => {
    expect(homePath(userWith('resident'))).toBe('/m');
    expect(homePath(userWith('resident', 'building_leader'))).toBe('/console');
    expect(landingPath(userWith('community_worker'), '/console/org?node=3')).toBe('/console/org?node=3');
    expect(landingPath(userWith('resident'), '/console/org')).toBe('/m');
  });
});
