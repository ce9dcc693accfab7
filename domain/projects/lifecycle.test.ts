import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editable, PROJECT_STATES, projectMachine, visibleToResidents, type ProjectFacts } from './lifecycle';

const manager = new Set(['manager'] as const);
const facts = (f: Partial<ProjectFacts>): ProjectFacts => ({
  status: 'proposed',
  approvalValid: true,
  photos: 0,
  balance: 0,
  ...f,
});

describe('micro-project lifecycle', () => {
  it('walks proposed → approved → in_progress → accepted → closed', () => {
    expect(projectMachine.stateAfter('approve', 'proposed')).toBe('approved');
    expect(projectMachine.stateAfter('start', 'approved')).toBe('in_progress');
    expect(projectMachine.stateAfter('accept', 'in_progress')).toBe('accepted');
    expect(projectMachine.stateAfter('close', 'accepted')).toBe('closed');
  });

  it('refuses a step out of order as invalid_transition', () => {
    expect(projectMachine.refuse('start', facts({}), manager)?.code).toBe('invalid_transition');
    expect(projectMachine.refuse('approve', facts({ status: 'approved' }), manager)?.code).toBe(
      'invalid_transition',
    );
    expect(projectMachine.refuse('close', facts({ status: 'in_progress' }), manager)?.code).toBe(
      'invalid_transition',
    );
    for (const status of ['closed', 'cancelled'] as const)
      for (const a of projectMachine.actions)
        expect(projectMachine.refuse(a, facts({ status }), manager)?.code).toBe('invalid_transition');
  });

  it('approves by vote only when the vote passed', () => {
    expect(projectMachine.refuse('approve', facts({ approvalValid: false }), manager)?.message).toMatch(
      /not passed/,
    );
    expect(projectMachine.refuse('approve', facts({ approvalValid: true }), manager)).toBeNull();
  });

  it('accepts only with a photo of the finished work', () => {
    expect(projectMachine.refuse('accept', facts({ status: 'in_progress' }), manager)?.message).toMatch(
      /photo/,
    );
    expect(projectMachine.refuse('accept', facts({ status: 'in_progress', photos: 2 }), manager)).toBeNull();
  });

  it('closes only when the ledger balances', () => {
    expect(projectMachine.refuse('close', facts({ status: 'accepted', balance: 500 }), manager)?.code).toBe(
      'invalid_transition',
    );
    expect(projectMachine.refuse('close', facts({ status: 'accepted', balance: 0 }), manager)).toBeNull();
  });

  it('cancels before acceptance, and only with nothing left in the ledger', () => {
    for (const status of ['proposed', 'approved', 'in_progress'] as const) {
      expect(projectMachine.refuse('cancel', facts({ status }), manager)).toBeNull();
      expect(projectMachine.stateAfter('cancel', status)).toBe('cancelled');
    }
    expect(projectMachine.refuse('cancel', facts({ status: 'accepted' }), manager)?.code).toBe(
      'invalid_transition',
    );
    expect(
      projectMachine.refuse('cancel', facts({ status: 'in_progress', balance: 1 }), manager)?.message,
    ).toMatch(/refund them before cancelling/);
  });

  it('never lets a project that holds money end, by closing or cancelling', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROJECT_STATES),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        (status, balance) =>
          projectMachine.refuse('close', facts({ status, balance }), manager) !== null &&
          projectMachine.refuse('cancel', facts({ status, balance }), manager) !== null,
      ),
    );
  });

  it('is edited only while proposed', () => {
    expect(PROJECT_STATES.filter(editable)).toEqual(['proposed']);
  });

  it('lets only a manager act, and offers the next step or cancelling', () => {
    expect(projectMachine.refuse('approve', facts({}), new Set())?.code).toBe('forbidden');
    expect(projectMachine.allowed(facts({ status: 'approved' }), manager)).toEqual(['start', 'cancel']);
    expect(projectMachine.allowed(facts({ status: 'accepted' }), manager)).toEqual(['close']);
    expect(projectMachine.allowed(facts({ status: 'approved' }), new Set())).toEqual([]);
  });

  it('shows residents a project only once approved', () => {
    expect(visibleToResidents({ approvedAt: null })).toBe(false);
    expect(visibleToResidents({ approvedAt: '2026-05-01T08:00:00Z' })).toBe(true);
  });
});
