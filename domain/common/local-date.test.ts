import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addYears,
  daysBetween,
  endOfLocalDay,
  isIsoDate,
  localDate,
  startOfLocalDay,
} from './local-date';

const zones = fc.constantFrom(
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'UTC',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
);
const instants = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2060-01-01T00:00:00Z'),
  noInvalidDate: true,
});

describe('localDate', () => {
  it('reads the calendar date in the zone, not in UTC', () => {
    const instant = new Date('2024-03-01T16:30:00Z');
    expect(localDate(instant)).toBe('2024-03-02');
    expect(localDate(instant, 'UTC')).toBe('2024-03-01');
    expect(localDate(new Date('2024-03-01T15:59:59.999Z'))).toBe('2024-03-01');
  });

  it('rejects an unknown zone', () => {
    expect(() => localDate(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('startOfLocalDay and endOfLocalDay', () => {
  it('are local midnight and the millisecond before the next one', () => {
    expect(startOfLocalDay('2024-03-02').toISOString()).toBe('2024-03-01T16:00:00.000Z');
    expect(endOfLocalDay('2024-03-02').toISOString()).toBe('2024-03-02T15:59:59.999Z');
    expect(startOfLocalDay('2024-03-10', 'America/New_York').toISOString()).toBe('2024-03-10T05:00:00.000Z');
    expect(endOfLocalDay('2024-03-10', 'America/New_York').toISOString()).toBe('2024-03-11T03:59:59.999Z');
  });

  it('starts a day whose midnight is skipped at the first time that exists', () => {
    // Chile moved its clocks from 00:00 to 01:00 on 8 September 2024.
    expect(startOfLocalDay('2024-09-08', 'America/Santiago').toISOString()).toBe('2024-09-08T04:00:00.000Z');
  });

  it('bracket every instant of the day it falls on', () => {
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const date = localDate(instant, zone);
        const start = startOfLocalDay(date, zone);
        const end = endOfLocalDay(date, zone);
        return (
          start <= instant &&
          instant <= end &&
          localDate(start, zone) === date &&
          localDate(end, zone) === date &&
          localDate(new Date(start.getTime() - 1), zone) < date &&
          localDate(new Date(end.getTime() + 1), zone) > date
        );
      }),
    );
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-03-01', '2024-03-08')).toBe(7);
    expect(daysBetween('2024-03-08', '2024-03-01')).toBe(-7);
  });

  it('adds years, turning 29 February into 28 February', () => {
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2021-06-30', 5)).toBe('2026-06-30');
  });

  it('daysBetween undoes addDays', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: -5000, max: 5000 }), (instant, days) => {
        const date = instant.toISOString().slice(0, 10);
        return daysBetween(date, addDays(date, days)) === days;
      }),
    );
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-3-1')).toBe(false);
    expect(() => addDays('2024-13-01', 1)).toThrow(RangeError);
  });
});
