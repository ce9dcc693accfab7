/**
 * The cost-sharing table by floor (RULES.md §2: costs are shared by floor, by agreement). Every household on a floor
 * carries that floor's weight; the budget is split over households in proportion to their weights, in whole cents,
 * by the largest-remainder method, so the table sums to the budget exactly and no household is more than one cent
 * from its exact share.
 */

export interface FloorWeight {
  floor: number;
  /** Relative share of one household on this floor (0 for floors that do not pay, typically the ground floor). */
  weight: number;
  households: number;
}

export interface FloorShare extends FloorWeight {
  /** What the floor's households pay together, in cents. */
  amountCents: number;
  /** What each household pays, in cents: equal, or differing by one cent where the budget does not divide. */
  perHouseholdCents: number[];
}

export type CostProblem =
  | { field: 'budget'; message: string }
  | { field: 'weights'; message: string }
  | { field: `weights.${number}.weight`; message: string };

/** Weights are compared in hundredths, like areas, so a weight of 0.1 is exact. */
const hundredths = (w: number) => Math.round(w * 100);

/** A common starting point (floors pay more the higher they are; the ground floor pays nothing), to be agreed. */
export function defaultWeights(floors: number): number[] {
  return Array.from({ length: floors }, (_, i) =>
    i === 0 ? 0 : Math.round((0.6 + 0.2 * (i - 1)) * 100) / 100,
  );
}

export function costProblems(budgetCents: number, floors: readonly FloorWeight[]): CostProblem[] {
  const out: CostProblem[] = [];
  if (!Number.isSafeInteger(budgetCents) || budgetCents <= 0)
    out.push({ field: 'budget', message: 'a budget above zero, in yuan with at most two decimals' });
  floors.forEach((f, i) => {
    if (!Number.isFinite(f.weight) || f.weight < 0 || Math.abs(f.weight * 100 - hundredths(f.weight)) > 1e-6)
      out.push({
        field: `weights.${i}.weight`,
        message: 'a weight of zero or more, with at most two decimals',
      });
  });
  if (floors.some((f) => !Number.isSafeInteger(f.households) || f.households < 0))
    out.push({ field: 'weights', message: 'households are counted in whole numbers' });
  if (new Set(floors.map((f) => f.floor)).size !== floors.length)
    out.push({ field: 'weights', message: 'each floor once' });
  if (!floors.some((f) => f.households > 0 && hundredths(f.weight) > 0))
    out.push({ field: 'weights', message: 'at least one floor with households must carry a weight' });
  return out;
}

/**
 * Splits `budgetCents` over the floors. Exact in integers (BigInt), so any budget and weights give the same table
 * on every machine. Ties in the remainder go to the higher floor first (it gains most from the elevator), then to
 * the lower household index.
 */
export function shareCosts(budgetCents: number, floors: readonly FloorWeight[]): FloorShare[] {
  const problems = costProblems(budgetCents, floors);
  if (problems.length) throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  const budget = BigInt(budgetCents);
  const slots = floors.flatMap((f, fi) =>
    Array.from({ length: f.households }, (_, hi) => ({
      fi,
      hi,
      floor: f.floor,
      w: BigInt(hundredths(f.weight)),
    })),
  );
  const total = slots.reduce((s, x) => s + x.w, 0n);
  const cents = slots.map((x) => ({ ...x, base: (budget * x.w) / total, rest: (budget * x.w) % total }));
  let left = budget - cents.reduce((s, x) => s + x.base, 0n);
  const order = [...cents].sort((a, b) =>
    a.rest !== b.rest ? (b.rest > a.rest ? 1 : -1) : b.floor - a.floor || a.hi - b.hi,
  );
  for (const x of order) {
    if (left === 0n) break;
    if (x.w === 0n) continue;
    x.base += 1n;
    left -= 1n;
  }
  return floors.map((f, fi) => {
    const mine = cents.filter((x) => x.fi === fi).map((x) => Number(x.base));
    return { ...f, amountCents: mine.reduce((s, x) => s + x, 0), perHouseholdCents: mine };
  });
}

/** Yuan with two decimals (as the API speaks) to whole cents, and back. */
export const toCents = (yuan: number) => Math.round(yuan * 100);
export const toYuan = (cents: number) => cents / 100;
