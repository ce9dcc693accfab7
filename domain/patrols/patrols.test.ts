import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_CATEGORIES } from '../events/categories';
import { BUILDING_CHECKLIST, GRID_CHECKLIST, checklistProblems } from './checklists';
import {
  POINT_CODE,
  normalisePointCode,
  pointCodeFrom,
  refuseChange,
  refuseFiling,
  refuseFinish,
} from './patrol';
import { DEFAULT_BUILDING_ROUNDS, DEFAULT_GRID_ROUNDS, windowAt, windowProblems } from './rounds';

describe('default checklists', () => {
  const codes = new Set(DEFAULT_CATEGORIES.map((c) => c.code));
  it.each([
    ['grid', GRID_CHECKLIST],
    ['building', BUILDING_CHECKLIST],
  ])('the %s checklist is valid and maps to existing categories', (_, list) => {
    expect(checklistProblems(list)).toEqual([]);
    for (const item of list) if (item.categoryCode) expect(codes.has(item.categoryCode)).toBe(true);
  });

  it("has one item per building leader's duty (seed 000: five duties)", () => {
    expect(BUILDING_CHECKLIST).toHaveLength(5);
    expect(BUILDING_CHECKLIST.find((i) => i.code === 'residence_registration')?.categoryCode).toBeNull();
  });

  it('refuses empty lists, bad codes and duplicates', () => {
    expect(checklistProblems([])).toEqual([[-1, 'a checklist needs at least one item']]);
    expect(checklistProblems([{ code: 'A' }, { code: 'x' }, { code: 'x' }])).toEqual([
      [0, 'a code is lower-case letters, digits and _'],
      [2, 'the code x appears twice'],
    ]);
    expect(checklistProblems(Array.from({ length: 41 }, (_, i) => ({ code: `c${i}` })))).toHaveLength(1);
  });
});

describe('round windows', () => {
  it('include the start and exclude the end', () => {
    const w = [
      { start: '08:00', end: '10:00' },
      { start: '10:00', end: '12:00' },
    ];
    expect(windowAt(w, '07:59')).toBe(-1);
    expect(windowAt(w, '08:00')).toBe(0);
    expect(windowAt(w, '09:59')).toBe(0);
    expect(windowAt(w, '10:00')).toBe(1);
    expect(windowAt(w, '12:00')).toBe(-1);
  });

  it('accept the defaults and refuse reversed, malformed and overlapping windows', () => {
    expect(windowProblems(DEFAULT_GRID_ROUNDS)).toEqual([]);
    expect(windowProblems(DEFAULT_BUILDING_ROUNDS)).toEqual([]);
    expect(windowProblems([])).toHaveLength(1);
    expect(windowProblems([{ start: '10:00', end: '09:00' }])).toEqual([
      [0, 'a round ends after it starts, on the same day'],
    ]);
    expect(windowProblems([{ start: '24:00', end: '25:00' }])).toEqual([[0, 'times are written HH:MM']]);
    expect(
      windowProblems([
        { start: '13:00', end: '15:00' },
        { start: '08:00', end: '13:30' },
      ]),
    ).toEqual([[0, 'rounds may not overlap']]);
  });
});

describe('patrol steps', () => {
  it('refuses changes to a finished patrol and a finish without a check-in', () => {
    expect(refuseChange('in_progress')).toBeNull();
    expect(refuseChange('finished')).toBe('patrol_finished');
    expect(refuseFinish('in_progress', 0)).toBe('no_check_in');
    expect(refuseFinish('in_progress', 1)).toBeNull();
    expect(refuseFinish('finished', 3)).toBe('patrol_finished');
  });

  it('files an event once, only from a failed item with a category', () => {
    const item = { categoryCode: 'fire.hazard' };
    expect(refuseFiling({ result: 'fail', eventId: null }, item)).toBeNull();
    expect(refuseFiling({ result: 'pass', eventId: null }, item)).toBe('not_failed');
    expect(refuseFiling({ result: 'na', eventId: null }, item)).toBe('not_failed');
    expect(refuseFiling({ result: 'fail', eventId: 7 }, item)).toBe('event_already_filed');
    expect(refuseFiling({ result: 'fail', eventId: null }, { categoryCode: null })).toBe('no_category');
    expect(refuseFiling({ result: 'fail', eventId: null }, undefined)).toBe('no_category');
  });
});

describe('point codes', () => {
  it('are eight unambiguous characters from any random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (bytes) => {
        const code = pointCodeFrom(bytes);
        expect(code).toMatch(POINT_CODE);
        expect(normalisePointCode(` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toBe(code);
        expect(normalisePointCode(`linli:point:${code}`)).toBe(code);
      }),
    );
    expect(() => pointCodeFrom(new Uint8Array(4))).toThrow(RangeError);
  });
});
