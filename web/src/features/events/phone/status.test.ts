import { describe, expect, it } from 'vitest';
import { EVENT_STATES } from '../../../../../domain/events/machine';
import { PROGRESS_STEPS, progressOf, reachedAt, statusColor, statusHint, timelineWords } from './status';

describe('progressOf', () => {
  it('marks the steps before the current one done and the current one in progress', () => {
    const progress = progressOf('dispatched');
    expect(progress.current).toBe(2);
    expect(progress.steps.map((s) => s.state)).toEqual([
      'finish',
      'finish',
      'process',
      'wait',
      'wait',
      'wait',
    ]);
  });

  it('marks every step done once the report is closed', () => {
    expect(progressOf('closed').steps.every((s) => s.state === 'finish')).toBe(true);
  });

  it('ends a refused or withdrawn report after "submitted"', () => {
    expect(progressOf('rejected').steps).toEqual([
      { status: 'reported', state: 'finish' },
      { status: 'rejected', state: 'error' },
    ]);
    expect(progressOf('cancelled').steps.map((s) => s.status)).toEqual(['reported', 'cancelled']);
  });

  it('has a step for every state', () => {
    for (const status of EVENT_STATES) {
      const progress = progressOf(status);
      expect(progress.steps[progress.current]?.status).toBe(status);
    }
    expect(PROGRESS_STEPS).toHaveLength(6);
  });
});

describe('statusColor', () => {
  it('is green when done, red when refused, grey when withdrawn', () => {
    expect(statusColor('closed')).toBe('success');
    expect(statusColor('rejected')).toBe('error');
    expect(statusColor('cancelled')).toBe('default');
    expect(statusColor('in_progress')).toBe('processing');
  });
});

describe('statusHint', () => {
  it('asks for a rating until the closed report has one', () => {
    expect(statusHint({ status: 'closed', rating: null })).toBe('closed');
    expect(statusHint({ status: 'closed', rating: 4 })).toBe('closedRated');
  });

  it('says so when the work is past its deadline', () => {
    expect(statusHint({ status: 'in_progress', rating: null, urgency: 'overdue' })).toBe('overdue');
    expect(statusHint({ status: 'dispatched', rating: null, urgency: 'warning' })).toBe('dispatched');
    expect(statusHint({ status: 'handled', rating: null, urgency: 'overdue' })).toBe('handled');
  });
});

describe('timelineWords', () => {
  it('words each action, with its score, reason or automatic dispatch', () => {
    expect(timelineWords({ action: 'report', data: {} })).toEqual({ key: 'report' });
    expect(timelineWords({ action: 'dispatch', data: { auto: true } })).toEqual({ key: 'dispatchAuto' });
    expect(timelineWords({ action: 'dispatch', data: { partyId: 'community:3' } })).toEqual({
      key: 'dispatch',
    });
    expect(timelineWords({ action: 'rate', data: { score: 2 } })).toEqual({ key: 'rate', score: 2 });
    expect(timelineWords({ action: 'reject', data: { reason: 'duplicate' } })).toEqual({
      key: 'reject',
      reason: 'duplicate',
    });
    expect(timelineWords({ action: 'reject', data: { reason: 'whatever' } })).toEqual({
      key: 'reject',
      reason: null,
    });
  });

  it('calls an action it does not know an update', () => {
    expect(timelineWords({ action: 'merge', data: {} })).toEqual({ key: 'other' });
    expect(timelineWords({ action: 'rate', data: {} })).toEqual({ key: 'other' });
  });
});

describe('reachedAt', () => {
  it('keeps the last time each status was reached, ignoring messages and ratings', () => {
    const at = (minute: number) => `2026-11-22T02:${String(minute).padStart(2, '0')}:00.000Z`;
    expect(
      reachedAt([
        { fromStatus: null, toStatus: 'reported', at: at(1) },
        { fromStatus: 'reported', toStatus: 'dispatched', at: at(2) },
        { fromStatus: 'dispatched', toStatus: 'dispatched', at: at(3) },
        { fromStatus: 'dispatched', toStatus: 'in_progress', at: at(4) },
        { fromStatus: 'in_progress', toStatus: 'handled', at: at(5) },
        { fromStatus: 'handled', toStatus: 'in_progress', at: at(6) },
      ]),
    ).toEqual({ reported: at(1), dispatched: at(2), in_progress: at(6), handled: at(5) });
  });
});
