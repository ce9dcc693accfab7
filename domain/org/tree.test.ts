import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CODE_LENGTHS,
  GRID_KINDS,
  GRID_RELATIONS,
  ORG_KINDS,
  childKind,
  deriveChildCode,
  gridCode,
  isGlobalKind,
  parentKind,
  suffixLength,
  validateCode,
  validateGridCode,
} from './tree';
import type { OrgKind } from './tree';

// Real codes: Shenzhen Luohu district, its Guiyuan street, and a community under it.
const LUOHU = '440303';
const STREET = '440303001';
const COMMUNITY = '440303001001';
const COMPOUND = '440303001001001';
const BUILDING = '440303001001001001';
const UNIT = '44030300100100100101';

const digits = (length: number) => fc.stringMatching(new RegExp(`^\\d{${length}}$`));
const nonZeroSuffix = (width: number) =>
  fc.integer({ min: 1, max: 10 ** width - 1 }).map((n) => String(n).padStart(width, '0'));
const childKinds = ORG_KINDS.filter((k) => k !== 'district');

describe('kinds', () => {
  it('orders the tree from district down to unit', () => {
    expect(ORG_KINDS).toEqual(['district', 'street', 'community', 'compound', 'building', 'unit']);
  });

  it('gives each kind its child and the unit none', () => {
    expect(childKind('district')).toBe('street');
    expect(childKind('street')).toBe('community');
    expect(childKind('community')).toBe('compound');
    expect(childKind('compound')).toBe('building');
    expect(childKind('building')).toBe('unit');
    expect(childKind('unit')).toBeNull();
  });

  it('gives each kind its parent and the district none', () => {
    expect(parentKind('district')).toBeNull();
    expect(parentKind('street')).toBe('district');
    expect(parentKind('unit')).toBe('building');
  });

  it('is the inverse of childKind', () => {
    for (const kind of ORG_KINDS) {
      const child = childKind(kind);
      if (child !== null) expect(parentKind(child)).toBe(kind);
    }
  });

  it('treats only district, street and community as global reference rows', () => {
    expect(ORG_KINDS.filter(isGlobalKind)).toEqual(['district', 'street', 'community']);
  });

  it('lists grid kinds and grid relations from the glossary', () => {
    expect(GRID_KINDS).toEqual(['comprehensive', 'basic', 'micro']);
    expect(GRID_RELATIONS).toEqual(['equal', 'compound_larger', 'compound_smaller']);
  });
});

describe('code lengths', () => {
  it('matches the civil-affairs scheme and the local extensions', () => {
    expect(CODE_LENGTHS).toEqual({
      district: 6,
      street: 9,
      community: 12,
      compound: 15,
      building: 18,
      unit: 20,
    });
  });

  it('adds 3 digits per level, 2 for units', () => {
    expect(ORG_KINDS.map(suffixLength)).toEqual([6, 3, 3, 3, 3, 2]);
  });
});

describe('validateCode', () => {
  it('accepts a real chain of codes', () => {
    expect(validateCode('district', LUOHU, null)).toEqual({ ok: true });
    expect(validateCode('street', STREET, LUOHU)).toEqual({ ok: true });
    expect(validateCode('community', COMMUNITY, STREET)).toEqual({ ok: true });
    expect(validateCode('compound', COMPOUND, COMMUNITY)).toEqual({ ok: true });
    expect(validateCode('building', BUILDING, COMPOUND)).toEqual({ ok: true });
    expect(validateCode('unit', UNIT, BUILDING)).toEqual({ ok: true });
  });

  it('rejects wrong lengths and non-digits as format', () => {
    expect(validateCode('district', '44030', null)).toEqual({ ok: false, reason: 'format' });
    expect(validateCode('street', '4403030011', LUOHU)).toEqual({ ok: false, reason: 'format' });
    expect(validateCode('community', '44030300100A', STREET)).toEqual({ ok: false, reason: 'format' });
    expect(validateCode('unit', '440303001001001001', BUILDING)).toEqual({ ok: false, reason: 'format' });
    expect(validateCode('district', '４４０３０３', null)).toEqual({ ok: false, reason: 'format' });
    expect(validateCode('district', '', null)).toEqual({ ok: false, reason: 'format' });
  });

  it('rejects an all-zero sequence, which names the parent itself', () => {
    expect(validateCode('street', '440303000', LUOHU)).toEqual({ ok: false, reason: 'format' });
    expect(validateCode('unit', '44030300100100100100', null)).toEqual({ ok: false, reason: 'format' });
  });

  it('rejects a code that does not extend its parent', () => {
    expect(validateCode('street', '440304001', LUOHU)).toEqual({ ok: false, reason: 'parent_prefix' });
    expect(validateCode('compound', COMPOUND, '440303001002')).toEqual({
      ok: false,
      reason: 'parent_prefix',
    });
  });

  it('rejects a parent code of the wrong level even when it is a prefix', () => {
    expect(validateCode('community', COMMUNITY, LUOHU)).toEqual({ ok: false, reason: 'parent_prefix' });
  });

  it('rejects any parent for a district', () => {
    expect(validateCode('district', LUOHU, '440300')).toEqual({ ok: false, reason: 'parent_prefix' });
  });

  it('accepts every child built from a parent code and a non-zero suffix', () => {
    const child = fc.constantFrom(...childKinds).chain((kind: OrgKind) => {
      const parent = parentKind(kind) as OrgKind;
      return fc.tuple(fc.constant(kind), digits(CODE_LENGTHS[parent]), nonZeroSuffix(suffixLength(kind)));
    });
    fc.assert(
      fc.property(child, ([kind, parentCode, suffix]) => {
        expect(validateCode(kind, parentCode + suffix, parentCode)).toEqual({ ok: true });
        expect(validateCode(kind, parentCode + suffix, null)).toEqual({ ok: true });
      }),
    );
  });

  it('rejects every code whose length is not its kind’s', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORG_KINDS), fc.integer({ min: 0, max: 25 }), (kind, length) => {
        fc.pre(length !== CODE_LENGTHS[kind]);
        const code = '1'.repeat(length);
        expect(validateCode(kind, code, null)).toEqual({ ok: false, reason: 'format' });
      }),
    );
  });

  it('rejects a child whose prefix differs from the parent in any digit', () => {
    fc.assert(
      fc.property(
        digits(9),
        nonZeroSuffix(3),
        fc.nat(8),
        fc.integer({ min: 1, max: 9 }),
        (parentCode, suffix, at, shift) => {
          const code = parentCode + suffix;
          const changed = String((Number(parentCode[at]) + shift) % 10);
          const otherParent = parentCode.slice(0, at) + changed + parentCode.slice(at + 1);
          expect(validateCode('community', code, otherParent)).toEqual({
            ok: false,
            reason: 'parent_prefix',
          });
        },
      ),
    );
  });
});

describe('deriveChildCode', () => {
  it('starts at 001 when there are no siblings', () => {
    expect(deriveChildCode(COMMUNITY, 'compound', [])).toBe('440303001001001');
    expect(deriveChildCode(BUILDING, 'unit', [])).toBe('44030300100100100101');
  });

  it('takes the highest sibling plus one and does not fill gaps', () => {
    expect(
      deriveChildCode(COMMUNITY, 'compound', ['440303001001001', '440303001001007', '440303001001003']),
    ).toBe('440303001001008');
  });

  it('ignores codes under another parent and malformed codes', () => {
    expect(deriveChildCode(COMMUNITY, 'compound', ['440303001002050', '44030300100105', 'abc'])).toBe(
      '440303001001001',
    );
  });

  it('throws a RangeError when the last sequence is taken', () => {
    expect(() => deriveChildCode(BUILDING, 'unit', [BUILDING + '99'])).toThrow(RangeError);
    expect(() => deriveChildCode(COMMUNITY, 'compound', [COMMUNITY + '999'])).toThrow(/no free code/);
  });

  it('gives the last free sequence before exhaustion', () => {
    expect(deriveChildCode(BUILDING, 'unit', [BUILDING + '98'])).toBe(BUILDING + '99');
  });

  it('rejects a district kind and a malformed parent', () => {
    expect(() => deriveChildCode('', 'district', [])).toThrow(RangeError);
    expect(() => deriveChildCode(LUOHU, 'community', [])).toThrow(/not a valid street code/);
  });

  it('always yields a valid, unused child above every sibling', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...childKinds),
        digits(18),
        fc.uniqueArray(fc.integer({ min: 1, max: 98 }), { maxLength: 30 }),
        (kind: OrgKind, seed, sequences) => {
          const parent = parentKind(kind) as OrgKind;
          const parentCode = seed.slice(0, CODE_LENGTHS[parent]);
          fc.pre(validateCode(parent, parentCode, null).ok);
          const width = suffixLength(kind);
          const siblings = sequences.map((n) => parentCode + String(n).padStart(width, '0'));
          const derived = deriveChildCode(parentCode, kind, siblings);
          expect(validateCode(kind, derived, parentCode)).toEqual({ ok: true });
          expect(siblings).not.toContain(derived);
          expect(Number(derived.slice(parentCode.length))).toBe(Math.max(0, ...sequences) + 1);
        },
      ),
    );
  });
});

describe('grid codes', () => {
  it('appends a 3-digit sequence to the community code', () => {
    expect(gridCode(COMMUNITY, 1)).toBe('440303001001001');
    expect(gridCode(COMMUNITY, 42)).toBe('440303001001042');
    expect(gridCode(COMMUNITY, 999)).toBe('440303001001999');
  });

  it('rejects sequences outside 1–999 and non-integers', () => {
    expect(() => gridCode(COMMUNITY, 0)).toThrow(RangeError);
    expect(() => gridCode(COMMUNITY, 1000)).toThrow(RangeError);
    expect(() => gridCode(COMMUNITY, 1.5)).toThrow(RangeError);
    expect(() => gridCode(COMMUNITY, Number.NaN)).toThrow(RangeError);
  });

  it('rejects a community code that is not 12 digits', () => {
    expect(() => gridCode(STREET, 1)).toThrow(/not a valid community code/);
  });

  it('validates grid codes against their community', () => {
    expect(validateGridCode('440303001001042', COMMUNITY)).toEqual({ ok: true });
    expect(validateGridCode('440303001001042', null)).toEqual({ ok: true });
    expect(validateGridCode('440303001002042', COMMUNITY)).toEqual({ ok: false, reason: 'parent_prefix' });
    expect(validateGridCode('440303001001042', STREET)).toEqual({ ok: false, reason: 'parent_prefix' });
    expect(validateGridCode('44030300100104', COMMUNITY)).toEqual({ ok: false, reason: 'format' });
    expect(validateGridCode('440303001001000', COMMUNITY)).toEqual({ ok: false, reason: 'format' });
    expect(validateGridCode('44030300100104X', null)).toEqual({ ok: false, reason: 'format' });
  });

  it('round-trips every sequence through gridCode and validateGridCode', () => {
    fc.assert(
      fc.property(digits(12), fc.integer({ min: 1, max: 999 }), (community, seq) => {
        fc.pre(validateCode('community', community, null).ok);
        const code = gridCode(community, seq);
        expect(code).toHaveLength(15);
        expect(validateGridCode(code, community)).toEqual({ ok: true });
        expect(Number(code.slice(12))).toBe(seq);
      }),
    );
  });
});
