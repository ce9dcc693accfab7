import { describe, expect, it } from 'vitest';
import {
  CATEGORY_CODE,
  DEFAULT_CATEGORIES,
  LEVEL_PARTY,
  PARTY_KINDS,
  PARTY_LEVEL,
  type Category,
} from './categories';
import { EVENT_LEVELS } from './machine';

const byCode = new Map(DEFAULT_CATEGORIES.map((c) => [c.code, c]));
const get = (code: string): Category => {
  const c = byCode.get(code);
  if (!c) throw new Error(`no default category ${code}`);
  return c;
};

/** The matters the issue requires on the default list (事项清单). */
const REQUIRED = [
  'property.dispute',
  'neighbour.dispute',
  'sanitation',
  'construction.illegal',
  'fire.hazard',
  'security',
  'facility.elevator',
  'facility.light',
  'facility.facade',
  'parking',
  'pets',
  'noise',
  'service.elderly',
];

describe('CATEGORY_CODE', () => {
  it.each(['noise', 'facility.light', 'facility.elevator.trapped', 'construction.illegal', 'a_b.c_d'])(
    'accepts %j',
    (code) => {
      expect(CATEGORY_CODE.test(code)).toBe(true);
    },
  );

  it.each([
    '',
    'Noise',
    'noise.',
    '.noise',
    'noise..light',
    'facility-light',
    '1noise',
    'noise.1',
    'noise light',
    '噪音',
  ])('rejects %j', (code) => {
    expect(CATEGORY_CODE.test(code)).toBe(false);
  });
});

describe('DEFAULT_CATEGORIES', () => {
  it('has unique codes, each a valid code', () => {
    const codes = DEFAULT_CATEGORIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(CATEGORY_CODE);
  });

  it.each(REQUIRED)('has %s, at the top of the list', (code) => {
    expect(get(code).parentCode).toBeNull();
  });

  it('names a parent that exists for every child, one level deep, sharing its prefix', () => {
    const children = DEFAULT_CATEGORIES.filter((c) => c.parentCode !== null);
    expect(children.length).toBeGreaterThan(0);
    for (const c of children) {
      const parent = get(c.parentCode!);
      expect(parent.parentCode).toBeNull();
      expect(c.code.startsWith(`${parent.code}.`)).toBe(true);
    }
  });

  it('lists each parent before its children', () => {
    const seen = new Set<string>();
    for (const c of DEFAULT_CATEGORIES) {
      if (c.parentCode !== null) expect(seen).toContain(c.parentCode);
      seen.add(c.code);
    }
  });

  it.each(DEFAULT_CATEGORIES.map((c) => [c.code, c] as const))(
    '%s has a name in all three languages',
    (_, c) => {
      expect(Object.keys(c.name).sort()).toEqual(['en-US', 'zh-CN', 'zh-HK']);
      for (const name of Object.values(c.name)) expect(name.trim()).not.toBe('');
    },
  );

  it.each(DEFAULT_CATEGORIES.map((c) => [c.code, c] as const))(
    '%s has one positive whole deadline',
    (_, c) => {
      const entries = Object.entries(c.deadline);
      expect(entries).toHaveLength(1);
      const [unit, value] = entries[0]!;
      expect(['hours', 'workingDays']).toContain(unit);
      expect(Number.isInteger(value)).toBe(true);
      expect(value).toBeGreaterThan(0);
    },
  );

  it.each(DEFAULT_CATEGORIES.map((c) => [c.code, c] as const))(
    '%s starts at the level of its responsible party',
    (_, c) => {
      expect(PARTY_KINDS).toContain(c.responsibleParty);
      expect(c.startLevel).toBe(PARTY_LEVEL[c.responsibleParty]);
    },
  );

  it.each(DEFAULT_CATEGORIES.map((c) => [c.code, c] as const))(
    '%s names a department exactly when a department answers for it',
    (_, c) => {
      const department =
        c.responsibleParty === 'street_department' || c.responsibleParty === 'district_department';
      if (department) expect(c.department?.trim()).toBeTruthy();
      else expect(c.department).toBeNull();
    },
  );

  it('never gives a default matter to a volunteer: volunteers only take open events', () => {
    for (const c of DEFAULT_CATEGORIES) expect(c.responsibleParty).not.toBe('volunteer');
  });

  it('has facility.light as an automatic job of the compound’s property company', () => {
    expect(get('facility.light')).toMatchObject({
      responsibleParty: 'property_company',
      startLevel: 'compound',
      department: null,
      dispatchMode: 'assign',
      autoDispatch: true,
    });
  });

  it('has service.elderly open for party members and volunteers to take (党员接单)', () => {
    expect(get('service.elderly')).toMatchObject({
      responsibleParty: 'party_branch',
      startLevel: 'compound',
      dispatchMode: 'open',
      autoDispatch: true,
    });
    expect(DEFAULT_CATEGORIES.filter((c) => c.dispatchMode === 'open').map((c) => c.code)).toEqual([
      'service.elderly',
    ]);
  });

  it('sends street matters to the named street departments and waits for a dispatcher', () => {
    expect(get('construction.illegal')).toMatchObject({
      responsibleParty: 'street_department',
      department: '综合执法队',
      startLevel: 'street',
      autoDispatch: false,
    });
    expect(get('security')).toMatchObject({
      responsibleParty: 'street_department',
      department: '派出所',
      startLevel: 'street',
      autoDispatch: false,
    });
  });

  it('keeps disputes with the community and the party branch, for a person to dispatch', () => {
    expect(get('property.dispute')).toMatchObject({ responsibleParty: 'community', autoDispatch: false });
    expect(get('neighbour.dispute')).toMatchObject({ responsibleParty: 'party_branch', autoDispatch: false });
    expect(get('pets')).toMatchObject({ responsibleParty: 'owners_committee', autoDispatch: false });
  });

  it('treats a person trapped in an elevator as the most urgent matter', () => {
    expect(get('facility.elevator.trapped')).toMatchObject({
      parentCode: 'facility.elevator',
      deadline: { hours: 1 },
      autoDispatch: true,
    });
  });
});

describe('PARTY_LEVEL and LEVEL_PARTY', () => {
  it('gives every kind of party a level', () => {
    expect(Object.keys(PARTY_LEVEL).sort()).toEqual([...PARTY_KINDS].sort());
    for (const level of Object.values(PARTY_LEVEL)) expect(EVENT_LEVELS).toContain(level);
  });

  it('gives every level a party that works at that level', () => {
    for (const level of EVENT_LEVELS) expect(PARTY_LEVEL[LEVEL_PARTY[level]]).toBe(level);
  });
});
