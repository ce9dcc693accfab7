import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grant } from '../auth/policy';
import { ROLES, type Role } from '../auth/roles';
import { DEFAULT_CATEGORIES, PARTY_KINDS, PARTY_LEVEL, type Category, type PartyKind } from './categories';
import {
  DISPATCHER_ROLES,
  PARTY_ROLES,
  VERIFIER_ROLES,
  partyAtLevel,
  partyId,
  partyOf,
  relationsOf,
  responsibleParty,
  worksEvents,
  type EventView,
  type Location,
  type Party,
} from './parties';

// 南山区 (1) / 莲花街道 (2) / 景华社区 (3) / 怡枫园 (4) / 1栋 (5); 翠苑 (6) is a second compound of the community.
const DISTRICT = { id: 1, path: '/1/' };
const STREET = { id: 2, path: '/1/2/' };
const COMMUNITY = { id: 3, path: '/1/2/3/' };
const YIFENG = { id: 4, path: '/1/2/3/4/' };
const BUILDING = '/1/2/3/4/5/';
const CUIYUAN = { id: 6, path: '/1/2/3/6/' };

const at = (compound: { id: number; path: string } | null): Location => ({
  compound,
  community: COMMUNITY,
  street: STREET,
  district: DISTRICT,
});
const LOC = at(YIFENG);
/** An urban village (城中村): a place of the community without a compound of its own. */
const VILLAGE = at(null);

const bodies = (...k: PartyKind[]): ReadonlySet<PartyKind> => new Set(k);
const ALL_BODIES = bodies('property_company', 'owners_committee', 'party_branch');

function category(code: string): Category {
  const c = DEFAULT_CATEGORIES.find((x) => x.code === code);
  if (!c) throw new Error(`no default category ${code}`);
  return c;
}

const party = (p: Partial<Party> & Pick<Party, 'kind' | 'nodeId' | 'nodePath' | 'level'>): Party => ({
  department: null,
  accountId: null,
  ...p,
});
const PROPERTY_YIFENG = party({
  kind: 'property_company',
  nodeId: 4,
  nodePath: YIFENG.path,
  level: 'compound',
});
const COMMUNITY_PARTY = party({ kind: 'community', nodeId: 3, nodePath: COMMUNITY.path, level: 'community' });
const STREET_PARTY = party({ kind: 'street_department', nodeId: 2, nodePath: STREET.path, level: 'street' });
const DISTRICT_PARTY = party({
  kind: 'district_department',
  nodeId: 1,
  nodePath: DISTRICT.path,
  level: 'district',
});

describe('partyId', () => {
  it('is kind:nodeId', () => {
    expect(partyId(PROPERTY_YIFENG)).toBe('property_company:4');
    expect(partyId({ kind: 'street_department', nodeId: 2 })).toBe('street_department:2');
  });

  it('tells every kind and node apart (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PARTY_KINDS),
        fc.nat(),
        fc.constantFrom(...PARTY_KINDS),
        fc.nat(),
        (k1, n1, k2, n2) =>
          (partyId({ kind: k1, nodeId: n1 }) === partyId({ kind: k2, nodeId: n2 })) ===
          (k1 === k2 && n1 === n2),
      ),
    );
  });
});

describe('partyOf', () => {
  it.each(['property_company', 'owners_committee', 'party_branch'] as const)(
    'finds the %s at the compound when the compound has one',
    (kind) => {
      expect(partyOf(kind, LOC, bodies(kind))).toEqual(
        party({ kind, nodeId: 4, nodePath: YIFENG.path, level: 'compound' }),
      );
    },
  );

  it.each(['property_company', 'owners_committee', 'party_branch'] as const)(
    'has no %s where the compound lacks it, or where there is no compound',
    (kind) => {
      const others = new Set([...ALL_BODIES].filter((k) => k !== kind));
      expect(partyOf(kind, LOC, others)).toBeNull();
      expect(partyOf(kind, VILLAGE, ALL_BODIES)).toBeNull();
    },
  );

  it('finds the levels above the compound whatever bodies the compound has', () => {
    for (const loc of [LOC, VILLAGE]) {
      expect(partyOf('community', loc, bodies())).toEqual(COMMUNITY_PARTY);
      expect(partyOf('street_department', loc, bodies(), '城管')).toEqual({
        ...STREET_PARTY,
        department: '城管',
      });
      expect(partyOf('district_department', loc, bodies())).toEqual(DISTRICT_PARTY);
    }
  });
});

describe('responsibleParty', () => {
  it.each(['facility.light', 'sanitation', 'sanitation.garbage', 'fire.hazard', 'parking', 'noise'])(
    '%s goes to the property company of the compound when it has one',
    (code) => {
      expect(responsibleParty(category(code), LOC, bodies('property_company'))).toEqual(PROPERTY_YIFENG);
    },
  );

  it('puts a building’s event with the property company of its compound, not another one', () => {
    const cuiyuan = at(CUIYUAN);
    expect(responsibleParty(category('facility.light'), cuiyuan, ALL_BODIES)).toEqual({
      ...PROPERTY_YIFENG,
      nodeId: 6,
      nodePath: CUIYUAN.path,
    });
  });

  it.each(['facility.light', 'facility.elevator', 'parking'])(
    '%s falls back to the community when the compound has no property company',
    (code) => {
      expect(responsibleParty(category(code), LOC, bodies('owners_committee', 'party_branch'))).toEqual(
        COMMUNITY_PARTY,
      );
    },
  );

  it.each(['facility.light', 'neighbour.dispute', 'pets', 'service.elderly'])(
    '%s falls back to the community in an urban village',
    (code) => {
      expect(responsibleParty(category(code), VILLAGE, ALL_BODIES)).toEqual(COMMUNITY_PARTY);
    },
  );

  it('gives a neighbour dispute to the compound’s party branch, or the community without one', () => {
    const branch = party({ kind: 'party_branch', nodeId: 4, nodePath: YIFENG.path, level: 'compound' });
    expect(responsibleParty(category('neighbour.dispute'), LOC, ALL_BODIES)).toEqual(branch);
    expect(responsibleParty(category('neighbour.dispute'), LOC, bodies('property_company'))).toEqual(
      COMMUNITY_PARTY,
    );
  });

  it('gives pets to the owners’ committee, or the community where none was elected', () => {
    const committee = party({
      kind: 'owners_committee',
      nodeId: 4,
      nodePath: YIFENG.path,
      level: 'compound',
    });
    expect(responsibleParty(category('pets'), LOC, ALL_BODIES)).toEqual(committee);
    expect(responsibleParty(category('pets'), LOC, bodies('property_company', 'party_branch'))).toEqual(
      COMMUNITY_PARTY,
    );
  });

  it('gives a property dispute to the community, never to the property company it is about', () => {
    expect(responsibleParty(category('property.dispute'), LOC, ALL_BODIES)).toEqual(COMMUNITY_PARTY);
  });

  it.each([
    ['construction.illegal', '综合执法队'],
    ['security', '派出所'],
  ])('gives %s to the street’s %s, wherever it happens', (code, department) => {
    for (const [loc, b] of [
      [LOC, ALL_BODIES],
      [LOC, bodies()],
      [VILLAGE, bodies()],
    ] as const)
      expect(responsibleParty(category(code), loc, b)).toEqual({ ...STREET_PARTY, department });
  });

  it('gives a district department its department', () => {
    const c: Category = {
      ...category('security'),
      code: 'pollution',
      responsibleParty: 'district_department',
      department: '生态环境局',
      startLevel: 'district',
    };
    expect(responsibleParty(c, LOC, ALL_BODIES)).toEqual({ ...DISTRICT_PARTY, department: '生态环境局' });
  });

  it('starts a compound job above the compound when the street set a higher start level', () => {
    const c: Category = { ...category('facility.light'), startLevel: 'street' };
    expect(responsibleParty(c, LOC, ALL_BODIES)).toEqual(STREET_PARTY);
  });

  it('never picks a party below the start level, nor below the community when it falls back (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEFAULT_CATEGORIES),
        fc.constantFrom(LOC, VILLAGE),
        fc.subarray(['property_company', 'owners_committee', 'party_branch'] as PartyKind[]),
        (c, loc, b) => {
          const p = responsibleParty(c, loc, new Set(b));
          const levels = ['compound', 'community', 'street', 'district'];
          expect(levels.indexOf(p.level)).toBeGreaterThanOrEqual(levels.indexOf(c.startLevel));
          expect(p.level).toBe(PARTY_LEVEL[p.kind]);
          expect(p.accountId).toBeNull();
          if (p.kind === c.responsibleParty) expect(p.department).toBe(c.department);
          else expect(p.kind).toBe('community');
          if (p.level === 'compound') {
            expect(loc.compound).not.toBeNull();
            expect(b).toContain(p.kind);
            expect(p.nodePath).toBe(YIFENG.path);
          }
        },
      ),
    );
  });
});

describe('partyAtLevel', () => {
  it.each([
    ['compound', COMMUNITY_PARTY],
    ['community', COMMUNITY_PARTY],
    ['street', STREET_PARTY],
    ['district', DISTRICT_PARTY],
  ] as const)('takes an event escalated to the %s level to %o', (level, expected) => {
    expect(partyAtLevel(level, LOC)).toEqual(expected);
    expect(partyAtLevel(level, VILLAGE)).toEqual(expected);
  });
});

describe('the roles behind a party', () => {
  it('names who acts for each kind of party', () => {
    expect(PARTY_ROLES).toEqual({
      property_company: ['property_staff'],
      owners_committee: ['owners_committee'],
      party_branch: ['party_branch'],
      volunteer: [],
      community: ['community_worker'],
      street_department: ['street_staff', 'department_staff'],
      district_department: ['department_staff'],
    });
  });

  it('names only real roles, and no one stands for a volunteer party by role', () => {
    for (const roles of Object.values(PARTY_ROLES)) for (const r of roles) expect(ROLES).toContain(r);
    expect(PARTY_ROLES.volunteer).toEqual([]);
    expect([...DISPATCHER_ROLES].sort()).toEqual(['community_worker', 'grid_worker', 'street_staff']);
    expect([...VERIFIER_ROLES].sort()).toEqual(['community_worker', 'grid_worker']);
  });
});

describe('worksEvents', () => {
  const g = (role: Role, path = COMMUNITY.path): Grant => ({ role, nodeId: 0, path });

  it.each(ROLES.filter((r) => !['resident', 'admin', 'auditor'].includes(r)))('is true for a %s', (role) => {
    expect(worksEvents([g(role)])).toBe(true);
    expect(worksEvents([g('resident', BUILDING), g(role)])).toBe(true);
  });

  it.each([
    [[]],
    [[g('resident', BUILDING)]],
    [[g('admin', DISTRICT.path)]],
    [[g('auditor', DISTRICT.path)]],
    [[g('admin', DISTRICT.path), g('auditor', STREET.path), g('resident', BUILDING)]],
  ])('is false for %j', (grants) => {
    expect(worksEvents(grants)).toBe(false);
  });
});

describe('relationsOf', () => {
  const grant = (role: Role, node: { id: number; path: string }): Grant => ({
    role,
    nodeId: node.id,
    path: node.path,
  });
  const REPORTER = 42;
  const ME = 7;

  /** An event at 1栋 of 怡枫园, reported by account 42 and assigned to `assignee`. */
  const view = (assignee: EventView['assignee'], path = BUILDING): EventView => ({
    path,
    assignee,
    reporterAccountId: REPORTER,
  });
  const toProperty = view({ kind: 'property_company', nodePath: YIFENG.path, accountId: null });
  const sorted = (s: Set<string>) => [...s].sort();

  it('makes property staff of the compound the assignee of its property company, and a viewer', () => {
    expect(sorted(relationsOf([grant('property_staff', YIFENG)], ME, toProperty))).toEqual([
      'assignee',
      'viewer',
    ]);
  });

  it('does not make property staff of another compound the assignee, nor a viewer', () => {
    expect(sorted(relationsOf([grant('property_staff', CUIYUAN)], ME, toProperty))).toEqual([]);
    const atCuiyuan = view(
      { kind: 'property_company', nodePath: CUIYUAN.path, accountId: null },
      `${CUIYUAN.path}9/`,
    );
    expect(relationsOf([grant('property_staff', YIFENG)], ME, atCuiyuan).has('assignee')).toBe(false);
  });

  it('does not confuse compound 4 with compound 44', () => {
    const g44 = { role: 'property_staff' as const, nodeId: 44, path: '/1/2/3/44/' };
    expect(sorted(relationsOf([g44], ME, toProperty))).toEqual([]);
  });

  it.each(['owners_committee', 'party_branch', 'building_leader', 'resident'] as const)(
    'does not make the compound’s %s the assignee of its property company',
    (role) => {
      expect(relationsOf([grant(role, YIFENG)], ME, toProperty).has('assignee')).toBe(false);
    },
  );

  it('makes the property company’s staff no assignee of what is assigned to another party at their compound', () => {
    const toBranch = view({ kind: 'party_branch', nodePath: YIFENG.path, accountId: null });
    expect(sorted(relationsOf([grant('property_staff', YIFENG)], ME, toBranch))).toEqual(['viewer']);
    expect(sorted(relationsOf([grant('party_branch', YIFENG)], ME, toBranch))).toEqual([
      'assignee',
      'viewer',
    ]);
  });

  it.each(['community_worker', 'grid_worker'] as const)(
    'makes a %s of the community a dispatcher, a verifier and a viewer',
    (role) => {
      expect(sorted(relationsOf([grant(role, COMMUNITY)], ME, toProperty))).toEqual([
        'dispatcher',
        'verifier',
        'viewer',
      ]);
    },
  );

  it('makes a grid worker of another community nothing', () => {
    expect(sorted(relationsOf([grant('grid_worker', { id: 8, path: '/1/2/8/' })], ME, toProperty))).toEqual(
      [],
    );
  });

  it('makes a community worker the assignee of an event assigned to the community', () => {
    const toCommunity = view({ kind: 'community', nodePath: COMMUNITY.path, accountId: null });
    expect(relationsOf([grant('community_worker', COMMUNITY)], ME, toCommunity).has('assignee')).toBe(true);
    expect(relationsOf([grant('grid_worker', COMMUNITY)], ME, toCommunity).has('assignee')).toBe(false);
  });

  it('makes street staff a dispatcher but not a verifier, and assignee of the street’s departments', () => {
    expect(sorted(relationsOf([grant('street_staff', STREET)], ME, toProperty))).toEqual([
      'dispatcher',
      'viewer',
    ]);
    const toStreet = view({ kind: 'street_department', nodePath: STREET.path, accountId: null });
    expect(sorted(relationsOf([grant('street_staff', STREET)], ME, toStreet))).toEqual([
      'assignee',
      'dispatcher',
      'viewer',
    ]);
  });

  it('makes department staff of the street a viewer, and the assignee of a street department', () => {
    const staff = [grant('department_staff', STREET)];
    expect(sorted(relationsOf(staff, ME, toProperty))).toEqual(['viewer']);
    const toStreet = view({ kind: 'street_department', nodePath: STREET.path, accountId: null });
    expect(sorted(relationsOf(staff, ME, toStreet))).toEqual(['assignee', 'viewer']);
    const toDistrict = view({ kind: 'district_department', nodePath: DISTRICT.path, accountId: null });
    expect(relationsOf(staff, ME, toDistrict).has('assignee')).toBe(false);
    expect(relationsOf([grant('department_staff', DISTRICT)], ME, toDistrict).has('assignee')).toBe(true);
  });

  it('makes the reporter the reporter and nothing more', () => {
    expect(sorted(relationsOf([grant('resident', { id: 5, path: BUILDING })], REPORTER, toProperty))).toEqual(
      ['reporter'],
    );
    expect(sorted(relationsOf([], REPORTER, toProperty))).toEqual(['reporter']);
  });

  it('makes a resident no viewer of a neighbour’s event', () => {
    expect(sorted(relationsOf([grant('resident', { id: 5, path: BUILDING })], ME, toProperty))).toEqual([]);
    expect(sorted(relationsOf([grant('resident', YIFENG)], ME, toProperty))).toEqual([]);
  });

  it('does not let a resident’s home make staff of elsewhere a viewer of the neighbours’ events', () => {
    const leaderElsewhere = [grant('resident', { id: 5, path: BUILDING }), grant('building_leader', CUIYUAN)];
    expect(worksEvents(leaderElsewhere)).toBe(true);
    expect(sorted(relationsOf(leaderElsewhere, ME, toProperty))).toEqual([]);
    expect(sorted(relationsOf(leaderElsewhere, ME, view(null, `${CUIYUAN.path}9/`)))).toEqual(['viewer']);
  });

  it('makes a reporter who is also a grid worker both', () => {
    expect(sorted(relationsOf([grant('grid_worker', COMMUNITY)], REPORTER, toProperty))).toEqual([
      'dispatcher',
      'reporter',
      'verifier',
      'viewer',
    ]);
  });

  it.each(['admin', 'auditor'] as const)('makes the %s no viewer, even over the whole district', (role) => {
    expect(sorted(relationsOf([grant(role, DISTRICT)], ME, toProperty))).toEqual([]);
    expect(sorted(relationsOf([grant(role, COMMUNITY), grant('resident', YIFENG)], ME, toProperty))).toEqual(
      [],
    );
  });

  it('makes only the volunteer who took an open event its assignee', () => {
    const taken = view({ kind: 'volunteer', nodePath: YIFENG.path, accountId: 77 });
    expect(sorted(relationsOf([grant('resident', YIFENG)], 77, taken))).toEqual(['assignee']);
    expect(sorted(relationsOf([], 77, taken))).toEqual(['assignee']);
    expect(relationsOf([grant('resident', YIFENG)], 78, taken).has('assignee')).toBe(false);
    for (const role of ['party_branch', 'property_staff', 'owners_committee'] as const)
      expect(relationsOf([grant(role, YIFENG)], 78, taken).has('assignee')).toBe(false);
    expect(relationsOf([grant('community_worker', COMMUNITY)], 78, taken).has('assignee')).toBe(false);
  });

  it('makes an account named on the party its only assignee, whatever roles others hold at the node', () => {
    const toBranchMember = view({ kind: 'party_branch', nodePath: YIFENG.path, accountId: 77 });
    expect(relationsOf([grant('party_branch', YIFENG)], 78, toBranchMember).has('assignee')).toBe(false);
    expect(relationsOf([grant('party_branch', YIFENG)], 77, toBranchMember).has('assignee')).toBe(true);
  });

  it('makes no one the assignee of an unassigned event', () => {
    for (const role of ROLES)
      expect(relationsOf([grant(role, DISTRICT)], ME, view(null)).has('assignee')).toBe(false);
  });

  it('sees an event of the community itself (no compound) from the community up, not from a compound', () => {
    const own = view(null, COMMUNITY.path);
    expect(sorted(relationsOf([grant('grid_worker', COMMUNITY)], ME, own))).toEqual([
      'dispatcher',
      'verifier',
      'viewer',
    ]);
    expect(sorted(relationsOf([grant('property_staff', YIFENG)], ME, own))).toEqual([]);
  });

  it('never gives the volunteer relation: the service adds it after a registry look-up', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            role: fc.constantFrom(...ROLES),
            node: fc.constantFrom(DISTRICT, STREET, COMMUNITY, YIFENG, CUIYUAN),
          }),
          { maxLength: 4 },
        ),
        fc.constantFrom(...PARTY_KINDS),
        (gs, kind) => {
          const grants = gs.map((x) => grant(x.role, x.node));
          const r = relationsOf(grants, ME, view({ kind, nodePath: YIFENG.path, accountId: null }));
          expect(r.has('volunteer')).toBe(false);
          if (r.has('viewer')) expect(worksEvents(grants)).toBe(true);
          if (!worksEvents(grants)) expect([...r]).toEqual([]);
        },
      ),
    );
  });
});
