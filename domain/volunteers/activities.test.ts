import { describe, expect, it } from 'vitest';
import {
  activityPhase,
  activityProblems,
  hoursOf,
  minutesServed,
  refuseCheckIn,
  refuseCheckOut,
  refuseSignUp,
  refuseWithdraw,
} from './activities';

const at = (hhmm: string) => new Date(`2026-05-01T${hhmm}:00+08:00`);
const activity = {
  status: 'open' as const,
  startsAt: at('09:00'),
  endsAt: at('11:00'),
  capacity: 2,
  signedUp: 0,
};
const signup = { cancelledAt: null, checkedInAt: null, checkedOutAt: null };

describe('signing up', () => {
  it('is open until the end while places are left', () => {
    expect(refuseSignUp(activity, at('08:00'))).toBeNull();
    expect(refuseSignUp(activity, at('10:59'))).toBeNull();
    expect(refuseSignUp(activity, at('11:00'))?.code).toBe('wrong_state');
    expect(refuseSignUp({ ...activity, signedUp: 2 }, at('08:00'))).toEqual({
      code: 'conflict',
      message: 'the activity is full',
    });
    expect(refuseSignUp({ ...activity, status: 'cancelled' }, at('08:00'))?.code).toBe('wrong_state');
  });

  it('may be withdrawn only before check-in', () => {
    expect(refuseWithdraw(signup)).toBeNull();
    expect(refuseWithdraw({ ...signup, checkedInAt: at('09:00') })?.code).toBe('wrong_state');
    expect(refuseWithdraw({ ...signup, cancelledAt: at('08:00') })?.code).toBe('wrong_state');
  });
});

describe('checking in and out', () => {
  it('opens check-in an hour early and closes it at the end', () => {
    expect(refuseCheckIn(activity, signup, at('07:59'))?.message).toMatch(/not opened/);
    expect(refuseCheckIn(activity, signup, at('08:00'))).toBeNull();
    expect(refuseCheckIn(activity, signup, at('11:00'))?.message).toMatch(/ended/);
    expect(refuseCheckIn(activity, { ...signup, checkedInAt: at('09:00') }, at('09:10'))?.message).toMatch(
      /already/,
    );
    expect(refuseCheckIn(activity, { ...signup, cancelledAt: at('08:00') }, at('09:10'))?.message).toMatch(
      /withdrew/,
    );
  });

  it('checks out only someone checked in, once, up to a day after the end', () => {
    const inside = { ...signup, checkedInAt: at('09:00') };
    expect(refuseCheckOut(activity, signup, at('10:00'))?.message).toMatch(/not checked in/);
    expect(refuseCheckOut(activity, inside, at('10:00'))).toBeNull();
    expect(refuseCheckOut(activity, { ...inside, checkedOutAt: at('10:00') }, at('10:30'))?.message).toMatch(
      /already/,
    );
    expect(
      refuseCheckOut(activity, inside, new Date(at('11:00').getTime() + 25 * 3600_000))?.message,
    ).toMatch(/closed/);
  });

  it('counts only the minutes inside the activity', () => {
    expect(minutesServed(activity, at('08:30'), at('12:00'))).toBe(120);
    expect(minutesServed(activity, at('09:15'), at('10:00'))).toBe(45);
    expect(minutesServed(activity, at('10:00'), at('09:00'))).toBe(0);
    expect(minutesServed(activity, new Date(at('09:00').getTime() + 59_999), at('09:02'))).toBe(1);
    expect(hoursOf(45)).toBe(0.8);
    expect(hoursOf(120)).toBe(2);
  });

  it('knows its phase', () => {
    expect(activityPhase(activity, at('08:59'))).toBe('upcoming');
    expect(activityPhase(activity, at('09:00'))).toBe('running');
    expect(activityPhase(activity, at('11:00'))).toBe('ended');
  });
});

describe('describing an activity', () => {
  it('names the field that is wrong', () => {
    expect(activityProblems({ startsAt: at('09:00'), endsAt: at('09:00'), capacity: 1 })).toEqual([
      { field: 'endsAt', message: 'must be after startsAt' },
    ]);
    expect(activityProblems({ startsAt: at('09:00'), endsAt: at('10:00'), capacity: 0 })[0]?.field).toBe(
      'capacity',
    );
    expect(
      activityProblems({
        startsAt: at('09:00'),
        endsAt: new Date(at('09:00').getTime() + 8 * 86_400_000),
        capacity: 5,
      })[0]?.field,
    ).toBe('endsAt');
    expect(activityProblems({ startsAt: at('09:00'), endsAt: at('10:00'), capacity: 30 })).toEqual([]);
  });
});
