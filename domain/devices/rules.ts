/**
 * Devices that report to the platform (seed 004's "full perception": smoke detectors, access control, elevators,
 * water-level gauges, camera alarms) and the conditions that turn their readings into alerts. The thresholds are
 * data: one table per kind, read by the ingest path and the offline job, and tested here without a database.
 */
export const DEVICE_KINDS = [
  'smoke_detector',
  'access_control',
  'elevator',
  'water_level',
  'camera_alarm',
] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const DEVICE_STATUSES = ['active', 'retired'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONDITIONS = [
  'smoke',
  'elevator_trapped',
  'elevator_fault',
  'water_high',
  'door_held_open',
  'camera_alarm',
  'offline',
] as const;
export type Condition = (typeof CONDITIONS)[number];

export const ALERT_STATES = ['open', 'acknowledged', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** A reading's values: flat names to numbers, flags or short codes. */
export type Values = Readonly<Record<string, number | boolean | string>>;

/** When a reading raises a condition: a flag that is true, or a number at or above a threshold. */
export type Test = { field: string; is: true } | { field: string; atLeast: number };

export interface ConditionRule {
  condition: Condition;
  severity: Severity;
  /** The matter (事项) the alert files its event under. */
  categoryCode: string;
  test: Test;
}

export interface KindRules {
  /** Silent for this long, the device is offline (heartbeats come every few minutes). */
  offlineAfterMinutes: number;
  rules: readonly ConditionRule[];
}

/** A door held open this long is propped open (fire doors, unit gates): access controllers report `door_open_s`. */
export const DOOR_HELD_OPEN_SECONDS = 180;
/** A basement or pump pit above this level floods (厘米 above the gauge's zero). */
export const WATER_HIGH_CM = 50;

export const OFFLINE_RULE = {
  condition: 'offline',
  severity: 'minor',
  categoryCode: 'facility.device',
} as const satisfies Omit<ConditionRule, 'test'>;

export const KIND_RULES: Readonly<Record<DeviceKind, KindRules>> = {
  smoke_detector: {
    offlineAfterMinutes: 60,
    rules: [
      {
        condition: 'smoke',
        severity: 'critical',
        categoryCode: 'fire.hazard.alarm',
        test: { field: 'smoke', is: true },
      },
    ],
  },
  access_control: {
    offlineAfterMinutes: 30,
    rules: [
      {
        condition: 'door_held_open',
        severity: 'minor',
        categoryCode: 'facility.access',
        test: { field: 'door_open_s', atLeast: DOOR_HELD_OPEN_SECONDS },
      },
    ],
  },
  elevator: {
    offlineAfterMinutes: 15,
    rules: [
      {
        condition: 'elevator_trapped',
        severity: 'critical',
        categoryCode: 'facility.elevator.trapped',
        test: { field: 'trapped', is: true },
      },
      {
        condition: 'elevator_fault',
        severity: 'major',
        categoryCode: 'facility.elevator',
        test: { field: 'fault', is: true },
      },
    ],
  },
  water_level: {
    offlineAfterMinutes: 30,
    rules: [
      {
        condition: 'water_high',
        severity: 'major',
        categoryCode: 'facility.water',
        test: { field: 'level_cm', atLeast: WATER_HIGH_CM },
      },
    ],
  },
  camera_alarm: {
    offlineAfterMinutes: 30,
    rules: [
      // Intrusion, a blocked fire lane and the like: the camera's own analytics decide, the platform files it.
      {
        condition: 'camera_alarm',
        severity: 'major',
        categoryCode: 'security',
        test: { field: 'alarm', is: true },
      },
    ],
  },
};

function holds(test: Test, values: Values): boolean {
  const v = values[test.field];
  if ('is' in test) return v === true;
  return typeof v === 'number' && v >= test.atLeast;
}

/** The conditions one reading of a device of this kind raises, most severe first. */
export function conditionsOf(kind: DeviceKind, values: Values): ConditionRule[] {
  return KIND_RULES[kind].rules
    .filter((r) => holds(r.test, values))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/** Whether a device last heard at `lastSeen` (or never, counted from when it was registered) is offline at `now`. */
export function isOffline(kind: DeviceKind, lastSeen: Date | null, registeredAt: Date, now: Date): boolean {
  const since = lastSeen ?? registeredAt;
  return now.getTime() - since.getTime() >= KIND_RULES[kind].offlineAfterMinutes * 60_000;
}

/** The rule of a condition for a kind (the offline rule applies to every kind). */
export function ruleOf(kind: DeviceKind, condition: Condition): Omit<ConditionRule, 'test'> | null {
  if (condition === 'offline') return OFFLINE_RULE;
  return KIND_RULES[kind].rules.find((r) => r.condition === condition) ?? null;
}

/** Staff take an alert in hand, then resolve it; a resolved alert is closed, and the next one is a new alert. */
export const ALERT_ACTIONS = ['acknowledge', 'resolve'] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];

export function alertActions(state: AlertState): AlertAction[] {
  if (state === 'open') return ['acknowledge', 'resolve'];
  if (state === 'acknowledged') return ['resolve'];
  return [];
}

export const nextAlertState = (action: AlertAction): AlertState =>
  action === 'acknowledge' ? 'acknowledged' : 'resolved';
