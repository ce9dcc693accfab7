import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundResult } from './results';
import { DEFAULT_DIMENSIONS } from './rounds';

const dims = DEFAULT_DIMENSIONS.property_company;
const answer = fc
  .array(fc.integer({ min: 1, max: 5 }), { minLength: dims.length, maxLength: dims.length })
  .map((v) => Object.fromEntries(dims.map((d, i) => [d.code, v[i]!])));

describe('round results', () => {
  it('computes means, distribution and participation by hand', () => {
    const r = roundResult(
      dims,
      [
        { attitude: 5, cleanliness: 4, security: 3, maintenance: 5, fees: 4 },
        { attitude: 4, cleanliness: 4, security: 5, maintenance: 3, fees: 2 },
      ],
      8,
    );
    expect(r).toMatchObject({ respondents: 2, eligible: 8, participation: 0.25, overall: 3.9 });
    expect(r.dimensions.map((d) => d.mean)).toEqual([4.5, 4, 4, 4, 3]);
    expect(r.dimensions[0]!.distribution).toEqual([0, 0, 0, 1, 1]);
  });

  it('nobody answered: no means, no NaN', () => {
    const r = roundResult(dims, [], 0);
    expect(r).toMatchObject({ respondents: 0, participation: null, overall: null });
    expect(r.dimensions.every((d) => d.mean === null && d.distribution.every((n) => n === 0))).toBe(true);
  });

  it('means stay within 1..5, distributions count every answer, participation never passes 100 %', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 60 }), fc.nat(80), (answers, eligible) => {
        const r = roundResult(dims, answers, eligible);
        return (
          r.dimensions.every(
            (d) =>
              d.distribution.reduce((a, b) => a + b, 0) === answers.length &&
              (d.mean === null ? answers.length === 0 : d.mean >= 1 && d.mean <= 5),
          ) && (r.participation === null ? eligible === 0 : r.participation >= 0 && r.participation <= 1)
        );
      }),
    );
  });

  it('one more answer of all fives never lowers a mean', () => {
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 30 }), (answers) => {
        const before = roundResult(dims, answers, 100);
        const after = roundResult(dims, [...answers, Object.fromEntries(dims.map((d) => [d.code, 5]))], 100);
        return after.dimensions.every((d, i) => d.mean! >= before.dimensions[i]!.mean! - 0.005);
      }),
    );
  });
});
