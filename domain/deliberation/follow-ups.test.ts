import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_STATES } from '../events/machine';
import {
  PROGRESS,
  progressOf,
  tallyProgress,
  taskMachine,
  TASK_RELATIONS,
  type TaskRelation,
} from './follow-ups';

const TZ = 'Asia/Shanghai';
// 2026-03-09 10:00 in Shanghai.
const NOW = new Date('2026-03-09T02:00:00Z');

describe('task machine', () => {
  const cases = [
    { action: 'complete', status: 'open', ok: ['owner', 'manager'] },
    { action: 'complete', status: 'done', ok: [] },
    { action: 'reopen', status: 'done', ok: ['manager'] },
    { action: 'reopen', status: 'open', ok: [] },
  ] as const;
  it.each(cases)('$action from $status', ({ action, status, ok }) => {
    for (const r of TASK_RELATIONS) {
      const refusal = taskMachine.refuse(action, { status }, new Set<TaskRelation>([r]));
      if ((ok as readonly string[]).includes(r)) expect(refusal).toBeNull();
      else expect(refusal?.code).toBe(ok.length ? 'forbidden' : 'invalid_transition');
    }
  });
});

describe('progress of a follow-up', () => {
  it('a task is overdue from the local day after its due date', () => {
    expect(progressOf({ kind: 'task', status: 'open', dueOn: '2026-03-09' }, NOW, TZ)).toBe('open');
    expect(progressOf({ kind: 'task', status: 'open', dueOn: '2026-03-08' }, NOW, TZ)).toBe('overdue');
    expect(progressOf({ kind: 'task', status: 'done', dueOn: '2026-01-01' }, NOW, TZ)).toBe('done');
    // 23:59 on the due day in Shanghai is 15:59 UTC: not yet overdue there, though UTC's date is the same.
    const lateEvening = new Date('2026-03-09T15:59:00Z');
    expect(progressOf({ kind: 'task', status: 'open', dueOn: '2026-03-09' }, lateEvening, TZ)).toBe('open');
    expect(
      progressOf({ kind: 'task', status: 'open', dueOn: '2026-03-09' }, new Date('2026-03-09T16:00:00Z'), TZ),
    ).toBe('overdue');
  });

  it('an event follow-up follows its event: closed is done, rejected or cancelled is dropped, past deadline is overdue', () => {
    const past = new Date(NOW.getTime() - 1);
    const future = new Date(NOW.getTime() + 1);
    expect(progressOf({ kind: 'event', eventStatus: 'closed', eventDeadline: past }, NOW, TZ)).toBe('done');
    expect(progressOf({ kind: 'event', eventStatus: 'rejected', eventDeadline: null }, NOW, TZ)).toBe(
      'dropped',
    );
    expect(progressOf({ kind: 'event', eventStatus: 'cancelled', eventDeadline: null }, NOW, TZ)).toBe(
      'dropped',
    );
    expect(progressOf({ kind: 'event', eventStatus: 'in_progress', eventDeadline: past }, NOW, TZ)).toBe(
      'overdue',
    );
    expect(progressOf({ kind: 'event', eventStatus: 'in_progress', eventDeadline: future }, NOW, TZ)).toBe(
      'open',
    );
    // A handled event waits for verification: its clock has stopped.
    expect(progressOf({ kind: 'event', eventStatus: 'handled', eventDeadline: past }, NOW, TZ)).toBe('open');
    expect(progressOf({ kind: 'event', eventStatus: 'reported', eventDeadline: null }, NOW, TZ)).toBe('open');
  });

  it('every event state maps to one progress', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EVENT_STATES), fc.option(fc.date({ noInvalidDate: true })), (s, d) =>
        PROGRESS.includes(progressOf({ kind: 'event', eventStatus: s, eventDeadline: d }, NOW, TZ)),
      ),
    );
  });

  it('tallies add up to the total', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PROGRESS)), (list) => {
        const t = tallyProgress(list);
        return t.total === list.length && t.open + t.overdue + t.done + t.dropped === t.total;
      }),
    );
    expect(tallyProgress(['done', 'overdue', 'done'])).toEqual({
      open: 0,
      overdue: 1,
      done: 2,
      dropped: 0,
      total: 3,
    });
  });
});
