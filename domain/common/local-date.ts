// Calendar days in a time zone, for deadlines counted in days (RULES.md §1, §3). Residents,
// landlords and streets count days on the local calendar, so "within 7 days" ends at local
// midnight, not 7×24 hours after an instant. Intl only: this code also runs in the browser.

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

// Constructing a formatter is costly and imports evaluate thousands of rows in one go.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(instant: number, timeZone: string): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return fields;
}

function field(fields: Record<string, number>, name: string): number {
  const value = fields[name];
  if (value === undefined) throw new RangeError(`Intl did not report the ${name}`);
  return value;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function parseIsoDate(date: string): readonly [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (match !== null) {
    const parts = [Number(match[1]), Number(match[2]), Number(match[3])] as const;
    // Date.UTC rolls 31 April over to 1 May; a date that does not survive the round trip is not real.
    const roundTrip = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])).toISOString().slice(0, 10);
    if (roundTrip === date) return parts;
  }
  throw new RangeError(`expected a real date written YYYY-MM-DD, got "${date}"`);
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) an instant falls on in the zone. */
export function localDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const fields = wallClock(instant.getTime(), timeZone);
  return `${pad(field(fields, 'year'), 4)}-${pad(field(fields, 'month'), 2)}-${pad(field(fields, 'day'), 2)}`;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = parseIsoDate(date);
  const target = new Date(Date.UTC(year + years, month - 1, day));
  return target.getUTCDate() === day
    ? target.toISOString().slice(0, 10)
    : new Date(Date.UTC(year + years, month, 0)).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parseIsoDate(from);
  const [y2, m2, d2] = parseIsoDate(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

// Offset of the zone's wall clock from UTC at an instant, to the second.
function offsetAt(instant: number, timeZone: string): number {
  const f = wallClock(instant, timeZone);
  const wall = Date.UTC(
    field(f, 'year'),
    field(f, 'month') - 1,
    field(f, 'day'),
    field(f, 'hour'),
    field(f, 'minute'),
    field(f, 'second'),
  );
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The first instant of a local calendar day. Where a daylight-saving change skips midnight the
 * day starts at the first wall-clock time that exists, so both offsets around the change are tried.
 */
export function startOfLocalDay(date: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const [year, month, day] = parseIsoDate(date);
  const wallMidnight = Date.UTC(year, month - 1, day);
  const first = wallMidnight - offsetAt(wallMidnight, timeZone);
  const second = wallMidnight - offsetAt(first, timeZone);
  const starts = [first, second].filter((t) => localDate(new Date(t), timeZone) === date);
  if (starts.length === 0) throw new RangeError(`${date} has no start in ${timeZone}`);
  return new Date(Math.min(...starts));
}

/** The last millisecond of a local calendar day, so "on or before" is a plain comparison. */
export function endOfLocalDay(date: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  return new Date(startOfLocalDay(addDays(date, 1), timeZone).getTime() - 1);
}

/** The wall-clock time (HH:MM) an instant shows in the zone. */
export function localTime(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const fields = wallClock(instant.getTime(), timeZone);
  return `${pad(field(fields, 'hour'), 2)}:${pad(field(fields, 'minute'), 2)}`;
}
