import { describe, expect, it } from 'vitest';
import { afterConventionVote, conventionMachine, coverage } from './machine';

const manager = new Set(['manager'] as const);
const unsigned = new Set(['unsigned_resident'] as const);

describe('convention machine', () => {
  it('is drafted, put to the vote, adopted, then signed', () => {
    expect(conventionMachine.allowed({ status: 'draft' }, manager)).toEqual(['edit', 'start_vote', 'cancel']);
    expect(conventionMachine.allowed({ status: 'voting' }, manager)).toEqual(['close_vote']);
    expect(afterConventionVote(true)).toBe('adopted');
    expect(afterConventionVote(false)).toBe('rejected');
    expect(conventionMachine.allowed({ status: 'adopted' }, unsigned)).toEqual(['sign']);
  });

  it('takes signatures only once adopted, and only from residents who have not signed', () => {
    expect(conventionMachine.refuse('sign', { status: 'voting' }, unsigned)?.code).toBe('invalid_transition');
    expect(conventionMachine.refuse('sign', { status: 'adopted' }, manager)?.code).toBe('forbidden');
    expect(conventionMachine.refuse('edit', { status: 'adopted' }, manager)?.code).toBe('invalid_transition');
    expect(conventionMachine.allowed({ status: 'rejected' }, manager)).toEqual([]);
  });

  it('measures coverage as signed households over households', () => {
    expect(coverage({ households: 28, signedHouseholds: 7 })).toBe(0.25);
    expect(coverage({ households: 3, signedHouseholds: 1 })).toBe(0.3333);
    expect(coverage({ households: 0, signedHouseholds: 0 })).toBe(0);
    expect(coverage({ households: 2, signedHouseholds: 5 })).toBe(1);
  });
});
