import type { TFunction } from 'i18next';
import type { OpeningSlot } from '../../api/venues';

type Weekday = OpeningSlot['weekday'];

/** "Mon 09:00–12:00, 14:00–21:00 · Sat 09:00–17:00": a room's week, days with the same hours listed once each. */
export function hoursSummary(t: TFunction, slots: OpeningSlot[]): string {
  if (!slots.length) return t('venues.closed');
  const days = new Map<Weekday, string[]>();
  for (const s of [...slots].sort((a, b) => a.opens.localeCompare(b.opens)))
    days.set(s.weekday, [...(days.get(s.weekday) ?? []), `${s.opens}–${s.closes}`]);
  return [...days.entries()]
    .sort(([a], [b]) => a - b)
    .map(([d, spans]) => `${t(`venues.weekdays.d${d}`)} ${spans.join(', ')}`)
    .join(' · ');
}

/** The same hours on each chosen weekday: what the console's room form offers. */
export const weeklyHours = (weekdays: number[], opens: string, closes: string): OpeningSlot[] =>
  weekdays.map((weekday) => ({ weekday: weekday as OpeningSlot['weekday'], opens, closes }));
