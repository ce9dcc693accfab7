import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { hoursSummary, weeklyHours } from './model';

const t = ((key: string) =>
  key.replace('venues.weekdays.d', 'D').replace('venues.closed', 'closed')) as TFunction;

describe('hoursSummary', () => {
  it('lists each day once with its periods in order', () => {
    expect(
      hoursSummary(t, [
        { weekday: 2, opens: '14:00', closes: '18:00' },
        { weekday: 1, opens: '09:00', closes: '12:00' },
        { weekday: 2, opens: '09:00', closes: '12:00' },
      ]),
    ).toBe('D1 09:00–12:00 · D2 09:00–12:00, 14:00–18:00');
  });
  it('says when a room is never open', () => expect(hoursSummary(t, [])).toBe('closed'));
});

describe('weeklyHours', () => {
  it('gives each chosen day the same hours', () => {
    expect(weeklyHours([1, 6], '09:00', '17:00')).toEqual([
      { weekday: 1, opens: '09:00', closes: '17:00' },
      { weekday: 6, opens: '09:00', closes: '17:00' },
    ]);
  });
});
