import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { can, canAnywhere, grantsOver, isStaff, isWithin, sees, type Grant } from './policy';
import { ROLE_NODE_KINDS, ROLE_PERMISSIONS, ROLES, isRole } from './roles';

const jinghuaWorker: Grant = { role: 'community_worker', nodeId: 3, path: '/1/2/3/' };
const admin: Grant = { role: 'admin', nodeId: 1, path: '/1/' };
const auditor: Grant = { role: 'auditor', nodeId: 1, path: '/1/' };
const resident: Grant = { role: 'resident', nodeId: 10, path: '/1/2/3/10/' };

describe('isWithin', () => {
  it('includes the node itself and its descendants', () => {
    expect(isWithin('/1/2/3/', '/1/2/3/')).toBe(true);
    expect(isWithin('/1/2/3/10/', '/1/2/3/')).toBe(true);
  });
  it('does not confuse ids that share digits', () => {
    expect(isWithin('/1/2/33/', '/1/2/3/')).toBe(false);
    expect(isWithin('/1/2/', '/1/2/3/')).toBe(false);
  });
  it('holds for every generated descendant path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (a, b) => {
          const ancestor = `/${a.join('/')}/`;
          const child = b.length ? `${ancestor}${b.join('/')}/` : ancestor;
          return isWithin(child, ancestor);
        },
      ),
    );
  });
});

describe('can', () => {
  it('lets a community worker manage compounds in its community only', () => {
    expect(can([jinghuaWorker], 'org.manage.compound', '/1/2/3/')).toBe(true);
    expect(can([jinghuaWorker], 'org.manage.compound', '/1/2/4/')).toBe(false);
  });
  it('does not let a community worker create communities', () => {
    expect(can([jinghuaWorker], 'org.manage.community', '/1/2/3/')).toBe(false);
  });
  it('keeps the administrator out of the audit log and the auditor out of changes', () => {
    expect(can([admin], 'audit.read', '/1/')).toBe(false);
    expect(can([auditor], 'audit.read', '/1/')).toBe(true);
    const changes = ROLE_PERMISSIONS.auditor.filter((p) => p.startsWith('org.manage') || p === 'grid.manage');
    expect(changes).toEqual([]);
  });
  it('gives residents no staff permission', () => {
    expect(can([resident], 'org.read', '/1/2/3/10/')).toBe(false);
    expect(isStaff([resident])).toBe(false);
    expect(isStaff([resident, jinghuaWorker])).toBe(true);
  });
  it('never grants what no reaching grant has', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom('/9/', '/1/2/4/'), (role, path) => {
        const g: Grant = { role, nodeId: 3, path: '/1/2/3/' };
        return !can([g], 'org.read', path);
      }),
    );
  });
});

describe('helpers', () => {
  it('finds the grants over a path and whether anything is visible', () => {
    expect(grantsOver([admin, jinghuaWorker], '/1/2/4/')).toEqual([admin]);
    expect(sees([jinghuaWorker], '/1/2/4/')).toBe(false);
    expect(sees([jinghuaWorker], '/1/2/3/99/')).toBe(true);
    expect(canAnywhere([auditor], 'account.manage')).toBe(false);
    expect(canAnywhere([admin], 'account.manage')).toBe(true);
  });
  it('recognises roles', () => {
    expect(isRole('grid_worker')).toBe(true);
    expect(isRole('superuser')).toBe(false);
  });
});

describe('ROLE_NODE_KINDS', () => {
  it('names a level for every role', () => {
    for (const r of ROLES) expect(ROLE_NODE_KINDS[r].length).toBeGreaterThan(0);
  });
  it('keeps residents below the community and street staff at the street', () => {
    expect(ROLE_NODE_KINDS.resident).not.toContain('community');
    expect(ROLE_NODE_KINDS.street_staff).toEqual(['street']);
  });
});
