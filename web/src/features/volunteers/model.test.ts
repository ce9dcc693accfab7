import { describe, expect, it } from 'vitest';
import { activityState, checkLink, thisMonth, timeRange } from './model';

describe('volunteer display rules', () => {
  it('shows cancelled over the phase', () => {
    expect(activityState({ status: 'cancelled', phase: 'upcoming' })).toBe('cancelled');
    expect(activityState({ status: 'open', phase: 'running' })).toBe('running');
  });

  it('writes a time range on one day compactly', () => {
    const r = timeRange({ startsAt: '2026-05-01T01:00:00Z', endsAt: '2026-05-01T03:00:00Z' });
    expect(r).toMatch(/^2026-05-01 \d\d:00–\d\d:00$/);
  });

  it('names the month and the QR link', () => {
    expect(thisMonth(new Date(2026, 0, 15))).toBe('2026-01');
    expect(checkLink('https://x', 7, 'in', '012345')).toBe(
      'https://x/m/volunteers/check?activity=7&action=in&code=012345',
    );
  });
});
