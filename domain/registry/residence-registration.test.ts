import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  REPORTERS_BY_STAY,
  SHENZHEN_REGISTRATION_RULES,
  STAY_KINDS,
  awaitsRegistration,
  registrationDeadline,
  registrationStatus,
  tenantNoticeDeadline,
} from './residence-registration';
import type { StayKind } from './residence-registration';

// 10:00 on 1 March 2024 in Shenzhen.
const movedInAt = new Date('2024-03-01T02:00:00Z');
const at = (iso: string) => new Date(iso);

const kinds = fc.constantFrom(...STAY_KINDS);
const instants = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2050-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const zones = fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/London');

describe('registrationDeadline', () => {
  it('gives ordinary rentals to the end of the 7th day after the move, Shenzhen time', () => {
    expect(registrationDeadline('ordinary_rental', movedInAt).toISOString()).toBe('2024-03-08T15:59:59.999Z');
  });

  it('counts calendar days in Shenzhen even when the move is late at night UTC-wise', () => {
    // 23:30 on 1 March in Shenzhen is still 1 March there, although it is 15:30Z.
    expect(registrationDeadline('ordinary_rental', at('2024-03-01T15:30:00Z')).toISOString()).toBe(
      '2024-03-08T15:59:59.999Z',
    );
    // 00:30 on 2 March in Shenzhen is 1 March in UTC.
    expect(registrationDeadline('ordinary_rental', at('2024-03-01T16:30:00Z')).toISOString()).toBe(
      '2024-03-09T15:59:59.999Z',
    );
  });

  it('takes the zone as a parameter', () => {
    expect(registrationDeadline('ordinary_rental', movedInAt, { timeZone: 'UTC' }).toISOString()).toBe(
      '2024-03-08T23:59:59.999Z',
    );
  });

  it('wants hourly or daily rentals and hotels reported at once', () => {
    expect(registrationDeadline('hourly_or_daily_rental', movedInAt)).toEqual(movedInAt);
    expect(registrationDeadline('hotel', movedInAt)).toEqual(movedInAt);
  });

  it('gives other reporters 15 days', () => {
    expect(registrationDeadline('other', movedInAt).toISOString()).toBe('2024-03-16T15:59:59.999Z');
    expect(registrationDeadline('employer_dormitory', movedInAt).toISOString()).toBe(
      '2024-03-16T15:59:59.999Z',
    );
  });

  it('follows rules a city configures', () => {
    const rules = { ...SHENZHEN_REGISTRATION_RULES, ordinary_rental: { reportWithin: { days: 30 } } };
    expect(registrationDeadline('ordinary_rental', movedInAt, { rules }).toISOString()).toBe(
      '2024-03-31T15:59:59.999Z',
    );
  });

  it('gives a tenant 3 days to tell the landlord', () => {
    expect(tenantNoticeDeadline(movedInAt).toISOString()).toBe('2024-03-04T15:59:59.999Z');
  });

  it('names who reports each kind of stay', () => {
    expect(REPORTERS_BY_STAY.ordinary_rental).toContain('landlord');
    expect(REPORTERS_BY_STAY.employer_dormitory).toEqual(['employer']);
    expect(REPORTERS_BY_STAY.hotel).toEqual(['hotel']);
  });
});

describe('registrationStatus', () => {
  const base = { kind: 'ordinary_rental' as StayKind, movedInAt, registeredAt: null };

  it('is pending until the deadline and overdue after it', () => {
    expect(registrationStatus({ ...base, now: at('2024-03-08T15:59:59.999Z') }).status).toBe('pending');
    expect(registrationStatus({ ...base, now: at('2024-03-08T16:00:00Z') })).toEqual({
      status: 'overdue',
      deadline: at('2024-03-08T15:59:59.999Z'),
      daysOverdue: 1,
      registered: false,
    });
    expect(registrationStatus({ ...base, now: at('2024-03-20T02:00:00Z') })).toMatchObject({
      daysOverdue: 12,
    });
  });

  it('is registered when reported in time, and stays overdue on the record when reported late', () => {
    const now = at('2024-04-01T00:00:00Z');
    expect(registrationStatus({ ...base, registeredAt: at('2024-03-05T01:00:00Z'), now }).status).toBe(
      'registered',
    );
    const late = registrationStatus({ ...base, registeredAt: at('2024-03-10T01:00:00Z'), now });
    expect(late).toMatchObject({ status: 'overdue', daysOverdue: 2, registered: true });
    expect(awaitsRegistration(late)).toBe(false);
  });

  it('counts an at-once report made later the same day as 0 days overdue', () => {
    const status = registrationStatus({
      kind: 'hotel',
      movedInAt,
      registeredAt: at('2024-03-01T03:00:00Z'),
      now: at('2024-03-01T04:00:00Z'),
    });
    expect(status).toMatchObject({ status: 'overdue', daysOverdue: 0, registered: true });
  });

  it('exempts other stays shorter than 15 days, but not rentals', () => {
    const now = at('2024-04-30T00:00:00Z');
    const shortStay = { movedInAt, movedOutAt: at('2024-03-14T02:00:00Z'), registeredAt: null, now };
    expect(registrationStatus({ ...shortStay, kind: 'other' }).status).toBe('exempt');
    expect(
      registrationStatus({ ...shortStay, kind: 'other', movedOutAt: at('2024-03-16T02:00:00Z') }).status,
    ).toBe('overdue');
    expect(registrationStatus({ ...shortStay, kind: 'ordinary_rental' }).status).toBe('overdue');
    // Still living there: the stay may yet reach 15 days, so the deadline applies.
    expect(registrationStatus({ ...shortStay, kind: 'other', movedOutAt: null }).status).toBe('overdue');
  });

  it('lists for the building leader what is still unregistered', () => {
    const now = at('2024-03-20T00:00:00Z');
    expect(awaitsRegistration(registrationStatus({ ...base, now }))).toBe(true);
    expect(awaitsRegistration(registrationStatus({ ...base, now: movedInAt }))).toBe(true);
    expect(awaitsRegistration(registrationStatus({ ...base, registeredAt: movedInAt, now }))).toBe(false);
  });

  it('never calls a registration on or before the deadline overdue', () => {
    fc.assert(
      fc.property(
        kinds,
        instants,
        fc.nat(30 * 86_400_000),
        instants,
        zones,
        (kind, moved, before, now, timeZone) => {
          const deadline = registrationDeadline(kind, moved, { timeZone });
          const registeredAt = new Date(deadline.getTime() - before);
          const status = registrationStatus({ kind, movedInAt: moved, registeredAt, now }, { timeZone });
          return status.status === 'registered';
        },
      ),
    );
  });

  it('always calls a registration after the deadline overdue, by at least 1 day unless due at once', () => {
    fc.assert(
      fc.property(
        kinds,
        instants,
        fc.integer({ min: 1, max: 400 * 86_400_000 }),
        instants,
        zones,
        (kind, moved, after, now, timeZone) => {
          const deadline = registrationDeadline(kind, moved, { timeZone });
          const registeredAt = new Date(deadline.getTime() + after);
          const status = registrationStatus({ kind, movedInAt: moved, registeredAt, now }, { timeZone });
          if (status.status !== 'overdue' || !status.registered) return false;
          const atOnce = SHENZHEN_REGISTRATION_RULES[kind].reportWithin === 'at_once';
          return status.daysOverdue >= (atOnce ? 0 : 1);
        },
      ),
    );
  });

  it('without a registration is pending exactly until the deadline', () => {
    fc.assert(
      fc.property(kinds, instants, instants, (kind, moved, now) => {
        const status = registrationStatus({ kind, movedInAt: moved, registeredAt: null, now });
        const deadline = registrationDeadline(kind, moved);
        return status.status === (now <= deadline ? 'pending' : 'overdue');
      }),
    );
  });
});
