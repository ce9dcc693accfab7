import { addDays, daysBetween } from '../common/local-date';

/**
 * How a period of local days is read from the coarse rollups (server/modules/events/stats-coarse.ts): whole
 * months from the per-month rows, the rest from the per-day rows. A month the period only partly covers is read
 * whichever way takes fewer day rows: its covered days added, or the whole month with its uncovered days taken
 * away. So a twelve-month period from a 7th to a 6th reads twelve or thirteen month rows and about a dozen days.
 */
export interface PeriodCover {
  /** The first days of the months whose month rows count. */
  months: string[];
  /** Days whose day rows are added. */
  plusDays: string[];
  /** Days whose day rows are taken away (from a month counted whole). */
  minusDays: string[];
  /** The first days of the first and last months the period touches. */
  firstMonth: string;
  lastMonth: string;
}

export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/** The first day of the month after `month`'s. */
export function nextMonth(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const daysFrom = (from: string, to: string) =>
  Array.from({ length: Math.max(0, daysBetween(from, to) + 1) }, (_, i) => addDays(from, i));

/** The cover of `from`..`to` (both included, `from` ≤ `to`). */
export function coverPeriod(from: string, to: string): PeriodCover {
  const out: PeriodCover = {
    months: [],
    plusDays: [],
    minusDays: [],
    firstMonth: monthOf(from),
    lastMonth: monthOf(to),
  };
  for (let month = out.firstMonth; month <= out.lastMonth; month = nextMonth(month)) {
    const last = addDays(nextMonth(month), -1);
    const start = from > month ? from : month;
    const end = to < last ? to : last;
    const covered = daysBetween(start, end) + 1;
    const length = daysBetween(month, last) + 1;
    if (covered === length) out.months.push(month);
    else if (covered <= length - covered) out.plusDays.push(...daysFrom(start, end));
    else {
      out.months.push(month);
      out.minusDays.push(...daysFrom(month, addDays(start, -1)), ...daysFrom(addDays(end, 1), last));
    }
  }
  return out;
}
