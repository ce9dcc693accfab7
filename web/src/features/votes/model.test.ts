import { describe, expect, it } from 'vitest';
import type { VoteResult } from '../../api/votes';
import { percent2, placeLabel, resultBars } from './model';

const result: VoteResult = {
  voteId: 1,
  status: 'open',
  rule: 'three_quarters',
  totalArea: 500,
  totalOwners: 4,
  participatingArea: 430,
  participatingOwners: 4,
  agreeArea: 339.5,
  agreeOwners: 3,
  quorumMet: true,
  passed: true,
  quorum: { area: true, heads: true },
  approval: { area: true, heads: true },
  absentCountsAsAgree: false,
  deemedAgreeing: 0,
  ballots: 5,
  final: false,
};

describe('result bars', () => {
  it('shows participation against 2/3 of all, agreement against the rule among participants', () => {
    const bars = resultBars(result);
    expect(bars.map((b) => [b.key, b.value, b.threshold])).toEqual([
      ['participationArea', 0.86, 2 / 3],
      ['participationHeads', 1, 2 / 3],
      ['agreeArea', 339.5 / 430, 0.75],
      ['agreeHeads', 0.75, 0.75],
    ]);
  });

  it('shows zero, not NaN, before anyone voted', () => {
    const bars = resultBars({
      ...result,
      participatingArea: 0,
      participatingOwners: 0,
      agreeArea: 0,
      agreeOwners: 0,
    });
    expect(bars.every((b) => b.value === 0 || b.key.startsWith('participation'))).toBe(true);
    expect(bars.map((b) => b.value)).toEqual([0, 0, 0, 0]);
  });

  it('takes the verdict from the server, which decides the boundary exactly', () => {
    const bars = resultBars({ ...result, approval: { area: true, heads: false } });
    expect(bars.find((b) => b.key === 'agreeHeads')?.met).toBe(false);
  });
});

describe('labels', () => {
  it('cuts percentages instead of rounding them up', () => {
    expect(percent2(300 / 450.01)).toBe('66.66%');
    expect(percent2(0.75)).toBe('75.00%');
  });

  it('names a place below the community', () => {
    expect(
      placeLabel([
        { id: 3, kind: 'community', name: '景华社区' },
        { id: 10, kind: 'compound', name: '怡枫园' },
        { id: 11, kind: 'building', name: '1栋' },
      ]),
    ).toBe('怡枫园 1栋');
    expect(placeLabel([{ id: 3, kind: 'community', name: '景华社区' }])).toBe('景华社区');
  });
});
