// The art. 278 tally at the scale: a 50,000-house electorate with 40,000 ballots must be tallied in at
// most 200 ms. Pure and in-process (the electorate is frozen, so the server reads two compact columns and tallies).
import { tally, type Choice, type Elector, type Matter } from '../domain/votes/tally';
import { rng } from '../server/demo/registry';
import { report } from './harness';

const CHOICES: Choice[] = ['agree', 'agree', 'agree', 'disagree', 'abstain'];

/** Deterministic: 2 % developer-held, one buyer in twenty holding a second unit, co-owned units. */
function electorate(houses: number, ballots: number) {
  const next = rng(278);
  const electors: Elector[] = [];
  for (let i = 1; i <= houses; i++) {
    const r = next();
    const ownerKey = r < 0.02 ? 'developer' : r < 0.07 ? `people:${Math.floor(i / 2)}` : `people:${i}`;
    electors.push({ houseId: i, area: Math.round((50 + next() * 100) * 100) / 100, ownerKey });
  }
  const rows: { houseId: number; choice: Choice }[] = [];
  for (let i = 1; rows.length < ballots; i++)
    if (next() < ballots / houses || houses - i < ballots - rows.length)
      rows.push({ houseId: i, choice: CHOICES[Math.floor(next() * CHOICES.length)]! });
  return { electors, rows };
}

/**
 * The straightforward version one writes first: floats in m², owners grouped into arrays, one pass per figure.
 * Same answers on this data; measured in the same run as the baseline.
 */
function naiveTally(matter: Matter, electors: Elector[], rows: { houseId: number; choice: Choice }[]) {
  const choiceOf = new Map(rows.map((r) => [r.houseId, r.choice]));
  const voted = electors.filter((e) => choiceOf.has(e.houseId));
  const agreed = voted.filter((e) => choiceOf.get(e.houseId) === 'agree');
  const sum = (es: Elector[]) => es.reduce((s, e) => s + e.area, 0);
  const groups: Record<string, Elector[]> = {};
  for (const e of electors) (groups[e.ownerKey] ??= []).push(e);
  const owners = Object.values(groups);
  const votingOwners = owners.filter((g) => g.some((e) => choiceOf.has(e.houseId)));
  const agreeingOwners = votingOwners.filter(
    (g) =>
      sum(g.filter((e) => choiceOf.get(e.houseId) === 'agree')) * 2 >
      sum(g.filter((e) => choiceOf.has(e.houseId))),
  );
  const threeQuarters = ['fund_raise', 'alteration', 'common_parts_use'].includes(matter);
  const quorum = sum(voted) * 3 >= sum(electors) * 2 - 1e-9 && votingOwners.length * 3 >= owners.length * 2;
  const share = threeQuarters ? 0.75 : 0.5;
  const approves = (agree: number, of: number) =>
    threeQuarters ? agree >= of * share - 1e-9 : agree > of * share;
  return quorum && approves(sum(agreed), sum(voted)) && approves(agreeingOwners.length, votingOwners.length);
}

function medianMs(runs: number, f: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

export function tallyBench(quick: boolean): void {
  const { electors, rows } = electorate(50_000, 40_000);
  const runs = quick ? 7 : 31;
  // The server's path: current ballots come as rows and become the tally's map.
  const real = () => tally('alteration', electors, new Map(rows.map((r) => [r.houseId, r.choice])));
  const naive = () => naiveTally('alteration', electors, rows);
  if (real().passed !== naive()) throw new Error('the tally and the baseline disagree');
  medianMs(3, real);
  medianMs(3, naive);
  const value = medianMs(runs, real);
  const baseline = medianMs(runs, naive);
  report({
    name: 'tally',
    value,
    unit: 'ms',
    baseline,
    ratio: baseline / value,
    note: '50,000 houses, 40,000 ballots, median; goal ≤ 200 ms',
  });
}
