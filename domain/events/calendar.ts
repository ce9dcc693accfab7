// Working-day calendar for event deadlines (DESIGN.md rule 7). Streets count "within 3 working
// days" on the local calendar, skipping weekends and public holidays but counting the make-up
// weekend days (调休) that are worked. Pure and Intl-only: this code also runs in the browser.

import { addDays, daysBetween, isIsoDate, localDate, startOfLocalDay } from '../common/local-date';

/** Holidays (days off that would be working days) and make-up working days (调休: weekend days worked). ISO dates YYYY-MM-DD. */
export interface WorkCalendar {
  holidays: readonly string[];
  workdays: readonly string[];
}

// Every date from `first` to `last` inclusive: a holiday span reads as it does in the notice.
function span(first: string, last: string): string[] {
  return Array.from({ length: daysBetween(first, last) + 1 }, (_, i) => addDays(first, i));
}

/**
 * China's official 2026 schedule (State Council notice), as the default configuration.
 * Operators must check it against the published notice (国务院办公厅关于2026年部分节假日安排的通知)
 * and can override it per street. Holiday spans include the weekend days inside them, which is
 * harmless: a weekend day is off anyway.
 */
export const CHINA_2026: WorkCalendar = Object.freeze({
  holidays: Object.freeze([
    ...span('2026-01-01', '2026-01-03'), // 元旦
    ...span('2026-02-15', '2026-02-23'), // 春节
    ...span('2026-04-04', '2026-04-06'), // 清明
    ...span('2026-05-01', '2026-05-05'), // 劳动节
    ...span('2026-06-19', '2026-06-21'), // 端午
    ...span('2026-09-25', '2026-09-27'), // 中秋
    ...span('2026-10-01', '2026-10-07'), // 国庆
  ]),
  workdays: Object.freeze([
    '2026-01-04', // 元旦
    '2026-02-14', // 春节
    '2026-02-28', // 春节
    '2026-05-09', // 劳动节
    '2026-09-20', // 国庆
    '2026-10-10', // 国庆
  ]),
});

// 1 January 2024 was a Monday; counting from it gives the weekday without a Date in any zone.
const A_MONDAY = '2024-01-01';

function isWeekend(date: string): boolean {
  const weekday = ((daysBetween(A_MONDAY, date) % 7) + 7) % 7; // 0 = Monday
  return weekday >= 5;
}

// Sets built once per computation: addWorkingDays asks about many dates in a row.
function workingDayTest(cal: WorkCalendar): (date: string) => boolean {
  const holidays = new Set(cal.holidays);
  const workdays = new Set(cal.workdays);
  // A holiday always wins, so a date wrongly listed in both lists is a day off (the longer deadline).
  return (date) => !holidays.has(date) && (!isWeekend(date) || workdays.has(date));
}

/** Mon–Fri unless a holiday; Sat/Sun only if listed in workdays. Throws RangeError on a date that is not real. */
export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  if (!isIsoDate(date)) throw new RangeError(`expected a real date written YYYY-MM-DD, got "${date}"`);
  return workingDayTest(cal)(date);
}

function assertInstant(instant: Date, name: string): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError(`${name} is not a valid instant`);
}

/**
 * The deadline `days` working days after `start`: the end (next local midnight) of the `days`-th
 * working day strictly after the local date of `start`. days >= 1 integer.
 */
export function addWorkingDays(start: Date, days: number, cal: WorkCalendar, timeZone: string): Date {
  assertInstant(start, 'start');
  if (!Number.isSafeInteger(days) || days < 1) {
    throw new RangeError(`working days must be a whole number of at least 1, got ${days}`);
  }
  const isWorking = workingDayTest(cal);
  // The day of reporting never counts, however early it was reported: that is how offices count.
  let date = localDate(start, timeZone);
  for (let counted = 0; counted < days;) {
    date = addDays(date, 1);
    if (isWorking(date)) counted += 1;
  }
  // The next day's start rather than 23:59:59.999, so the deadline is a round local midnight.
  return startOfLocalDay(addDays(date, 1), timeZone);
}

/** Deadline from a category's limit: hours are wall-clock hours from start; working days as above. */
export type DeadlineRule = { hours: number } | { workingDays: number };

export function deadlineFrom(start: Date, rule: DeadlineRule, cal: WorkCalendar, timeZone: string): Date {
  if ('workingDays' in rule) return addWorkingDays(start, rule.workingDays, cal, timeZone);
  assertInstant(start, 'start');
  if (!Number.isFinite(rule.hours) || rule.hours <= 0) {
    throw new RangeError(`hours must be a positive number, got ${rule.hours}`);
  }
  // Urgent limits (a burst pipe: 2 hours) run through nights, weekends and holidays alike,
  // and as elapsed time, so a daylight-saving change neither adds nor removes an hour.
  return new Date(start.getTime() + Math.round(rule.hours * 3_600_000));
}

/**
 * 'ok' before 80 % of the time from `start` to `deadline` has passed, 'warning' from 80 % until the
 * deadline, 'overdue' after it (at exactly the deadline it is still 'warning').
 */
export type Urgency = 'ok' | 'warning' | 'overdue';

export function urgency(start: Date, deadline: Date, now: Date): Urgency {
  const elapsed = now.getTime() - start.getTime();
  const allowed = deadline.getTime() - start.getTime();
  if (elapsed > allowed) return 'overdue';
  // Whole milliseconds compared as 5·elapsed ≥ 4·allowed: exact, where 0.8 · allowed would round.
  return elapsed * 5 >= allowed * 4 ? 'warning' : 'ok';
}

/**
 * Validate a calendar from configuration: every entry a real ISO date, no date in both lists,
 * holidays not needed on weekends is fine. Returns list of problems [{path, message}] (empty = valid).
 */
export function calendarProblems(cal: WorkCalendar): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const holidayIndex = new Map<string, number>();
  cal.holidays.forEach((date, i) => {
    if (!isIsoDate(date)) {
      problems.push({ path: `holidays[${i}]`, message: `"${date}" is not a real date written YYYY-MM-DD` });
    } else if (!holidayIndex.has(date)) holidayIndex.set(date, i);
  });
  cal.workdays.forEach((date, i) => {
    const path = `workdays[${i}]`;
    const holiday = holidayIndex.get(date);
    if (!isIsoDate(date)) problems.push({ path, message: `"${date}" is not a real date written YYYY-MM-DD` });
    else if (holiday !== undefined) {
      problems.push({ path, message: `${date} is also a holiday (holidays[${holiday}])` });
    }
  });
  return problems;
}
