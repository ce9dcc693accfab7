/**
 * A plan's rounds are time windows of the local day (一日三巡: morning, afternoon, evening). A window includes its
 * start and excludes its end, so 08:00–10:00 and 10:00–12:00 never both claim a patrol started at 10:00.
 */
export interface RoundWindow {
  start: string;
  end: string;
}

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const DEFAULT_GRID_ROUNDS: readonly RoundWindow[] = [
  { start: '08:00', end: '11:00' },
  { start: '14:00', end: '17:00' },
  { start: '19:00', end: '21:00' },
];
export const DEFAULT_BUILDING_ROUNDS: readonly RoundWindow[] = [{ start: '09:00', end: '18:00' }];

/** The index of the window a wall-clock time falls in, or -1. */
export function windowAt(windows: readonly RoundWindow[], time: string): number {
  return windows.findIndex((w) => w.start <= time && time < w.end);
}

/** What is wrong with a plan's windows: each must end after it starts, and no two may overlap. */
export function windowProblems(windows: readonly RoundWindow[]): [number, string][] {
  const out: [number, string][] = [];
  if (!windows.length) out.push([-1, 'a plan needs at least one round']);
  windows.forEach((w, i) => {
    if (!HHMM.test(w.start) || !HHMM.test(w.end)) out.push([i, 'times are written HH:MM']);
    else if (w.end <= w.start) out.push([i, 'a round ends after it starts, on the same day']);
  });
  const sorted = windows.map((w, i) => ({ ...w, i })).sort((a, b) => a.start.localeCompare(b.start));
  for (let k = 1; k < sorted.length; k++)
    if (sorted[k]!.start < sorted[k - 1]!.end) out.push([sorted[k]!.i, 'rounds may not overlap']);
  return out;
}
