import type { Plan } from '../../api/patrols';

/** A plan's round windows on one line: `08:00–11:00 · 14:00–17:00`. */
export const windowsText = (p: Pick<Plan, 'windows'>) =>
  p.windows.map((w) => `${w.start}–${w.end}`).join(' · ');
