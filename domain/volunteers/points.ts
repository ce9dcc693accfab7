/**
 * The points passbook (爱心存折, seed 002): points are earned by hours of service, at a rate set per activity kind,
 * and by taking an open event (党员接单) that is then closed; they are spent on rewards. The ledger only grows,
 * and a balance never goes below zero.
 */
import { ACTIVITY_KINDS, type ActivityKind } from './activities';

/** What an entry was caused by; each entry names its cause's id. */
export const ENTRY_KINDS = ['service', 'open_event', 'redemption'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The keys of a community's points rules: points per hour for each activity kind, points per open event. */
export const RULE_KEYS = [...ACTIVITY_KINDS, 'open_event'] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

/** Defaults where a community has not set its own (seed 002 does not publish rates; 10 an hour is common). */
export const DEFAULT_RULES: Readonly<Record<RuleKey, number>> = {
  environment: 10,
  elderly_care: 12,
  safety_patrol: 10,
  culture: 8,
  civility: 8,
  party_service: 10,
  other: 10,
  open_event: 20,
};
export const MAX_RULE_POINTS = 1000;

export function ruleOf(rules: Partial<Record<RuleKey, number>>, key: RuleKey): number {
  return rules[key] ?? DEFAULT_RULES[key];
}

/** Points for minutes of service at `perHour`: rounded down, so nobody earns for time not served. */
export function pointsForService(minutes: number, perHour: number): number {
  if (minutes <= 0 || perHour <= 0) return 0;
  return Math.floor((minutes * perHour) / 60);
}

export const ratePoints = (rules: Partial<Record<RuleKey, number>>, kind: ActivityKind, minutes: number) =>
  pointsForService(minutes, ruleOf(rules, kind));

/** The balance after adding `delta`, or null when it would go below zero (the entry is refused). */
export function balanceAfter(balance: number, delta: number): number | null {
  if (!Number.isInteger(delta) || delta === 0) return null;
  const next = balance + delta;
  return next < 0 ? null : next;
}

export interface LedgerEntry {
  kind: EntryKind;
  points: number;
  at: Date;
}

export interface Statement {
  opening: number;
  earned: number;
  spent: number;
  closing: number;
  entries: number;
}

/**
 * A month's statement from the entries before its end, in order: the balance at the start, what came in and went
 * out during the month, and the balance at its end. `from` and `to` are the month's bounds as instants.
 */
export function statementOf(entries: readonly LedgerEntry[], from: Date, to: Date): Statement {
  let opening = 0;
  let earned = 0;
  let spent = 0;
  let count = 0;
  for (const e of entries) {
    if (e.at >= to) continue;
    if (e.at < from) opening += e.points;
    else {
      count++;
      if (e.points > 0) earned += e.points;
      else spent -= e.points;
    }
  }
  return { opening, earned, spent, closing: opening + earned - spent, entries: count };
}

/** A month as `YYYY-MM`. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The first day of `month` and of the month after, as ISO dates. */
export function monthBounds(month: string): { first: string; next: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { first: `${y}-${pad(m)}-01`, next: `${ny}-${pad(nm)}-01` };
}
