import { formatPercent } from '../../shared/format';

/** A rate of the statistics (null where nothing was counted) as the screen shows it. */
export const rateText = (rate: number | null | undefined): string =>
  rate === null || rate === undefined ? '—' : formatPercent(rate);

/** A count for the screen's tiles: large numbers keep their thousands apart ("11,925"). */
export const countText = (n: number | null | undefined, locale: string): string =>
  n === null || n === undefined ? '—' : n.toLocaleString(locale);

/** The tile's tone: overdue work and active alerts turn red once there is any; rates below `warnBelow` amber. */
export function tone(
  kind: 'count' | 'alarm' | 'rate',
  value: number | null,
  warnBelow = 0.9,
): 'ok' | 'warn' | 'alarm' {
  if (value === null) return 'ok';
  if (kind === 'alarm') return value > 0 ? 'alarm' : 'ok';
  if (kind === 'rate') return value < warnBelow ? 'warn' : 'ok';
  return 'ok';
}
