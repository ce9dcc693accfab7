// Early warnings drawn from the events themselves (issue 7 item 3): events about to be overdue, hotspots (the
// same matter in the same building again and again) and unusual spikes against a community's weekly pattern.
// Pure: the server feeds them rows it read within the caller's scope.

import { addDays, daysBetween } from '../common/local-date';
import { urgency } from '../events/calendar';

/** A street's thresholds; every field has a default so a street that set nothing still gets warnings. */
export interface WarningPolicy {
  /** A hotspot is this many reports (or more) of one category in one building … */
  hotspotCount: number;
  /** … within this many days up to now. */
  hotspotDays: number;
  /** A week is a spike above median + k × spread of the weeks before it. */
  spikeK: number;
  /** Fewer reports than this in a week is never a spike, however quiet the weeks before were. */
  spikeMinCount: number;
}

export const DEFAULT_WARNING_POLICY: Readonly<WarningPolicy> = Object.freeze({
  hotspotCount: 3,
  hotspotDays: 30,
  spikeK: 3,
  spikeMinCount: 3,
});

export const WARNING_POLICY_LIMITS: Readonly<Record<keyof WarningPolicy, readonly [number, number]>> = {
  hotspotCount: [2, 100],
  hotspotDays: [1, 365],
  spikeK: [1, 10],
  spikeMinCount: [1, 1000],
};

/** Problems of a policy from configuration, as [{path, message}]; empty when valid. */
export function warningPolicyProblems(p: WarningPolicy): { path: string; message: string }[] {
  return (Object.keys(WARNING_POLICY_LIMITS) as (keyof WarningPolicy)[]).flatMap((key) => {
    const [min, max] = WARNING_POLICY_LIMITS[key];
    const v = p[key];
    const whole = key !== 'spikeK';
    if (!Number.isFinite(v) || v < min || v > max || (whole && !Number.isInteger(v)))
      return [{ path: key, message: `${whole ? 'a whole number ' : ''}from ${min} to ${max}` }];
    return [];
  });
}

const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------------------------
// (a) About to be overdue

/** An event whose clock runs: dispatched or being handled, with its deadline. */
export interface RunningEvent {
  id: number;
  dispatchedAt: Date;
  deadline: Date;
}

export interface DueSoon {
  id: number;
  deadline: Date;
  /** Share of the allowed time already used, 0.8 ≤ used ≤ 1. */
  used: number;
  /** Milliseconds left until the deadline. */
  leftMs: number;
}

/**
 * The running events in the deadline's yellow band: 80 % of their time gone, the deadline not yet passed — the
 * same rule the board colours with (`urgency`), so a warning and the board's yellow tag never disagree. Overdue
 * events are not warned about here: they are already red on the board and escalate by themselves.
 * Soonest deadline first.
 */
export function dueSoon(events: readonly RunningEvent[], now: Date): DueSoon[] {
  return events
    .filter((e) => urgency(e.dispatchedAt, e.deadline, now) === 'warning')
    .map((e) => {
      const allowed = e.deadline.getTime() - e.dispatchedAt.getTime();
      const used = allowed > 0 ? (now.getTime() - e.dispatchedAt.getTime()) / allowed : 1;
      return {
        id: e.id,
        deadline: e.deadline,
        used: Math.min(1, used),
        leftMs: e.deadline.getTime() - now.getTime(),
      };
    })
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || a.id - b.id);
}

// ---------------------------------------------------------------------------------------------------------------
// (b) Hotspots

/** One report placed in a building. */
export interface BuildingReport {
  eventId: number;
  communityId: number;
  buildingId: number;
  categoryCode: string;
  reportedAt: Date;
}

export interface Hotspot {
  communityId: number;
  buildingId: number;
  categoryCode: string;
  count: number;
  /** Newest first. */
  eventIds: number[];
  first: Date;
  last: Date;
}

/**
 * The same category in the same building at least `hotspotCount` times within the last `hotspotDays` days.
 * The window is closed at both ends: a report exactly `hotspotDays` days before `now` still counts, so "3 times
 * in 30 days" holds for reports on day 0 and day 30 alike. Reports after `now` (clock skew) are ignored.
 * Largest count first, then the most recent.
 */
export function hotspots(
  reports: readonly BuildingReport[],
  policy: Pick<WarningPolicy, 'hotspotCount' | 'hotspotDays'>,
  now: Date,
): Hotspot[] {
  const from = now.getTime() - policy.hotspotDays * DAY_MS;
  const groups = new Map<string, BuildingReport[]>();
  for (const r of reports) {
    const at = r.reportedAt.getTime();
    if (at < from || at > now.getTime()) continue;
    const key = `${r.communityId}/${r.buildingId}/${r.categoryCode}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const out: Hotspot[] = [];
  for (const group of groups.values()) {
    if (group.length < policy.hotspotCount) continue;
    group.sort((a, b) => b.reportedAt.getTime() - a.reportedAt.getTime() || b.eventId - a.eventId);
    const { communityId, buildingId, categoryCode } = group[0]!;
    out.push({
      communityId,
      buildingId,
      categoryCode,
      count: group.length,
      eventIds: group.map((r) => r.eventId),
      first: group.at(-1)!.reportedAt,
      last: group[0]!.reportedAt,
    });
  }
  return out.sort(
    (a, b) =>
      b.count - a.count ||
      b.last.getTime() - a.last.getTime() ||
      a.categoryCode.localeCompare(b.categoryCode) ||
      a.buildingId - b.buildingId,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// (c) Unusual spikes

/** Weeks of pattern a spike is judged against, and the fewest that make a pattern at all. */
export const SPIKE_HISTORY_WEEKS = 12;
export const SPIKE_MIN_WEEKS = 4;

/**
 * Counts per rolling week ending on `today`: index 0 is the 7 days `today − 6 … today`, index i the 7 days
 * ending 7·i days earlier. `weeks` weeks in all (the current one included); only weeks lying wholly on or after
 * `since` (the first day there is data for) are returned, so a new community is not judged against weeks of
 * zeros it never had. Days outside every week are ignored.
 */
export function weeklyCounts(
  daily: readonly { day: string; count: number }[],
  today: string,
  weeks: number,
  since: string,
): number[] {
  const covered = Math.max(0, Math.min(weeks, Math.floor((daysBetween(since, today) + 1) / 7)));
  const counts = Array<number>(covered).fill(0);
  for (const { day, count } of daily) {
    const back = daysBetween(day, today);
    if (back < 0) continue;
    const week = Math.floor(back / 7);
    if (week < covered) counts[week]! += count;
  }
  return counts;
}

/** The first day of the rolling week `week` weeks back (0 = the current one). */
export const weekStart = (today: string, week: number) => addDays(today, -7 * week - 6);

export interface SpikeVerdict {
  current: number;
  median: number;
  /** The spread used: the scaled MAD, or the Poisson floor when the history is flatter than chance. */
  spread: number;
  threshold: number;
  spike: boolean;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Is `current` (this week's count of one category in one community) unusual against `history` (the same
 * category's counts in the weeks before, most recent first)? Null when there are fewer than SPIKE_MIN_WEEKS
 * weeks of history: no pattern, no verdict.
 *
 * Why a median/MAD rule and not mean + k·sd: a category's weekly count in one community is small and lumpy
 * (mostly 0–3, Poisson-like). A mean and standard deviation are dragged up by the very outliers we look for, so
 * one earlier burst hides the next, and on a flat history the standard deviation is zero, so a single report
 * would ring. The median and the median absolute deviation ignore up to half the weeks being odd. The MAD is
 * scaled by 1.4826 to estimate a standard deviation, and floored at the Poisson spread √median (at least 1):
 * counts of events vary at least that much by chance, so a history of all-equal weeks does not turn every
 * small rise into a warning. A category seen for the first time has a median of 0 and a spread of 1, so it
 * needs more than k reports (and at least `spikeMinCount`) in its first week to count as a spike.
 */
export function spike(
  current: number,
  history: readonly number[],
  policy: Pick<WarningPolicy, 'spikeK' | 'spikeMinCount'>,
): SpikeVerdict | null {
  if (history.length < SPIKE_MIN_WEEKS) return null;
  const m = median(history);
  const mad = median(history.map((x) => Math.abs(x - m)));
  const spread = Math.max(1.4826 * mad, Math.sqrt(Math.max(m, 1)));
  const threshold = m + policy.spikeK * spread;
  return {
    current,
    median: m,
    spread,
    threshold,
    spike: current >= policy.spikeMinCount && current > threshold,
  };
}
