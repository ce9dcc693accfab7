import { describe, expect, it } from 'vitest';
import { projectMachine, visibleToResidents, type ProjectFacts } from './lifecycle';

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
    for (const a of projectMachine.actions)
      expect(projectMachine.refuse(a, facts({ status: 'closed' }), manager)?.code).toBe('invalid_transition');
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

  it('lets only a manager act, and offers the next step as the only action', () => {
    expect(projectMachine.refuse('approve', facts({}), new Set())?.code).toBe('forbidden');
    expect(projectMachine.allowed(facts({ status: 'approved' }), manager)).toEqual(['start']);
    expect(projectMachine.allowed(facts({ status: 'approved' }), new Set())).toEqual([]);
  });

  it('shows residents a project only once approved', () => {
    expect(visibleToResidents('proposed')).toBe(false);
    expect(visibleToResidents('approved')).toBe(true);
    expect(visibleToResidents('closed')).toBe(true);
  });
});
