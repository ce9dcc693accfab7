import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, DEFAULT_COMMITMENTS, fulfilmentStatus, overallStatus, periodsOf } from './partners';

const year2026 = { startsOn: '2026-01-01', endsOn: '2026-12-31' };

describe('co-building commitments', () => {
  it('defaults to seed 001: an activity a quarter, a practical thing and a dispute a year', () => {
    expect(DEFAULT_COMMITMENTS).toEqual([
      { kind: 'joint_activity', target: 1, period: 'quarter' },
      { kind: 'practical_thing', target: 1, period: 'year' },
      { kind: 'dispute_handled', target: 1, period: 'year' },
    ]);
  });

  it('adds months clamping the day to the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('cuts a year into quarters from the start, the last cut at the end', () => {
    expect(periodsOf('2026-01-01', '2026-12-31', 'quarter')).toEqual([
      { from: '2026-01-01', to: '2026-03-31' },
      { from: '2026-04-01', to: '2026-06-30' },
      { from: '2026-07-01', to: '2026-09-30' },
      { from: '2026-10-01', to: '2026-12-31' },
    ]);
    expect(periodsOf('2026-03-15', '2026-08-01', 'quarter')).toEqual([
      { from: '2026-03-15', to: '2026-06-14' },
      { from: '2026-06-15', to: '2026-08-01' },
    ]);
  });

  it('periods cover the agreement without gaps or overlaps', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 1500 }),
        fc.constantFrom('month', 'quarter', 'year'),
        (s, len, unit) => {
          const startsOn = s.toISOString().slice(0, 10);
          const endsOn = new Date(s.getTime() + len * 86_400_000).toISOString().slice(0, 10);
          const ps = periodsOf(startsOn, endsOn, unit);
          expect(ps[0]!.from).toBe(startsOn);
          expect(ps.at(-1)!.to).toBe(endsOn);
          for (let i = 1; i < ps.length; i++) {
            const next = new Date(Date.parse(`${ps[i - 1]!.to}T00:00:00Z`) + 86_400_000)
              .toISOString()
              .slice(0, 10);
            expect(ps[i]!.from).toBe(next);
          }
        },
      ),
    );
  });

  it('marks each begun quarter met or behind by what was done in it', () => {
    const joint = DEFAULT_COMMITMENTS[0]!;
    const s = fulfilmentStatus(year2026, joint, ['2026-02-10', '2026-08-01'], '2026-08-15');
    expect(s.map((p) => [p.from, p.done, p.status, p.current])).toEqual([
      ['2026-01-01', 1, 'met', false],
      ['2026-04-01', 0, 'behind', false],
      ['2026-07-01', 1, 'met', true],
    ]);
    expect(overallStatus(s)).toBe('behind');
  });

  it('counts a yearly commitment once reached, and nothing outside the agreement', () => {
    const dispute = DEFAULT_COMMITMENTS[2]!;
    expect(fulfilmentStatus(year2026, dispute, ['2025-12-31'], '2026-06-01')[0]!.status).toBe('behind');
    expect(fulfilmentStatus(year2026, dispute, ['2026-05-05'], '2026-06-01')[0]!.status).toBe('met');
    expect(overallStatus(fulfilmentStatus(year2026, dispute, ['2026-05-05'], '2026-06-01'))).toBe('met');
  });

  it('has no status before the agreement begins', () => {
    expect(fulfilmentStatus(year2026, DEFAULT_COMMITMENTS[0]!, [], '2025-06-01')).toEqual([]);
    expect(overallStatus([])).toBeNull();
  });

  it('a target of two needs two in the same period', () => {
    const twice = { kind: 'joint_activity' as const, target: 2, period: 'quarter' as const };
    expect(fulfilmentStatus(year2026, twice, ['2026-01-05', '2026-04-05'], '2026-04-10')[0]!.status).toBe(
      'behind',
    );
    expect(fulfilmentStatus(year2026, twice, ['2026-01-05', '2026-03-05'], '2026-04-10')[0]!.status).toBe(
      'met',
    );
  });
});
