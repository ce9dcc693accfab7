/**
 * The months a period spans (YYYY-MM), so a chart shows a month without meetings as a zero, not a gap.
 * `from` and `to` are local dates, `from` ≤ `to`.
 */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The longest period the stats page reads at once: three years of months. */
export const MAX_STATS_DAYS = 3 * 366;

/** Share of `part` in `whole` with three decimals, or null when there is nothing to divide (never NaN). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;
}

/**
 * The period a stats request reads: `to` defaults to today, `from` to the first day of the month eleven months
 * before (a year of whole months). Returns the problem with the field it concerns when the period is not valid.
 */
export function statsPeriod(
  q: { from?: string | undefined; to?: string | undefined },
  today: string,
): { from: string; to: string } | { field: string; message: string } {
  const to = q.to ?? today;
  let from = q.from;
  if (from === undefined) {
    const y = Number(to.slice(0, 4));
    const m = Number(to.slice(5, 7)) - 11;
    from =
      m >= 1 ? `${y}-${String(m).padStart(2, '0')}-01` : `${y - 1}-${String(m + 12).padStart(2, '0')}-01`;
  }
  if (from > to) return { field: 'querystring.from', message: 'after `to`' };
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days >= MAX_STATS_DAYS) return { field: 'querystring.from', message: `at most ${MAX_STATS_DAYS} days` };
  return { from, to };
}
