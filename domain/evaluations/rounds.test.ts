import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DIMENSIONS,
  ROUND_ACTIONS,
  ROUND_RELATIONS,
  ROUND_STATES,
  dimensionProblems,
  meanOf,
  roundMachine,
  scoreProblems,
  type RoundAction,
  type RoundState,
} from './rounds';

const SPEC: Record<RoundAction, { from: RoundState; to: RoundState; by: 'manager' | 'respondent' }> = {
  open: { from: 'draft', to: 'open', by: 'manager' },
  close: { from: 'open', to: 'closed', by: 'manager' },
  answer: { from: 'open', to: 'open', by: 'respondent' },
};
const facts = (
  status: RoundState,
  over: Partial<{ answered: boolean; closesOn: string; today: string }> = {},
) => ({
  status,
  answered: false,
  closesOn: '2026-03-31',
  today: '2026-03-09',
  ...over,
});

describe('round machine', () => {
  const cases = ROUND_ACTIONS.flatMap((action) =>
    ROUND_STATES.flatMap((status) => ROUND_RELATIONS.map((relation) => ({ action, status, relation }))),
  );
  it.each(cases)('$action from $status by $relation', ({ action, status, relation }) => {
    const refusal = roundMachine.refuse(action, facts(status), new Set([relation]));
    const spec = SPEC[action];
    if (spec.from !== status) expect(refusal?.code).toBe('invalid_transition');
    else if (spec.by !== relation) expect(refusal?.code).toBe('forbidden');
    else {
      expect(refusal).toBeNull();
      expect(roundMachine.stateAfter(action, status)).toBe(spec.to);
    }
  });

  it('takes one answer per account, up to and including the closing day', () => {
    const respondent = new Set(['respondent'] as const);
    expect(roundMachine.refuse('answer', facts('open', { answered: true }), respondent)?.message).toMatch(
      /answered/,
    );
    expect(roundMachine.refuse('answer', facts('open', { today: '2026-03-31' }), respondent)).toBeNull();
    expect(roundMachine.refuse('answer', facts('open', { today: '2026-04-01' }), respondent)?.code).toBe(
      'invalid_transition',
    );
  });

  it('does not open a round whose closing day has passed', () => {
    const manager = new Set(['manager'] as const);
    expect(roundMachine.refuse('open', facts('draft', { today: '2026-04-01' }), manager)?.code).toBe(
      'invalid_transition',
    );
    expect(roundMachine.refuse('open', facts('draft'), manager)).toBeNull();
  });
});

describe('answers', () => {
  const dims = DEFAULT_DIMENSIONS.property_company;
  const all = (n: number) => Object.fromEntries(dims.map((d) => [d.code, n]));

  it('score every dimension once with a whole number from 1 to 5', () => {
    expect(scoreProblems(dims, all(5))).toEqual([]);
    expect(scoreProblems(dims, all(1))).toEqual([]);
    expect(scoreProblems(dims, all(0)).map((p) => p.path)).toEqual(dims.map((d) => `body.scores.${d.code}`));
    expect(scoreProblems(dims, { ...all(3), attitude: 2.5 })).toEqual([
      { path: 'body.scores.attitude', message: 'a whole number from 1 to 5' },
    ]);
    expect(scoreProblems(dims, { ...all(3), noise: 3 })).toEqual([
      { path: 'body.scores.noise', message: 'not a dimension of this round' },
    ]);
  });

  it('any valid answer passes and dropping any dimension is reported on it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: dims.length, maxLength: dims.length }),
        fc.nat(dims.length - 1),
        (values, drop) => {
          const answer = Object.fromEntries(dims.map((d, i) => [d.code, values[i]!]));
          const partial = Object.fromEntries(
            Object.entries(answer).filter(([code]) => code !== dims[drop]!.code),
          );
          return (
            scoreProblems(dims, answer).length === 0 &&
            scoreProblems(dims, partial)
              .map((p) => p.path)
              .join() === `body.scores.${dims[drop]!.code}`
          );
        },
      ),
    );
  });

  it('dimension codes are unique within a round; the defaults are', () => {
    for (const list of Object.values(DEFAULT_DIMENSIONS)) expect(dimensionProblems(list)).toEqual([]);
    expect(dimensionProblems([dims[0]!, dims[1]!, dims[0]!])).toEqual([
      { path: 'body.dimensions.2.code', message: 'used twice' },
    ]);
  });

  it('a mean has two decimals and is null for nobody', () => {
    expect(meanOf(13, 3)).toBe(4.33);
    expect(meanOf(0, 0)).toBeNull();
  });
});
