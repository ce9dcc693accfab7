import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATTERS } from './tally';
import {
  managerActions,
  matterNumber,
  matterOf,
  publicationDeadline,
  refuseVote,
  ruleName,
  type VoteState,
} from './vote';

const at = (iso: string) => new Date(iso);
const now = at('2026-05-01T08:00:00Z');
const facts = (status: VoteState, more: { opensAt?: Date; closesAt?: Date } = {}) => ({
  status,
  opensAt: more.opensAt ?? null,
  closesAt: more.closesAt ?? null,
});

describe('matters and rules', () => {
  it('numbers the matters 1–9 in art. 278’s order, and names their rules', () => {
    expect(MATTERS.map((m) => matterNumber(m))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ruleName(matterOf(n)!))).toEqual([
      'majority',
      'majority',
      'majority',
      'majority',
      'majority',
      'three_quarters',
      'three_quarters',
      'three_quarters',
      'majority',
    ]);
    expect(matterOf(0)).toBeNull();
    expect(matterOf(10)).toBeNull();
  });
});

describe('states', () => {
  it('opens a draft, closes an open vote, cancels only a draft', () => {
    expect(refuseVote('open', facts('draft'), now)).toBeNull();
    expect(refuseVote('close', facts('open'), now)).toBeNull();
    expect(refuseVote('cancel', facts('draft'), now)).toBeNull();
    for (const s of ['open', 'closed', 'cancelled'] as const)
      expect(refuseVote('open', facts(s), now)?.code).toBe('wrong_state');
    for (const s of ['draft', 'closed', 'cancelled'] as const)
      expect(refuseVote('close', facts(s), now)?.code).toBe('wrong_state');
    expect(refuseVote('cancel', facts('open'), now)?.code).toBe('wrong_state');
  });

  it('does not open before its opening time', () => {
    expect(refuseVote('open', facts('draft', { opensAt: at('2026-05-02T00:00:00Z') }), now)).not.toBeNull();
    expect(refuseVote('open', facts('draft', { opensAt: now }), now)).toBeNull();
  });

  it('takes ballots only while open and before the end of the period (the end itself is too late)', () => {
    expect(refuseVote('ballot', facts('open'), now)).toBeNull();
    expect(refuseVote('ballot', facts('open', { closesAt: new Date(now.getTime() + 1) }), now)).toBeNull();
    expect(refuseVote('ballot', facts('open', { closesAt: now }), now)).not.toBeNull();
    for (const s of ['draft', 'closed', 'cancelled'] as const)
      expect(refuseVote('ballot', facts(s), now)).not.toBeNull();
  });

  it('offers managers exactly the actions the machine allows (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom<VoteState>('draft', 'open', 'closed', 'cancelled'), (s) => {
        const v = facts(s);
        for (const a of managerActions(v, now)) expect(refuseVote(a, v, now)).toBeNull();
        expect(managerActions(v, now)).not.toContain('ballot');
      }),
    );
  });
});

describe('publication deadline (3 days, RULES.md §1)', () => {
  it('counts from closing, or from the end of the period while nobody has closed it', () => {
    expect(publicationDeadline({ ...facts('closed'), closedAt: at('2026-05-01T00:00:00Z') })).toEqual(
      at('2026-05-04T00:00:00Z'),
    );
    expect(
      publicationDeadline({ ...facts('open', { closesAt: at('2026-05-10T00:00:00Z') }), closedAt: null }),
    ).toEqual(at('2026-05-13T00:00:00Z'));
    expect(publicationDeadline({ ...facts('open'), closedAt: null })).toBeNull();
    expect(publicationDeadline({ ...facts('draft', { closesAt: now }), closedAt: null })).toBeNull();
  });
});
