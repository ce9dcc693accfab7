import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_COMMITTEE_RULES, filingStatus, validateOwnersCommittee } from './owners-committee';
import type { CommitteeMember, OwnersCommittee } from './owners-committee';

const owners = (count: number): CommitteeMember[] =>
  Array.from({ length: count }, (_, i) => ({ personId: `p${i + 1}`, isOwner: true }));

const committee: OwnersCommittee = {
  householdCount: 600,
  members: owners(7),
  electedOn: '2024-03-01',
  termEndsOn: '2029-02-28',
  filedOn: '2024-03-20',
};
const now = new Date('2024-06-01T02:00:00Z');
const codes = (c: OwnersCommittee, at: Date = now) => validateOwnersCommittee(c, at).map((v) => v.code);

describe('validateOwnersCommittee', () => {
  it('accepts a committee that keeps every rule', () => {
    expect(validateOwnersCommittee(committee, now)).toEqual([]);
  });

  it('wants an odd number of members from 5 to 11', () => {
    expect(codes({ ...committee, members: owners(6) })).toEqual(['member_count_even']);
    expect(codes({ ...committee, members: owners(13) })).toEqual(['member_count_out_of_range']);
    expect(validateOwnersCommittee({ ...committee, members: owners(3) }, now)).toEqual([
      { code: 'member_count_out_of_range', params: { count: 3, min: 5, max: 11 } },
    ]);
    expect(codes({ ...committee, members: owners(4) })).toEqual([
      'member_count_even',
      'member_count_out_of_range',
    ]);
  });

  it('allows 3 members where the compound has at most 100 households', () => {
    expect(codes({ ...committee, householdCount: 100, members: owners(3) })).toEqual([]);
    expect(codes({ ...committee, householdCount: 101, members: owners(3) })).toEqual([
      'member_count_out_of_range',
    ]);
    expect(codes({ ...committee, householdCount: 80, members: owners(1) })).toEqual([
      'member_count_out_of_range',
    ]);
  });

  it('accepts exactly the odd counts in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 3000 }), (count, households) => {
        const min = households <= 100 ? 3 : 5;
        const valid = count % 2 === 1 && count >= min && count <= 11;
        const found = codes({ ...committee, householdCount: households, members: owners(count) });
        return (found.length === 0) === valid;
      }),
    );
  });

  it('wants every member to be an owner, once', () => {
    const members = [...owners(4), { personId: 'tenant', isOwner: false }];
    expect(validateOwnersCommittee({ ...committee, members }, now)).toEqual([
      { code: 'member_not_owner', params: { personId: 'tenant' } },
    ]);
    expect(codes({ ...committee, members: [...owners(4), { personId: 'p1', isOwner: true }] })).toEqual([
      'member_duplicate',
    ]);
  });

  it('limits the term to 5 years from the election', () => {
    expect(codes({ ...committee, termEndsOn: '2029-03-01' })).toEqual([]);
    expect(validateOwnersCommittee({ ...committee, termEndsOn: '2029-03-02' }, now)).toEqual([
      { code: 'term_too_long', params: { termEndsOn: '2029-03-02', latestEnd: '2029-03-01', maxYears: 5 } },
    ]);
    expect(codes({ ...committee, termEndsOn: '2024-02-01' })).toEqual(['term_ends_before_election']);
  });

  it('reports late and overdue filing', () => {
    expect(codes({ ...committee, filedOn: '2024-04-05' })).toEqual(['filing_late']);
    expect(codes({ ...committee, filedOn: null })).toEqual(['filing_overdue']);
    expect(codes({ ...committee, filedOn: null }, new Date('2024-03-15T00:00:00Z'))).toEqual([]);
  });

  it('follows rules a city configures', () => {
    const rules = { ...DEFAULT_COMMITTEE_RULES, maxMembers: 9 };
    expect(validateOwnersCommittee({ ...committee, members: owners(11) }, now, { rules })).toHaveLength(1);
  });
});

describe('filingStatus', () => {
  const electedOn = '2024-03-01';

  it('is on time up to and including the 30th day after the election', () => {
    expect(filingStatus({ electedOn, filedOn: '2024-03-31', now })).toEqual({
      status: 'on_time',
      deadline: '2024-03-31',
      filedOn: '2024-03-31',
    });
    expect(filingStatus({ electedOn, filedOn: '2024-04-01', now }).status).toBe('late');
  });

  it('is due while unfiled before the deadline, on the Shenzhen calendar', () => {
    // 23:00 on 31 March in Shenzhen: still the last day.
    expect(filingStatus({ electedOn, filedOn: null, now: new Date('2024-03-31T15:00:00Z') })).toEqual({
      status: 'due',
      deadline: '2024-03-31',
      daysLeft: 0,
    });
    // 00:30 on 1 April in Shenzhen.
    expect(filingStatus({ electedOn, filedOn: null, now: new Date('2024-03-31T16:30:00Z') })).toEqual({
      status: 'overdue',
      deadline: '2024-03-31',
      daysOverdue: 1,
    });
    expect(
      filingStatus({ electedOn, filedOn: null, now: new Date('2024-03-31T16:30:00Z') }, { timeZone: 'UTC' })
        .status,
    ).toBe('due');
  });

  it('never calls a filing within 30 days late', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (day) => {
        const filedOn = new Date(Date.UTC(2024, 2, 1 + day)).toISOString().slice(0, 10);
        return filingStatus({ electedOn, filedOn, now }).status === (day <= 30 ? 'on_time' : 'late');
      }),
    );
  });
});
