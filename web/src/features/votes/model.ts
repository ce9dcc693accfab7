import type { PathItem } from '../../api/org';
import type { Rule, VoteResult } from '../../api/votes';
import type { Messages } from '../../i18n/resources/zh-CN';

type MatterNumber = keyof Messages['votes']['matters'];
/** The message key of art. 278's matter `n` (1–9). */
export const matterKey = (n: number) => `votes.matters.${String(n) as MatterNumber}` as const;

/** Art. 278's quorum, and the approval each rule needs among those who took part. */
export const QUORUM = 2 / 3;
export const APPROVAL: Record<Rule, number> = { majority: 1 / 2, three_quarters: 3 / 4 };

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export interface Bar {
  key: 'participationArea' | 'participationHeads' | 'agreeArea' | 'agreeHeads';
  /** 0..1 */
  value: number;
  threshold: number;
  /** The server's verdict on this measure (it decides exactly; the bar only shows it). */
  met: boolean;
  part: number;
  whole: number;
}

/** The four measures of RULES.md §1 as bars against their thresholds: who took part, and who agreed. */
export function resultBars(r: VoteResult): Bar[] {
  const approval = APPROVAL[r.rule];
  return [
    {
      key: 'participationArea',
      value: share(r.participatingArea, r.totalArea),
      threshold: QUORUM,
      met: r.quorum.area,
      part: r.participatingArea,
      whole: r.totalArea,
    },
    {
      key: 'participationHeads',
      value: share(r.participatingOwners, r.totalOwners),
      threshold: QUORUM,
      met: r.quorum.heads,
      part: r.participatingOwners,
      whole: r.totalOwners,
    },
    {
      key: 'agreeArea',
      value: share(r.agreeArea, r.participatingArea),
      threshold: approval,
      met: r.approval.area,
      part: r.agreeArea,
      whole: r.participatingArea,
    },
    {
      key: 'agreeHeads',
      value: share(r.agreeOwners, r.participatingOwners),
      threshold: approval,
      met: r.approval.heads,
      part: r.agreeOwners,
      whole: r.participatingOwners,
    },
  ];
}

/** "怡枫园 1栋 1单元": the places below the community (or the community itself). */
export function placeLabel(path: PathItem[]): string {
  const below = path.filter((p) => p.kind !== 'district' && p.kind !== 'street' && p.kind !== 'community');
  return (below.length ? below : path.slice(-1)).map((p) => p.name).join(' ');
}

/** Percent with two decimals, cut (never rounded up to a threshold it did not reach). */
export const percent2 = (fraction: number) => `${(Math.floor(fraction * 10_000) / 100).toFixed(2)}%`;
