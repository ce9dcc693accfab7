import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allResolved,
  DEFAULT_NOTICE_DAYS,
  MAX_NOTICE_DAYS,
  mayResolve,
  noticePhase,
  objectionsOpen,
  periodOfDays,
  periodProblems,
} from './period';

const day = 86_400_000;
const start = new Date('2026-06-01T00:00:00Z');

describe('a notice’s period', () => {
  it('is scheduled before its start, runs from the start and ends at its end', () => {
    const p = periodOfDays(start, 15);
    expect(noticePhase(p, new Date(start.getTime() - 1))).toBe('scheduled');
    expect(noticePhase(p, start)).toBe('running');
    expect(noticePhase(p, new Date(p.endsAt.getTime() - 1))).toBe('running');
    expect(noticePhase(p, p.endsAt)).toBe('ended');
    expect(p.endsAt.getTime() - start.getTime()).toBe(15 * day);
  });

  it('takes objections exactly while it runs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: -100 * day, max: 100 * day }),
        (days, offset) => {
          const p = periodOfDays(start, days);
          const now = new Date(start.getTime() + offset);
          expect(objectionsOpen(p, now)).toBe(now >= p.startsAt && now < p.endsAt);
        },
      ),
    );
  });

  it('must end after it starts, and within a year', () => {
    expect(periodProblems({ startsAt: start, endsAt: start })).toEqual([
      { field: 'endsAt', message: 'must be after startsAt' },
    ]);
    expect(periodProblems({ startsAt: start, endsAt: new Date(start.getTime() - 1) })).toHaveLength(1);
    expect(periodProblems(periodOfDays(start, MAX_NOTICE_DAYS))).toEqual([]);
    expect(
      periodProblems({ startsAt: start, endsAt: new Date(start.getTime() + MAX_NOTICE_DAYS * day + 1) }),
    ).toHaveLength(1);
    expect(periodProblems(periodOfDays(start, DEFAULT_NOTICE_DAYS))).toEqual([]);
  });
});

describe('objections', () => {
  it('are resolved once, and a plan waits until every one is', () => {
    expect(mayResolve('pending')).toBe(true);
    expect(mayResolve('accepted')).toBe(false);
    expect(mayResolve('dismissed')).toBe(false);
    expect(allResolved([])).toBe(true);
    expect(allResolved(['accepted', 'dismissed'])).toBe(true);
    expect(allResolved(['accepted', 'pending'])).toBe(false);
  });
});
