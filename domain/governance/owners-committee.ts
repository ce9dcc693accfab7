// Constraints on an owners' committee (RULES.md §1: 物业管理条例 and local regulations). Cities
// set their own numbers, so they are a parameter with the common national shape as the default.
import { DEFAULT_TIME_ZONE, addDays, addYears, daysBetween, localDate } from '../common/local-date';

export type CommitteeRules = {
  minMembers: number;
  maxMembers: number;
  /** Small compounds may elect fewer members. */
  smallCompound: { maxHouseholds: number; minMembers: number };
  maxTermYears: number;
  filingWithinDays: number;
};

export const DEFAULT_COMMITTEE_RULES: Readonly<CommitteeRules> = {
  minMembers: 5,
  maxMembers: 11,
  smallCompound: { maxHouseholds: 100, minMembers: 3 },
  maxTermYears: 5,
  filingWithinDays: 30,
};

export type CommitteeMember = { personId: string; isOwner: boolean };

/** Dates are civil dates (YYYY-MM-DD) as written on the election record and the filing receipt. */
export type OwnersCommittee = {
  householdCount: number;
  members: readonly CommitteeMember[];
  electedOn: string;
  termEndsOn: string;
  filedOn: string | null;
};

export type CommitteeViolationCode =
  | 'member_count_even'
  | 'member_count_out_of_range'
  | 'member_not_owner'
  | 'member_duplicate'
  | 'term_ends_before_election'
  | 'term_too_long'
  | 'filing_late'
  | 'filing_overdue';

export type CommitteeViolation = { code: CommitteeViolationCode; params: Record<string, string | number> };

export type FilingStatus =
  | { status: 'on_time' | 'late'; deadline: string; filedOn: string }
  | { status: 'due'; deadline: string; daysLeft: number }
  | { status: 'overdue'; deadline: string; daysOverdue: number };

/** `filedOn` null means not filed yet; `now` is read on the compound's calendar. */
export function filingStatus(
  input: { electedOn: string; filedOn: string | null; now: Date },
  options: { timeZone?: string; rules?: CommitteeRules } = {},
): FilingStatus {
  const { timeZone = DEFAULT_TIME_ZONE, rules = DEFAULT_COMMITTEE_RULES } = options;
  const deadline = addDays(input.electedOn, rules.filingWithinDays);
  if (input.filedOn !== null) {
    const late = daysBetween(deadline, input.filedOn) > 0;
    return { status: late ? 'late' : 'on_time', deadline, filedOn: input.filedOn };
  }
  const daysLeft = daysBetween(localDate(input.now, timeZone), deadline);
  return daysLeft >= 0
    ? { status: 'due', deadline, daysLeft }
    : { status: 'overdue', deadline, daysOverdue: -daysLeft };
}

function memberCountViolations(committee: OwnersCommittee, rules: CommitteeRules): CommitteeViolation[] {
  const count = committee.members.length;
  const small = committee.householdCount <= rules.smallCompound.maxHouseholds;
  const min = small ? rules.smallCompound.minMembers : rules.minMembers;
  const violations: CommitteeViolation[] = [];
  if (count % 2 === 0) violations.push({ code: 'member_count_even', params: { count } });
  if (count < min || count > rules.maxMembers) {
    violations.push({ code: 'member_count_out_of_range', params: { count, min, max: rules.maxMembers } });
  }
  return violations;
}

function memberViolations(members: readonly CommitteeMember[]): CommitteeViolation[] {
  const seen = new Set<string>();
  const violations: CommitteeViolation[] = [];
  for (const { personId, isOwner } of members) {
    if (seen.has(personId)) violations.push({ code: 'member_duplicate', params: { personId } });
    seen.add(personId);
    if (!isOwner) violations.push({ code: 'member_not_owner', params: { personId } });
  }
  return violations;
}

function termViolations(committee: OwnersCommittee, rules: CommitteeRules): CommitteeViolation[] {
  const { electedOn, termEndsOn } = committee;
  if (daysBetween(electedOn, termEndsOn) < 0) {
    return [{ code: 'term_ends_before_election', params: { electedOn, termEndsOn } }];
  }
  const latestEnd = addYears(electedOn, rules.maxTermYears);
  return daysBetween(latestEnd, termEndsOn) > 0
    ? [{ code: 'term_too_long', params: { termEndsOn, latestEnd, maxYears: rules.maxTermYears } }]
    : [];
}

function filingViolations(
  committee: OwnersCommittee,
  now: Date,
  timeZone: string,
  rules: CommitteeRules,
): CommitteeViolation[] {
  const filing = filingStatus({ ...committee, now }, { timeZone, rules });
  switch (filing.status) {
    case 'late':
      return [{ code: 'filing_late', params: { deadline: filing.deadline, filedOn: filing.filedOn } }];
    case 'overdue':
      return [
        { code: 'filing_overdue', params: { deadline: filing.deadline, daysOverdue: filing.daysOverdue } },
      ];
    case 'on_time':
    case 'due':
      return [];
  }
}

/** Every rule the committee breaks; empty when it complies. */
export function validateOwnersCommittee(
  committee: OwnersCommittee,
  now: Date,
  options: { timeZone?: string; rules?: CommitteeRules } = {},
): CommitteeViolation[] {
  const { timeZone = DEFAULT_TIME_ZONE, rules = DEFAULT_COMMITTEE_RULES } = options;
  return [
    ...memberCountViolations(committee, rules),
    ...memberViolations(committee.members),
    ...termViolations(committee, rules),
    ...filingViolations(committee, now, timeZone, rules),
  ];
}
