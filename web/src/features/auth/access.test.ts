import { describe, expect, it } from 'vitest';
import type { User } from '../../api/auth';
import type { Role } from '../../api/model';
import { type ConsoleFeature, canUse, canUseResidentPages, homePath, landingPath } from './access';

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

  it('sends an account with no role yet (just signed up) to the phone pages, where it binds a house', () => {
    const newcomer = userWith();
    expect(homePath(newcomer)).toBe('/m');
    expect(landingPath(newcomer, '/console')).toBe('/m');
    expect(canUseResidentPages(newcomer)).toBe(true);
    expect(canUseResidentPages(userWith('resident', 'building_leader'))).toBe(true);
    expect(canUseResidentPages(userWith('community_worker'))).toBe(false);
  });

  it('opens the governance pages to those who read governance', () => {
    expect(canUse(userWith('party_branch'), 'governance')).toBe(true);
    expect(canUse(userWith('admin'), 'governance')).toBe(false);
  });

  it('opens deliberation to the compound’s bodies and staff, and evaluations to those who run or are rated by them', () => {
    expect(canUse(userWith('grid_worker'), 'deliberation')).toBe(true);
    expect(canUse(userWith('resident'), 'deliberation')).toBe(false);
    expect(canUse(userWith('party_branch'), 'evaluations')).toBe(true);
    expect(canUse(userWith('property_staff'), 'evaluations')).toBe(true);
    expect(canUse(userWith('grid_worker'), 'evaluations')).toBe(false);
  });
});
