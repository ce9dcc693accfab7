import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, endOfLocalDay, localDate, startOfLocalDay } from '../common/local-date';
import {
  CHINA_2026,
  addWorkingDays,
  calendarProblems,
  deadlineFrom,
  isWorkingDay,
  urgency,
  type WorkCalendar,
} from './calendar';

const SH = 'Asia/Shanghai';
const EMPTY: WorkCalendar = { holidays: [], workdays: [] };

/** An instant given as Shanghai wall-clock time, e.g. '2026-03-09T10:00'. */
function sh(wall: string): Date {
  return new Date(`${wall}:00+08:00`);
}

/** The deadline as Shanghai wall-clock time, for readable expectations. */
function shWall(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

describe('isWorkingDay', () => {
  it.each([
    ['2026-03-09', EMPTY, true], // Monday
    ['2026-03-13', EMPTY, true], // Friday
    ['2026-03-14', EMPTY, false], // Saturday
    ['2026-03-15', EMPTY, false], // Sunday
    ['2026-02-14', EMPTY, false], // a Saturday is off without the make-up list
    ['2026-02-14', CHINA_2026, true], // 春节 make-up Saturday
    ['2026-01-04', CHINA_2026, true], // 元旦 make-up Sunday
    ['2026-02-16', CHINA_2026, false], // Monday inside 春节
    ['2026-10-07', CHINA_2026, false], // Wednesday inside 国庆
    ['2026-10-08', CHINA_2026, true], // first day back after 国庆
    ['2026-10-10', CHINA_2026, true], // 国庆 make-up Saturday
    ['2026-10-11', CHINA_2026, false], // the Sunday after it stays off
    ['2026-05-05', CHINA_2026, false], // Tuesday inside 劳动节
    ['2027-01-01', CHINA_2026, true], // the 2026 calendar says nothing about 2027
  ])('%s is a working day: %s', (date, cal, expected) => {
    expect(isWorkingDay(date, cal)).toBe(expected);
  });

  it('treats a date in both lists as a holiday', () => {
    expect(isWorkingDay('2026-03-14', { holidays: ['2026-03-14'], workdays: ['2026-03-14'] })).toBe(false);
  });

  it.each(['2026-02-30', '2026-2-3', '', '2026-03-09T00:00'])('rejects %j', (date) => {
    expect(() => isWorkingDay(date, EMPTY)).toThrow(RangeError);
  });
});

describe('CHINA_2026', () => {
  it('has the notice’s 33 days off and 6 make-up days, all valid', () => {
    expect(CHINA_2026.holidays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(CHINA_2026.workdays).toHaveLength(6);
    expect(calendarProblems(CHINA_2026)).toEqual([]);
  });

  it('makes up only weekend days', () => {
    for (const date of CHINA_2026.workdays) expect(isWorkingDay(date, EMPTY)).toBe(false);
  });

  it('is frozen, so no caller can change the default for everyone', () => {
    expect(Object.isFrozen(CHINA_2026.holidays)).toBe(true);
    expect(Object.isFrozen(CHINA_2026.workdays)).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // start, days, calendar, deadline (Shanghai wall clock)
    ['2026-03-09T10:00', 1, EMPTY, '2026-03-11T00:00'], // Monday → end of Tuesday
    ['2026-03-09T10:00', 3, EMPTY, '2026-03-13T00:00'], // Monday → end of Thursday
    ['2026-03-09T00:00', 1, EMPTY, '2026-03-11T00:00'], // the start day never counts, even from midnight
    ['2026-03-09T23:59', 1, EMPTY, '2026-03-11T00:00'],
    ['2026-03-13T09:00', 1, EMPTY, '2026-03-17T00:00'], // Friday → skips the weekend → end of Monday
    ['2026-03-13T09:00', 5, EMPTY, '2026-03-21T00:00'], // Friday → end of next Friday
    ['2026-03-14T09:00', 1, EMPTY, '2026-03-17T00:00'], // Saturday → end of Monday
    ['2026-02-13T09:00', 1, CHINA_2026, '2026-02-15T00:00'], // Friday → make-up Saturday 14 Feb
    ['2026-02-13T09:00', 2, CHINA_2026, '2026-02-25T00:00'], // … then skips 春节 to Tuesday 24 Feb
    ['2026-02-12T09:00', 3, CHINA_2026, '2026-02-25T00:00'], // 13, 14, 24 Feb
    ['2026-02-24T09:00', 4, CHINA_2026, '2026-03-01T00:00'], // 25, 26, 27 and make-up Saturday 28 Feb
    ['2026-02-18T09:00', 1, CHINA_2026, '2026-02-25T00:00'], // start on a holiday → 24 Feb
    ['2026-10-01T09:00', 1, CHINA_2026, '2026-10-09T00:00'], // start on 国庆 → Thursday 8 Oct
    ['2026-10-01T09:00', 3, CHINA_2026, '2026-10-11T00:00'], // 8, 9 and make-up Saturday 10 Oct
    ['2026-12-31T09:00', 1, CHINA_2026, '2027-01-02T00:00'], // runs past the calendar's year
  ])('%s + %i working days → %s', (start, days, cal, deadline) => {
    expect(shWall(addWorkingDays(sh(start), days, cal, SH))).toBe(deadline);
  });

  it('counts on the calendar of the given time zone', () => {
    // Friday 16:00 in New York is already Saturday 04:00 in Shanghai.
    const start = new Date('2026-03-13T20:00:00Z');
    expect(addWorkingDays(start, 1, EMPTY, 'America/New_York').toISOString()).toBe(
      '2026-03-17T04:00:00.000Z',
    );
    expect(addWorkingDays(start, 1, EMPTY, SH).toISOString()).toBe('2026-03-16T16:00:00.000Z');
    expect(addWorkingDays(start, 1, EMPTY, 'UTC').toISOString()).toBe('2026-03-17T00:00:00.000Z');
  });

  it('ends at local midnight across a daylight-saving change', () => {
    // New York moves to EDT on Sunday 8 March 2026: Friday's deadline ends at Tuesday 00:00 EDT.
    const start = new Date('2026-03-06T15:00:00Z');
    expect(addWorkingDays(start, 1, EMPTY, 'America/New_York').toISOString()).toBe(
      '2026-03-10T04:00:00.000Z',
    );
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s working days', (days) => {
    expect(() => addWorkingDays(sh('2026-03-09T10:00'), days, EMPTY, SH)).toThrow(RangeError);
  });

  it('rejects an invalid start and an unknown zone', () => {
    expect(() => addWorkingDays(new Date(Number.NaN), 1, EMPTY, SH)).toThrow(RangeError);
    expect(() => addWorkingDays(sh('2026-03-09T10:00'), 1, EMPTY, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('deadlineFrom', () => {
  it('adds hours of elapsed time, across midnight', () => {
    expect(shWall(deadlineFrom(sh('2026-03-09T22:00'), { hours: 4 }, CHINA_2026, SH))).toBe(
      '2026-03-10T02:00',
    );
  });

  it('runs an hours limit through weekends and holidays', () => {
    expect(shWall(deadlineFrom(sh('2026-02-15T10:00'), { hours: 48 }, CHINA_2026, SH))).toBe(
      '2026-02-17T10:00',
    );
    expect(shWall(deadlineFrom(sh('2026-03-09T10:00'), { hours: 0.5 }, CHINA_2026, SH))).toBe(
      '2026-03-09T10:30',
    );
  });

  it('counts hours as elapsed time across a daylight-saving change', () => {
    // 23:00 EST on 7 March + 4 h is 04:00 EDT: three wall-clock hours, four real ones.
    const start = new Date('2026-03-08T04:00:00Z');
    expect(deadlineFrom(start, { hours: 4 }, EMPTY, 'America/New_York').toISOString()).toBe(
      '2026-03-08T08:00:00.000Z',
    );
  });

  it('delegates working days to addWorkingDays', () => {
    const start = sh('2026-02-13T09:00');
    expect(deadlineFrom(start, { workingDays: 2 }, CHINA_2026, SH)).toEqual(
      addWorkingDays(start, 2, CHINA_2026, SH),
    );
  });

  it.each([0, -2, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s hours', (hours) => {
    expect(() => deadlineFrom(sh('2026-03-09T10:00'), { hours }, EMPTY, SH)).toThrow(RangeError);
  });

  it('rejects bad working days and an invalid start', () => {
    expect(() => deadlineFrom(sh('2026-03-09T10:00'), { workingDays: 0 }, EMPTY, SH)).toThrow(RangeError);
    expect(() => deadlineFrom(new Date(Number.NaN), { hours: 1 }, EMPTY, SH)).toThrow(RangeError);
  });
});

describe('urgency', () => {
  const start = new Date('2026-03-09T00:00:00Z');
  const deadline = new Date('2026-03-09T10:00:00Z'); // 10 hours
  const at = (ms: number) => new Date(start.getTime() + ms);

  it.each([
    ['at the start', 0, 'ok'],
    ['at 79.9 %', 0.799 * 36_000_000, 'ok'],
    ['1 ms before 80 %', 28_800_000 - 1, 'ok'],
    ['at exactly 80 %', 28_800_000, 'warning'],
    ['at 99 %', 35_640_000, 'warning'],
    ['at exactly the deadline', 36_000_000, 'warning'],
    ['1 ms after the deadline', 36_000_000 + 1, 'overdue'],
    ['a day after the deadline', 36_000_000 + 86_400_000, 'overdue'],
    ['before the start', -1, 'ok'],
  ] as const)('is %s → %s', (_label, ms, expected) => {
    expect(urgency(start, deadline, at(ms))).toBe(expected);
  });

  it('is exact at 80 % where 0.8 × the span does not round cleanly', () => {
    const s = new Date(0);
    const d = new Date(3); // 80 % of 3 ms is 2.4 ms
    expect(urgency(s, d, new Date(2))).toBe('ok');
    expect(urgency(s, d, new Date(3))).toBe('warning');
  });
});

describe('calendarProblems', () => {
  it('accepts an empty calendar and holidays on weekends', () => {
    expect(calendarProblems(EMPTY)).toEqual([]);
    expect(calendarProblems({ holidays: ['2026-03-14', '2026-03-15'], workdays: [] })).toEqual([]);
  });

  it('names every entry that is not a real ISO date', () => {
    const cal = {
      holidays: ['2026-02-30', '2026-05-01', '2026-5-2'],
      workdays: ['', '2026-13-01', '20260509'],
    };
    expect(calendarProblems(cal).map((p) => p.path)).toEqual([
      'holidays[0]',
      'holidays[2]',
      'workdays[0]',
      'workdays[1]',
      'workdays[2]',
    ]);
    expect(calendarProblems(cal)[0]?.message).toContain('2026-02-30');
  });

  it('reports a date in both lists at the make-up day, naming the holiday', () => {
    const problems = calendarProblems({ holidays: ['2026-02-16', '2026-02-14'], workdays: ['2026-02-14'] });
    expect(problems).toEqual([{ path: 'workdays[0]', message: expect.stringContaining('holidays[1]') }]);
  });

  it('reads configuration that is not typed as it should be without throwing', () => {
    const cal = { holidays: [20260101, null], workdays: [] } as unknown as WorkCalendar;
    expect(calendarProblems(cal).map((p) => p.path)).toEqual(['holidays[0]', 'holidays[1]']);
  });
});

// ---- properties -------------------------------------------------------------------------------

const zones = fc.constantFrom(
  SH,
  'UTC',
  'America/New_York',
  'America/Santiago', // skips midnight when it changes clocks
  'Australia/Lord_Howe', // half-hour daylight saving
  'Asia/Kathmandu',
);
const instants = fc.date({
  min: new Date('2025-06-01T00:00:00Z'),
  max: new Date('2027-06-01T00:00:00Z'),
  noInvalidDate: true,
});
const BASE = '2025-06-01';
// Random disjoint holiday and make-up lists around the instants, plus the real 2026 schedule.
const randomCalendars = fc
  .uniqueArray(fc.record({ offset: fc.integer({ min: 0, max: 760 }), holiday: fc.boolean() }), {
    selector: (entry) => entry.offset,
    maxLength: 120,
  })
  .map((entries): WorkCalendar => ({
    holidays: entries.filter((e) => e.holiday).map((e) => addDays(BASE, e.offset)),
    workdays: entries.filter((e) => !e.holiday).map((e) => addDays(BASE, e.offset)),
  }));
const calendars = fc.oneof(fc.constant(CHINA_2026), fc.constant(EMPTY), randomCalendars);
const dayCounts = fc.integer({ min: 1, max: 30 });

describe('addWorkingDays properties', () => {
  it('ends at a local midnight after a working day', () => {
    fc.assert(
      fc.property(instants, dayCounts, calendars, zones, (start, days, cal, zone) => {
        const deadline = addWorkingDays(start, days, cal, zone);
        const date = localDate(deadline, zone);
        expect(deadline).toEqual(startOfLocalDay(date, zone));
        expect(isWorkingDay(addDays(date, -1), cal)).toBe(true);
      }),
    );
  });

  it('leaves exactly `days` working days between the start date and the deadline', () => {
    fc.assert(
      fc.property(instants, dayCounts, calendars, zones, (start, days, cal, zone) => {
        const last = localDate(addWorkingDays(start, days, cal, zone), zone);
        let count = 0;
        for (let date = addDays(localDate(start, zone), 1); date < last; date = addDays(date, 1)) {
          if (isWorkingDay(date, cal)) count += 1;
        }
        expect(count).toBe(days);
      }),
    );
  });

  it('moves strictly later with more working days', () => {
    fc.assert(
      fc.property(instants, dayCounts, dayCounts, calendars, zones, (start, a, b, cal, zone) => {
        fc.pre(a !== b);
        const [fewer, more] = a < b ? [a, b] : [b, a];
        expect(addWorkingDays(start, fewer, cal, zone).getTime()).toBeLessThan(
          addWorkingDays(start, more, cal, zone).getTime(),
        );
      }),
    );
  });

  it('without holidays, 5 working days from a weekday end at midnight after the same weekday next week', () => {
    fc.assert(
      fc.property(instants, zones, (start, zone) => {
        const date = localDate(start, zone);
        fc.pre(isWorkingDay(date, EMPTY));
        const expected = endOfLocalDay(addDays(date, 7), zone).getTime() + 1;
        expect(addWorkingDays(start, 5, EMPTY, zone).getTime()).toBe(expected);
      }),
    );
  });

  it('is never before the start and never earlier than the hours it would take at best', () => {
    fc.assert(
      fc.property(instants, dayCounts, calendars, zones, (start, days, cal, zone) => {
        // At least `days` whole local days lie between start and deadline (±1 h of daylight saving).
        const deadline = addWorkingDays(start, days, cal, zone);
        expect(deadline.getTime() - start.getTime()).toBeGreaterThan(days * 86_400_000 - 3_600_000);
      }),
    );
  });
});

describe('urgency properties', () => {
  it('goes ok → warning → overdue as time passes, never back', () => {
    const rank = { ok: 0, warning: 1, overdue: 2 } as const;
    fc.assert(
      fc.property(
        instants,
        fc.integer({ min: 1, max: 30 * 86_400_000 }),
        fc.integer({ min: -86_400_000, max: 40 * 86_400_000 }),
        fc.integer({ min: 0, max: 86_400_000 }),
        (start, span, offset, step) => {
          const deadline = new Date(start.getTime() + span);
          const now = new Date(start.getTime() + offset);
          const later = new Date(now.getTime() + step);
          expect(rank[urgency(start, deadline, later)]).toBeGreaterThanOrEqual(
            rank[urgency(start, deadline, now)],
          );
        },
      ),
    );
  });
});
