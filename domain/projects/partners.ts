/**
 * Partner units (共建单位) and their co-building agreements (共建协议): each commitment is a kind, a count and a
 * period; fulfilments are recorded against it and each period of the agreement is met or behind.
 */
export const PARTNER_KINDS = ['enterprise', 'school', 'agency', 'hospital', 'social_org', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const COMMITMENT_KINDS = ['joint_activity', 'practical_thing', 'dispute_handled', 'other'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export const PERIOD_UNITS = ['month', 'quarter', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

export interface Commitment {
  kind: CommitmentKind;
  target: number;
  period: PeriodUnit;
}

/** Seed 001: one joint activity a quarter, one practical thing for residents and one dispute handled a year. */
export const DEFAULT_COMMITMENTS: readonly Commitment[] = [
  { kind: 'joint_activity', target: 1, period: 'quarter' },
  { kind: 'practical_thing', target: 1, period: 'year' },
  { kind: 'dispute_handled', target: 1, period: 'year' },
];

const MONTHS: Record<PeriodUnit, number> = { month: 1, quarter: 3, year: 12 };

const parse = (d: string) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return { y, m, day };
};
const iso = (y: number, m: number, day: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Adds calendar months to a `YYYY-MM-DD` date; the day is clamped to the month's length (Jan 31 + 1 → Feb 28). */
export function addMonths(date: string, months: number): string {
  const { y, m, day } = parse(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return iso(ny, nm, Math.min(day, lastDay(ny, nm)));
}

const dayBefore = (date: string) => {
  const t = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
};

export interface Period {
  from: string;
  /** Inclusive. */
  to: string;
}

/**
 * The periods of an agreement for one unit, counted from its start (an agreement signed on 15 March has its
 * quarters 15 March–14 June …); the last is cut at the agreement's end.
 */
export function periodsOf(startsOn: string, endsOn: string, unit: PeriodUnit): Period[] {
  const out: Period[] = [];
  for (let i = 0; out.length < 1000; i++) {
    const from = addMonths(startsOn, i * MONTHS[unit]);
    if (from > endsOn) break;
    const next = dayBefore(addMonths(startsOn, (i + 1) * MONTHS[unit]));
    out.push({ from, to: next < endsOn ? next : endsOn });
  }
  return out;
}

export type FulfilmentStatus = 'met' | 'behind';

export interface PeriodStatus extends Period {
  done: number;
  target: number;
  status: FulfilmentStatus;
  /** The period `today` falls in: behind here still has time. */
  current: boolean;
}

/**
 * Each period begun by `today` (`YYYY-MM-DD`), with what was done in it: met when the count reaches the target,
 * behind otherwise (a current period is behind until it is met). Fulfilments outside the agreement count nowhere.
 */
export function fulfilmentStatus(
  agreement: { startsOn: string; endsOn: string },
  commitment: Commitment,
  doneOn: readonly string[],
  today: string,
): PeriodStatus[] {
  return periodsOf(agreement.startsOn, agreement.endsOn, commitment.period)
    .filter((p) => p.from <= today)
    .map((p) => {
      const done = doneOn.filter((d) => d >= p.from && d <= p.to).length;
      return {
        ...p,
        done,
        target: commitment.target,
        status: done >= commitment.target ? 'met' : 'behind',
        current: today >= p.from && today <= p.to,
      };
    });
}

/** The commitment in one word for a list: behind if any period is, met if all begun periods are. */
export const overallStatus = (periods: readonly PeriodStatus[]): FulfilmentStatus | null =>
  periods.length === 0 ? null : periods.some((p) => p.status === 'behind') ? 'behind' : 'met';
