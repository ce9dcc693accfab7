import type { z } from 'zod';
import type { statsResponse } from '../server/modules/events/schema';

/** The figures `GET /stats/events` answers, as far as the `stats` benchmark compares them. */
export type StatsFigures = Omit<z.infer<typeof statsResponse>, 'nodeId' | 'from' | 'to'>;

const SCALARS = [
  'total',
  'accepted',
  'handled',
  'closed',
  'handlingRate',
  'onTimeRate',
  'satisfactionRate',
  'reworkRate',
] as const;

/**
 * Where two answers for the same node and period differ (empty when they agree): every count and rate exactly;
 * the average hours within one rounding step, since the rollup sums hours per row and the naive query per event;
 * lists as sets (ties in the category order are in no particular order), ignoring all-zero days (a rollup row
 * whose events all moved on stays behind with zeros).
 */
export function statsDifferences(a: StatsFigures, b: StatsFigures): string[] {
  const out: string[] = [];
  for (const k of SCALARS) if (a[k] !== b[k]) out.push(`${k}: ${a[k]} ≠ ${b[k]}`);
  if ((a.avgHoursToClose === null) !== (b.avgHoursToClose === null))
    out.push(`avgHoursToClose: ${a.avgHoursToClose} ≠ ${b.avgHoursToClose}`);
  else if (a.avgHoursToClose !== null && Math.abs(a.avgHoursToClose - b.avgHoursToClose!) > 0.1 + 1e-9)
    out.push(`avgHoursToClose: ${a.avgHoursToClose} ≠ ${b.avgHoursToClose}`);
  const compare = <T>(name: string, xs: T[], ys: T[], key: (x: T) => string, value: (x: T) => string) => {
    const left = new Map(xs.map((x) => [key(x), value(x)]));
    const right = new Map(ys.map((y) => [key(y), value(y)]));
    for (const k of new Set([...left.keys(), ...right.keys()]))
      if (left.get(k) !== right.get(k)) out.push(`${name} ${k}: ${left.get(k)} ≠ ${right.get(k)}`);
  };
  compare(
    'byCategory',
    a.byCategory,
    b.byCategory,
    (c) => c.code,
    (c) => String(c.count),
  );
  compare(
    'byStatus',
    a.byStatus,
    b.byStatus,
    (s) => s.status,
    (s) => String(s.count),
  );
  const busy = (d: StatsFigures['byDay'][number]) => d.reported !== 0 || d.closed !== 0;
  compare(
    'byDay',
    a.byDay.filter(busy),
    b.byDay.filter(busy),
    (d) => d.day,
    (d) => `${d.reported}/${d.closed}`,
  );
  return out;
}
