import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvalRule, MATTERS, tally, type Choice, type Elector } from './tally';

/** `n` units of `area` m², each its own owner. */
const units = (n: number, area = 100): Elector[] =>
  Array.from({ length: n }, (_, i) => ({ houseId: i + 1, area, ownerKey: `o${i + 1}` }));
const cast = (pairs: [number, Choice][]) => new Map(pairs);
const agreeing = (ids: number[], rest: Choice = 'disagree', upTo = ids.length) =>
  cast(Array.from({ length: upTo }, (_, i) => [i + 1, ids.includes(i + 1) ? 'agree' : rest]));

describe('approval rule by matter (art. 278)', () => {
  it('needs 3/4 for raising the fund, altering buildings and using common parts; more than half otherwise', () => {
    expect(MATTERS.filter((m) => approvalRule(m) === 'at_least_three_quarters')).toEqual([
      'fund_raise',
      'alteration',
      'common_parts_use',
    ]);
    expect(approvalRule('committee_election')).toBe('more_than_half');
  });
});

describe('quorum: at least 2/3 of area and of owners take part', () => {
  it('is met at exactly 2/3 (以上 includes the boundary) and missed just below', () => {
    const six = units(6);
    expect(tally('committee_election', six, agreeing([1, 2, 3, 4], 'agree', 4)).quorum.met).toBe(true);
    expect(tally('committee_election', six, agreeing([1, 2, 3], 'agree', 3)).quorum.met).toBe(false);
  });

  it('needs both measures: two thirds of the area held by too few owners is not enough', () => {
    const e: Elector[] = [
      { houseId: 1, area: 400, ownerKey: 'big' },
      { houseId: 2, area: 50, ownerKey: 'a' },
      { houseId: 3, area: 50, ownerKey: 'b' },
      { houseId: 4, area: 50, ownerKey: 'c' },
      { houseId: 5, area: 50, ownerKey: 'd' },
    ];
    const t = tally('committee_election', e, cast([[1, 'agree']]));
    expect(t.quorum).toEqual({ area: true, heads: false, met: false });
    expect(t.passed).toBe(false);
  });
});

describe('approval among participants', () => {
  it('more than half is strict: exactly half fails', () => {
    const t = tally('committee_election', units(4), agreeing([1, 2], 'disagree', 4));
    expect(t.quorum.met).toBe(true);
    expect(t.approval).toEqual({ area: false, heads: false });
    expect(tally('committee_election', units(4), agreeing([1, 2, 3], 'disagree', 4)).passed).toBe(true);
  });

  it('at least 3/4 includes the boundary', () => {
    expect(tally('alteration', units(4), agreeing([1, 2, 3], 'disagree', 4)).passed).toBe(true);
    expect(tally('alteration', units(8), agreeing([1, 2, 3, 4, 5], 'disagree', 8)).passed).toBe(false);
  });

  it('counts an abstention as taking part without agreeing', () => {
    const t = tally('committee_election', units(4), agreeing([1, 2], 'abstain', 4));
    expect(t.area).toEqual({ total: 400, participating: 400, agree: 200 });
    expect(t.passed).toBe(false);
  });

  it('decides areas exactly, in hundredths of a square metre', () => {
    const e: Elector[] = [
      { houseId: 1, area: 33.33, ownerKey: 'a' },
      { houseId: 2, area: 33.33, ownerKey: 'b' },
      { houseId: 3, area: 33.34, ownerKey: 'c' },
    ];
    const t = tally(
      'committee_election',
      e,
      cast([
        [1, 'agree'],
        [2, 'agree'],
      ]),
    );
    expect(t.area).toEqual({ total: 100, participating: 66.66, agree: 66.66 });
    expect(t.quorum.area).toBe(false);
  });
});

describe('headcount (SPC interpretation 2020, arts. 8–9)', () => {
  it("counts the developer's unsold units as one owner and a buyer of several units as one", () => {
    const e: Elector[] = [
      { houseId: 1, area: 90, ownerKey: 'developer' },
      { houseId: 2, area: 90, ownerKey: 'developer' },
      { houseId: 3, area: 90, ownerKey: 'developer' },
      { houseId: 4, area: 90, ownerKey: 'buyer' },
      { houseId: 5, area: 90, ownerKey: 'buyer' },
      { houseId: 6, area: 90, ownerKey: 'co-owners-6' },
    ];
    const t = tally(
      'committee_election',
      e,
      cast([
        [4, 'agree'],
        [5, 'agree'],
        [6, 'agree'],
      ]),
    );
    expect(t.heads).toEqual({ total: 3, participating: 2, agree: 2 });
    expect(t.area.participating).toBe(270);
  });

  it('takes a split owner as agreeing only when most of the area they voted with agrees', () => {
    const e: Elector[] = [
      { houseId: 1, area: 120, ownerKey: 'x' },
      { houseId: 2, area: 60, ownerKey: 'x' },
    ];
    expect(
      tally(
        'other_major',
        e,
        cast([
          [1, 'agree'],
          [2, 'disagree'],
        ]),
      ).heads.agree,
    ).toBe(1);
    expect(
      tally(
        'other_major',
        e,
        cast([
          [1, 'disagree'],
          [2, 'agree'],
        ]),
      ).heads.agree,
    ).toBe(0);
  });
});

describe('non-participants deemed to agree (a convention option, off by default)', () => {
  it('counts silent units as agreeing only when the vote says so, and reports how many', () => {
    const ballots = cast([[1, 'agree']]);
    expect(tally('fund_use', units(3), ballots).passed).toBe(false);
    const deemed = tally('fund_use', units(3), ballots, { nonParticipantsAgree: true });
    expect(deemed).toMatchObject({ passed: true, deemedAgreeing: 2 });
  });
});

describe('properties', () => {
  const electorate = fc
    .array(
      fc.record({
        area: fc.integer({ min: 1, max: 30_000 }).map((x) => x / 100),
        owner: fc.integer({ min: 0, max: 8 }),
      }),
      {
        minLength: 1,
        maxLength: 30,
      },
    )
    .map((xs) => xs.map((x, i) => ({ houseId: i + 1, area: x.area, ownerKey: `o${x.owner}` })));
  const choice = fc.constantFrom<Choice | undefined>('agree', 'disagree', 'abstain', undefined);

  it('turning one ballot into "agree" never turns a passed vote into a failed one', () => {
    fc.assert(
      fc.property(
        electorate,
        fc.array(choice, { minLength: 30, maxLength: 30 }),
        fc.nat(29),
        fc.constantFrom(...MATTERS),
        (e, cs, k, m) => {
          const ballots = new Map<number, Choice>();
          e.forEach((u, i) => cs[i] && ballots.set(u.houseId, cs[i]));
          const before = tally(m, e, ballots);
          const target = e[k % e.length]!.houseId;
          const after = tally(m, e, new Map(ballots).set(target, 'agree'));
          return !before.passed || after.passed;
        },
      ),
    );
  });

  it('never counts more participants than electors, nor more agreeing than participants', () => {
    fc.assert(
      fc.property(electorate, fc.array(choice, { minLength: 30, maxLength: 30 }), (e, cs) => {
        const ballots = new Map<number, Choice>();
        e.forEach((u, i) => cs[i] && ballots.set(u.houseId, cs[i]));
        const t = tally('committee_election', e, ballots);
        return (
          t.area.agree <= t.area.participating &&
          t.area.participating <= t.area.total + 1e-9 &&
          t.heads.agree <= t.heads.participating &&
          t.heads.participating <= t.heads.total
        );
      }),
    );
  });
});
