import type { Condition } from './rules';

/** What the filed event says, in the community's language (events are written in Chinese, like staff reports). */
const CONDITION_TEXT: Readonly<Record<Condition, string>> = {
  smoke: '烟感报警',
  elevator_trapped: '电梯困人报警',
  elevator_fault: '电梯故障报警',
  water_high: '水位超限',
  door_held_open: '门长时间未关',
  camera_alarm: '视频告警',
  offline: '设备离线',
};

/** The event's description: which device, where it is installed is the event's place, and what it reported. */
export function describeAlert(
  d: { name: string; code: string },
  condition: Condition,
  value: Record<string, unknown> | null,
): string {
  const shown = value
    ? Object.entries(value)
        .filter(([, v]) => v !== null && v !== false)
        .map(([k, v]) => `${k}=${String(v)}`)
        .slice(0, 8)
        .join(', ')
    : '';
  return `【设备告警】${d.name}（${d.code}）${CONDITION_TEXT[condition]}${shown ? `：${shown}` : ''}`;
}
