// Residence registration deadlines (居住登记), Shenzhen Special Zone Residence Permit Regulation
// (RULES.md §3). Other cities differ, so the rules are a parameter with Shenzhen as the default.
import { DEFAULT_TIME_ZONE, addDays, daysBetween, endOfLocalDay, localDate } from '../common/local-date';

export const STAY_KINDS = [
  'ordinary_rental',
  'hourly_or_daily_rental',
  'hotel',
  'employer_dormitory',
  'other',
] as const;
export type StayKind = (typeof STAY_KINDS)[number];

/** `house_manager` manages a house for its owner and reports in the landlord's place. */
export const REPORTER_KINDS = ['landlord', 'house_manager', 'employer', 'hotel', 'other'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

export const REPORTERS_BY_STAY: Readonly<Record<StayKind, readonly ReporterKind[]>> = {
  ordinary_rental: ['landlord', 'house_manager'],
  hourly_or_daily_rental: ['landlord', 'house_manager'],
  hotel: ['hotel'],
  employer_dormitory: ['employer'],
  other: ['other'],
};

/** `exemptUnderDays`: a stay shorter than this many calendar days needs no registration. */
export type StayRule = { reportWithin: 'at_once' | { days: number }; exemptUnderDays?: number };
export type RegistrationRules = Readonly<Record<StayKind, StayRule>>;

export const SHENZHEN_REGISTRATION_RULES: RegistrationRules = {
  ordinary_rental: { reportWithin: { days: 7 } },
  hourly_or_daily_rental: { reportWithin: 'at_once' },
  hotel: { reportWithin: 'at_once' },
  employer_dormitory: { reportWithin: { days: 15 }, exemptUnderDays: 15 },
  other: { reportWithin: { days: 15 }, exemptUnderDays: 15 },
};

/** A tenant who houses others tells the landlord within this many days. */
export const TENANT_NOTICE_DAYS = 3;

export type DeadlineOptions = { timeZone?: string; rules?: RegistrationRules };

// Days are counted from the day after the move (Civil Code art. 201) and the last one runs to
// local midnight, so "within 7 days" of a move on 1 March ends at the close of 8 March.
function endOfDayCount(movedAt: Date, days: number, timeZone: string): Date {
  return endOfLocalDay(addDays(localDate(movedAt, timeZone), days), timeZone);
}

/** The last instant at which a move in or out (`movedAt`) is reported in time. */
export function registrationDeadline(kind: StayKind, movedAt: Date, options: DeadlineOptions = {}): Date {
  const { timeZone = DEFAULT_TIME_ZONE, rules = SHENZHEN_REGISTRATION_RULES } = options;
  const within = rules[kind].reportWithin;
  return within === 'at_once' ? movedAt : endOfDayCount(movedAt, within.days, timeZone);
}

export function tenantNoticeDeadline(movedAt: Date, timeZone: string = DEFAULT_TIME_ZONE): Date {
  return endOfDayCount(movedAt, TENANT_NOTICE_DAYS, timeZone);
}

export type RegistrationInput = {
  kind: StayKind;
  movedInAt: Date;
  /** Needed to tell whether a finished stay was short enough to be exempt. */
  movedOutAt?: Date | null;
  registeredAt: Date | null;
  now: Date;
};

/**
 * `overdue` covers both a registration still missing after the deadline and one made late: the
 * ledger keeps the lateness, while `registered` tells whether anyone still has to chase it.
 * `daysOverdue` counts local calendar days from the deadline to the registration (or to now);
 * 0 means an at-once report that is late the same day.
 */
export type RegistrationStatus =
  | { status: 'exempt' }
  | { status: 'registered'; deadline: Date }
  | { status: 'pending'; deadline: Date }
  | { status: 'overdue'; deadline: Date; daysOverdue: number; registered: boolean };

function isExempt(input: RegistrationInput, rule: StayRule, timeZone: string): boolean {
  const { movedInAt, movedOutAt } = input;
  if (rule.exemptUnderDays === undefined || movedOutAt === undefined || movedOutAt === null) return false;
  const stayDays = daysBetween(localDate(movedInAt, timeZone), localDate(movedOutAt, timeZone));
  return stayDays < rule.exemptUnderDays;
}

export function registrationStatus(
  input: RegistrationInput,
  options: DeadlineOptions = {},
): RegistrationStatus {
  const { timeZone = DEFAULT_TIME_ZONE, rules = SHENZHEN_REGISTRATION_RULES } = options;
  const deadline = registrationDeadline(input.kind, input.movedInAt, { timeZone, rules });
  const { registeredAt, now } = input;
  if (registeredAt !== null && registeredAt <= deadline) return { status: 'registered', deadline };
  if (isExempt(input, rules[input.kind], timeZone)) return { status: 'exempt' };
  if (registeredAt === null && now <= deadline) return { status: 'pending', deadline };
  const reckonedAt = registeredAt ?? now;
  const daysOverdue = daysBetween(localDate(deadline, timeZone), localDate(reckonedAt, timeZone));
  return { status: 'overdue', deadline, daysOverdue, registered: registeredAt !== null };
}

/** What a building leader chases (RULES.md §3, seed 000): no registration yet, in time or overdue. */
export function awaitsRegistration(status: RegistrationStatus): boolean {
  return status.status === 'pending' || (status.status === 'overdue' && !status.registered);
}
