/**
 * The trend of disputes the seeds report (seed 001: property disputes down 65.1 %): counts per month compared with
 * the same months a year earlier. Pure: the server counts the months, this compares them.
 */

/**
 * The change from `previous` to `current` as a percentage to one decimal (−65.1 for a fall of 65.1 %); null when
 * there was nothing before to compare with.
 */
export function changeRate(current: number, previous: number): number | null {
  if (previous === 0) return null;
  // `|| 0` turns a rounded −0 into 0, so a change too small to show reads as no change.
  return Math.round(((current - previous) / previous) * 1000) / 10 || 0;
}

/** `part` of `whole` as a percentage to one decimal (an agreement rate); null when there is no whole. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/** `YYYY-MM` of the month `delta` months from `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The `count` months ending with `last`, oldest first. */
export const monthsEnding = (last: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => shiftMonth(last, i - count + 1));

export interface TrendMonth {
  month: string;
  count: number;
  /** The same month a year earlier. */
  previous: number;
  rate: number | null;
}

/**
 * Each of the `count` months ending with `last` against the same month of the year before, and the whole window
 * against the whole window a year earlier (the figure a report quotes).
 */
export function yearOverYear(
  counts: ReadonlyMap<string, number>,
  last: string,
  count = 12,
): { months: TrendMonth[]; total: number; previousTotal: number; rate: number | null } {
  const months = monthsEnding(last, count).map((month) => {
    const n = counts.get(month) ?? 0;
    const previous = counts.get(shiftMonth(month, -12)) ?? 0;
    return { month, count: n, previous, rate: changeRate(n, previous) };
  });
  const total = months.reduce((s, m) => s + m.count, 0);
  const previousTotal = months.reduce((s, m) => s + m.previous, 0);
  return { months, total, previousTotal, rate: changeRate(total, previousTotal) };
}
