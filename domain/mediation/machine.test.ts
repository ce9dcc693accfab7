import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionsIn,
  after,
  CASE_ACTIONS,
  CASE_STATES,
  type CaseState,
  partyProblems,
  refuseAction,
} from './machine';

describe('mediation case lifecycle', () => {
  it('runs the agreed path open → agreed → followed up → closed', () => {
    let state: CaseState = 'open';
    expect(refuseAction(state, 'session')).toBeNull();
    expect(after(state, 'session')).toEqual({ state: 'open' });
    for (const [action, to] of [
      ['agree', 'agreed'],
      ['follow_up', 'followed_up'],
      ['close', 'closed'],
    ] as const) {
      expect(refuseAction(state, action)).toBeNull();
      state = after(state, action).state;
      expect(state).toBe(to);
    }
  });

  it('runs the failed path open → failed → referred → closed, deciding the outcome on the way', () => {
    expect(after('open', 'fail')).toEqual({ state: 'failed', outcome: 'failed' });
    expect(after('failed', 'refer')).toEqual({ state: 'referred', outcome: 'referred' });
    expect(refuseAction('referred', 'close')).toBeNull();
  });

  it('refuses a close before the follow-up visit', () => {
    expect(refuseAction('agreed', 'close')).toMatchObject({ code: 'invalid_transition' });
  });

  it('refuses sessions once the case is decided', () => {
    for (const s of ['agreed', 'failed', 'referred', 'followed_up', 'closed'] as const)
      expect(refuseAction(s, 'session')?.code).toBe('invalid_transition');
  });

  it('refuses a referral of a case that did not fail', () => {
    expect(refuseAction('open', 'refer')?.message).toContain('open');
    expect(refuseAction('agreed', 'refer')).not.toBeNull();
  });

  it('lets nothing out of closed', () => {
    expect(actionsIn('closed')).toEqual([]);
  });

  it('offers exactly the actions it allows (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASE_STATES), fc.constantFrom(...CASE_ACTIONS), (s, a) => {
        expect(actionsIn(s).includes(a)).toBe(refuseAction(s, a) === null);
      }),
    );
  });

  it('never changes an outcome once decided along any path (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CASE_ACTIONS), { maxLength: 12 }), (actions) => {
        let state: CaseState = 'open';
        const outcomes: string[] = [];
        for (const a of actions) {
          if (refuseAction(state, a)) continue;
          const next = after(state, a);
          if (next.outcome) outcomes.push(next.outcome);
          state = next.state;
        }
        // Only a failure may be followed by a referral; nothing else is decided twice.
        expect(outcomes.length).toBeLessThanOrEqual(2);
        if (outcomes.length === 2) expect(outcomes).toEqual(['failed', 'referred']);
      }),
    );
  });

  it('needs an applicant and a respondent', () => {
    expect(partyProblems([])).toBe('at least one applicant');
    expect(partyProblems([{ role: 'applicant' }])).toBe('at least one respondent');
    expect(partyProblems([{ role: 'respondent' }, { role: 'applicant' }])).toBeNull();
  });
});
