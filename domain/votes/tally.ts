/**
 * Owner votes under PRC Civil Code art. 278 (RULES.md §1): the participation quorum and the approval rule, each
 * counted by exclusive area and by owner headcount together. Areas are compared in whole hundredths of a square
 * metre, so "at least 2/3" and "more than half" are decided exactly, never by a rounding float.
 */

/** The nine matters of art. 278, in its order. */
export const MATTERS = [
  'procedure_rules',
  'management_convention',
  'committee_election',
  'property_manager',
  'fund_use',
  'fund_raise',
  'alteration',
  'common_parts_use',
  'other_major',
] as const;
export type Matter = (typeof MATTERS)[number];

/** Matters 6, 7 and 8 need at least 3/4 of the participants; every other matter more than half. */
const THREE_QUARTERS: ReadonlySet<Matter> = new Set(['fund_raise', 'alteration', 'common_parts_use']);
export type ApprovalRule = 'more_than_half' | 'at_least_three_quarters';
export const approvalRule = (m: Matter): ApprovalRule =>
  THREE_QUARTERS.has(m) ? 'at_least_three_quarters' : 'more_than_half';

/** One exclusive part (专有部分) of the frozen electorate. */
export interface Elector {
  houseId: number;
  /** m², from the registered, else surveyed, else contract figure (the source is kept beside it). */
  area: number;
  /**
   * Who counts as one owner for the headcount: the co-owners of a unit share one key; a buyer of several units has
   * one key for all of them; every unsold unit of the developer shares the developer's key (SPC interpretation
   * 2020, arts. 8–9).
   */
  ownerKey: string;
}

export type Choice = 'agree' | 'disagree' | 'abstain';

export interface TallyOptions {
  /** A convention may deem non-participants to agree (RULES.md §1); off unless the vote says so. */
  nonParticipantsAgree?: boolean;
}

export interface Measure {
  total: number;
  participating: number;
  agree: number;
}

export interface Tally {
  rule: ApprovalRule;
  /** In m² (two decimals). */
  area: Measure;
  heads: Measure;
  quorum: { area: boolean; heads: boolean; met: boolean };
  approval: { area: boolean; heads: boolean };
  passed: boolean;
  /** Units counted as agreeing only because the vote deems non-participants to agree. */
  deemedAgreeing: number;
}

const hundredths = (m2: number) => Math.round(m2 * 100);

/**
 * An owner with several units is one head: they take part if any unit's ballot was cast, and agree when the units
 * they voted to agree hold more than half of the area they voted with.
 */
export function tally(
  matter: Matter,
  electorate: readonly Elector[],
  ballots: ReadonlyMap<number, Choice>,
  opts: TallyOptions = {},
): Tally {
  const rule = approvalRule(matter);
  const area = { total: 0, participating: 0, agree: 0 };
  const owners = new Map<string, { voted: number; agreed: number }>();
  let deemedAgreeing = 0;
  for (const e of electorate) {
    const a = hundredths(e.area);
    let choice = ballots.get(e.houseId);
    if (choice === undefined && opts.nonParticipantsAgree) {
      choice = 'agree';
      deemedAgreeing++;
    }
    area.total += a;
    const owner = owners.get(e.ownerKey) ?? { voted: 0, agreed: 0 };
    owners.set(e.ownerKey, owner);
    if (choice === undefined) continue;
    area.participating += a;
    owner.voted += a || 1;
    if (choice === 'agree') {
      area.agree += a;
      owner.agreed += a || 1;
    }
  }
  const heads = { total: owners.size, participating: 0, agree: 0 };
  for (const o of owners.values()) {
    if (o.voted === 0) continue;
    heads.participating++;
    if (o.agreed * 2 > o.voted) heads.agree++;
  }
  const quorumOf = (m: Measure) => m.participating * 3 >= m.total * 2 && m.total > 0;
  const approves = (m: Measure) =>
    rule === 'more_than_half' ? m.agree * 2 > m.participating : m.agree * 4 >= m.participating * 3;
  const quorum = { area: quorumOf(area), heads: quorumOf(heads), met: false };
  quorum.met = quorum.area && quorum.heads;
  const approval = { area: approves(area), heads: approves(heads) };
  const m2 = (x: number) => x / 100;
  return {
    rule,
    area: { total: m2(area.total), participating: m2(area.participating), agree: m2(area.agree) },
    heads,
    quorum,
    approval,
    passed: quorum.met && approval.area && approval.heads,
    deemedAgreeing,
  };
}
