import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bookingProblems,
  minutesOf,
  occupancy,
  openingProblems,
  openMinutesInMonth,
  refuseCancel,
  wallClockText,
  wallTime,
  weekdayOf,
  withinOpeningHours,
  type OpeningSlot,
} from './rules';

const TZ = 'Asia/Shanghai';
/** Weekdays 09:00–12:00 and 14:00–21:00, Saturday 09:00–17:00, closed on Sunday. */
const HOURS: OpeningSlot[] = [
  ...([1, 2, 3, 4, 5] as const).flatMap((weekday) => [
    { weekday, opens: '09:00', closes: '12:00' },
    { weekday, opens: '14:00', closes: '21:00' },
  ]),
  { weekday: 6, opens: '09:00', closes: '17:00' },
];
const room = { capacity: 20, active: true, openingHours: HOURS };
// 2026-12-07 is a Monday; +08:00 is Shanghai's offset all year.
const at = (local: string) => new Date(`${local}:00+08:00`);
const now = at('2026-12-06T10:00');

describe('minutesOf', () => {
  it('reads HH:MM and the closing 24:00', () => {
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('09:30')).toBe(570);
    expect(minutesOf('24:00')).toBe(1440);
  });
  it.each(['9:00', '24:01', '12:60', '', 'noon', '25:00'])('refuses %j', (s) => {
    expect(minutesOf(s)).toBeNull();
  });
});

describe('openingProblems', () => {
  it('accepts the usual week', () => expect(openingProblems(HOURS)).toEqual([]));
  it('refuses a period closing before it opens', () => {
    expect(openingProblems([{ weekday: 1, opens: '18:00', closes: '09:00' }])).toEqual([
      { field: 'openingHours.0.closes', message: 'must be after the opening time' },
    ]);
  });
  it('refuses periods of one day that overlap, not those of different days', () => {
    const p = openingProblems([
      { weekday: 2, opens: '09:00', closes: '12:00' },
      { weekday: 3, opens: '10:00', closes: '11:00' },
      { weekday: 2, opens: '11:30', closes: '13:00' },
    ]);
    expect(p).toEqual([
      { field: 'openingHours.2.opens', message: 'overlaps another period of the same day' },
    ]);
  });
  it('lets one period end where the next begins', () => {
    expect(
      openingProblems([
        { weekday: 2, opens: '09:00', closes: '12:00' },
        { weekday: 2, opens: '12:00', closes: '13:00' },
      ]),
    ).toEqual([]);
  });
  it('refuses 24:00 as an opening time and malformed times', () => {
    expect(openingProblems([{ weekday: 1, opens: '24:00', closes: '24:00' }]).map((p) => p.field)).toContain(
      'openingHours.0.opens',
    );
    expect(openingProblems([{ weekday: 1, opens: '9:00', closes: '10:00' }]).map((p) => p.field)).toEqual([
      'openingHours.0.opens',
    ]);
  });
});

describe('wall time', () => {
  it('knows weekdays and local minutes', () => {
    expect(weekdayOf('2026-12-07')).toBe(1);
    expect(weekdayOf('2026-12-13')).toBe(7);
    expect(wallTime(at('2026-12-07T09:15'), TZ)).toEqual({ date: '2026-12-07', weekday: 1, minutes: 555 });
  });
});

describe('withinOpeningHours', () => {
  it('accepts a booking inside one period', () => {
    expect(withinOpeningHours(HOURS, at('2026-12-07T09:00'), at('2026-12-07T12:00'), TZ)).toBe(true);
    expect(withinOpeningHours(HOURS, at('2026-12-12T15:00'), at('2026-12-12T17:00'), TZ)).toBe(true);
  });
  it('refuses one spanning the lunch break, starting early, ending late, or on a closed day', () => {
    expect(withinOpeningHours(HOURS, at('2026-12-07T11:00'), at('2026-12-07T15:00'), TZ)).toBe(false);
    expect(withinOpeningHours(HOURS, at('2026-12-07T08:45'), at('2026-12-07T10:00'), TZ)).toBe(false);
    expect(withinOpeningHours(HOURS, at('2026-12-07T20:00'), at('2026-12-07T21:15'), TZ)).toBe(false);
    expect(withinOpeningHours(HOURS, at('2026-12-13T10:00'), at('2026-12-13T11:00'), TZ)).toBe(false);
  });
  it('lets a booking run to midnight when the room is open until 24:00, but not past it', () => {
    const late: OpeningSlot[] = [{ weekday: 1, opens: '20:00', closes: '24:00' }];
    expect(withinOpeningHours(late, at('2026-12-07T22:00'), at('2026-12-08T00:00'), TZ)).toBe(true);
    expect(withinOpeningHours(late, at('2026-12-07T22:00'), at('2026-12-08T00:15'), TZ)).toBe(false);
  });
  it('reads the hours on the wall clock of the zone, not UTC', () => {
    // 09:00 in Shanghai is 01:00 UTC; in UTC the same instant would be before opening.
    expect(withinOpeningHours(HOURS, at('2026-12-07T09:00'), at('2026-12-07T10:00'), 'UTC')).toBe(false);
  });
});

describe('bookingProblems', () => {
  const b = (start: string, end: string, attendees = 5) => ({
    startsAt: at(start),
    endsAt: at(end),
    attendees,
  });
  it('accepts a booking that fits', () => {
    expect(bookingProblems(room, b('2026-12-07T14:00', '2026-12-07T16:00'), now, TZ)).toEqual([]);
  });
  it('refuses the past', () => {
    expect(bookingProblems(room, b('2026-12-05T14:00', '2026-12-05T16:00'), now, TZ)).toEqual([
      { field: 'startsAt', message: 'cannot book a time in the past' },
    ]);
  });
  it('refuses more people than the room holds, and accepts exactly as many', () => {
    expect(bookingProblems(room, b('2026-12-07T14:00', '2026-12-07T16:00', 21), now, TZ)).toEqual([
      { field: 'attendees', message: 'the room holds at most 20 people' },
    ]);
    expect(bookingProblems(room, b('2026-12-07T14:00', '2026-12-07T16:00', 20), now, TZ)).toEqual([]);
  });
  it('refuses an end before the start, odd minutes, far-ahead dates, closed rooms and closed hours', () => {
    expect(bookingProblems(room, b('2026-12-07T16:00', '2026-12-07T14:00'), now, TZ)[0]?.field).toBe(
      'endsAt',
    );
    expect(bookingProblems(room, b('2026-12-07T14:05', '2026-12-07T16:00'), now, TZ)[0]?.field).toBe(
      'startsAt',
    );
    expect(bookingProblems(room, b('2027-03-01T14:00', '2027-03-01T16:00'), now, TZ)[0]?.message).toMatch(
      /days ahead/,
    );
    expect(
      bookingProblems({ ...room, active: false }, b('2026-12-07T14:00', '2026-12-07T16:00'), now, TZ),
    ).toEqual([{ field: 'roomId', message: 'this room is closed for bookings' }]);
    expect(bookingProblems(room, b('2026-12-07T12:00', '2026-12-07T13:00'), now, TZ)).toEqual([
      { field: 'startsAt', message: 'the room is not open for the whole of this time' },
    ]);
  });
  it('never accepts a booking outside the weekly hours (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 * 96 - 1 }), fc.integer({ min: 1, max: 16 }), (q, len) => {
        const startsAt = new Date(at('2026-12-07T00:00').getTime() + q * 15 * 60_000);
        const endsAt = new Date(startsAt.getTime() + len * 15 * 60_000);
        const ok = bookingProblems(room, { startsAt, endsAt, attendees: 1 }, now, TZ).length === 0;
        const s = wallTime(startsAt, TZ);
        const e = wallTime(endsAt, TZ);
        const inside = HOURS.some(
          (h) =>
            h.weekday === s.weekday &&
            e.date === s.date &&
            minutesOf(h.opens)! <= s.minutes &&
            e.minutes <= minutesOf(h.closes)!,
        );
        expect(ok).toBe(inside);
      }),
    );
  });
});

describe('occupancy arithmetic', () => {
  it('counts the open minutes of a month by weekday', () => {
    // December 2026: 23 weekdays (10 h each), 4 Saturdays (8 h), 4 Sundays (closed).
    expect(openMinutesInMonth(HOURS, '2026-12')).toBe((23 * 10 + 4 * 8) * 60);
    // February 2027 has 28 days: 20 weekdays and 4 Saturdays.
    expect(openMinutesInMonth(HOURS, '2027-02')).toBe((20 * 10 + 4 * 8) * 60);
    expect(openMinutesInMonth([], '2026-12')).toBe(0);
  });
  it('gives the booked share, and none for a room never open', () => {
    expect(occupancy(90, 600)).toBe(0.15);
    expect(occupancy(1, 3)).toBe(0.333);
    expect(occupancy(0, 600)).toBe(0);
    expect(occupancy(60, 0)).toBeNull();
  });
  it('stays between 0 and 1 when bookings lie inside the open time (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (open, f) => {
          const o = occupancy(Math.floor(open * f), open)!;
          expect(o).toBeGreaterThanOrEqual(0);
          expect(o).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('refuseCancel', () => {
  it('lets a confirmed booking be cancelled before it begins only', () => {
    expect(refuseCancel({ status: 'confirmed', startsAt: at('2026-12-07T14:00') }, now)).toBeNull();
    expect(refuseCancel({ status: 'confirmed', startsAt: at('2026-12-06T09:00') }, now)?.code).toBe(
      'wrong_state',
    );
    expect(refuseCancel({ status: 'cancelled', startsAt: at('2026-12-07T14:00') }, now)?.message).toMatch(
      /already cancelled/,
    );
  });
});

describe('wallClockText', () => {
  it('writes the instant on the zone wall clock', () => {
    expect(wallClockText(at('2026-12-07T09:05'), TZ)).toBe('2026-12-07 09:05');
    expect(wallClockText(at('2026-12-07T09:05'), 'UTC')).toBe('2026-12-07 01:05');
  });
});
