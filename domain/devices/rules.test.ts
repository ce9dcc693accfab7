import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../events/categories';
import { describeAlert } from './describe';
import { parseReading, topicDevice, readingsTopic } from './payload';
import {
  alertActions,
  conditionsOf,
  DEVICE_KINDS,
  DOOR_HELD_OPEN_SECONDS,
  isOffline,
  KIND_RULES,
  OFFLINE_RULE,
  ruleOf,
  WATER_HIGH_CM,
} from './rules';

const now = new Date('2026-12-06T08:00:00Z');

describe('conditions per kind', () => {
  it('a smoke detector reporting smoke raises a critical fire alarm; no smoke raises nothing', () => {
    expect(conditionsOf('smoke_detector', { smoke: true })).toMatchObject([
      { condition: 'smoke', severity: 'critical', categoryCode: 'fire.hazard.alarm' },
    ]);
    expect(conditionsOf('smoke_detector', { smoke: false, battery: 3 })).toEqual([]);
  });

  it('only a true flag counts: a string "true" or 1 is not smoke', () => {
    expect(conditionsOf('smoke_detector', { smoke: 'true' })).toEqual([]);
    expect(conditionsOf('smoke_detector', { smoke: 1 })).toEqual([]);
  });

  it('an elevator with someone trapped and a fault raises both, the trapped person first', () => {
    expect(conditionsOf('elevator', { fault: true, trapped: true }).map((r) => r.condition)).toEqual([
      'elevator_trapped',
      'elevator_fault',
    ]);
  });

  it('water at the level raises, below it does not', () => {
    expect(conditionsOf('water_level', { level_cm: WATER_HIGH_CM })).toHaveLength(1);
    expect(conditionsOf('water_level', { level_cm: WATER_HIGH_CM - 0.1 })).toEqual([]);
    expect(conditionsOf('water_level', { level_cm: '80' })).toEqual([]);
  });

  it('a door held open for the threshold raises door_held_open', () => {
    expect(conditionsOf('access_control', { door_open_s: DOOR_HELD_OPEN_SECONDS })[0]?.condition).toBe(
      'door_held_open',
    );
    expect(conditionsOf('access_control', { door_open_s: DOOR_HELD_OPEN_SECONDS - 1 })).toEqual([]);
  });

  it('a camera alarm files under public security', () => {
    expect(conditionsOf('camera_alarm', { alarm: true })[0]?.categoryCode).toBe('security');
  });

  it('every rule files under a matter of the default list', () => {
    const codes = new Set(DEFAULT_CATEGORIES.map((c) => c.code));
    for (const kind of DEVICE_KINDS)
      for (const r of KIND_RULES[kind].rules) expect(codes).toContain(r.categoryCode);
    expect(codes).toContain(OFFLINE_RULE.categoryCode);
  });

  it('values a kind does not know never raise anything (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEVICE_KINDS),
        fc.dictionary(fc.constantFrom('battery', 'rssi', 'temp_c'), fc.oneof(fc.boolean(), fc.double())),
        (kind, values) => conditionsOf(kind, values).length === 0,
      ),
    );
  });

  it('finds the rule of a condition, the offline rule for every kind', () => {
    expect(ruleOf('elevator', 'offline')).toBe(OFFLINE_RULE);
    expect(ruleOf('elevator', 'smoke')).toBeNull();
    expect(ruleOf('smoke_detector', 'smoke')?.severity).toBe('critical');
  });
});

describe('offline', () => {
  it('an elevator is offline after 15 silent minutes, not before', () => {
    const created = new Date('2026-01-01T00:00:00Z');
    expect(isOffline('elevator', new Date(now.getTime() - 15 * 60_000), created, now)).toBe(true);
    expect(isOffline('elevator', new Date(now.getTime() - 14 * 60_000), created, now)).toBe(false);
  });

  it('a device never heard counts from its registration', () => {
    expect(isOffline('smoke_detector', null, new Date(now.getTime() - 59 * 60_000), now)).toBe(false);
    expect(isOffline('smoke_detector', null, new Date(now.getTime() - 61 * 60_000), now)).toBe(true);
  });
});

describe('alert actions', () => {
  it('open → acknowledge or resolve; acknowledged → resolve; resolved → nothing', () => {
    expect(alertActions('open')).toEqual(['acknowledge', 'resolve']);
    expect(alertActions('acknowledged')).toEqual(['resolve']);
    expect(alertActions('resolved')).toEqual([]);
  });
});

describe('payload', () => {
  const bytes = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));

  it('parses bytes, keys the reading by its id, else by its time', () => {
    const withId = parseReading(
      bytes({ token: 'x'.repeat(20), id: 'a-1', ts: now.getTime(), values: {} }),
      now,
    );
    expect(withId).toMatchObject({ ok: true, key: 'a-1' });
    const withoutId = parseReading({ ts: now.toISOString(), values: { smoke: true } }, now);
    expect(withoutId).toMatchObject({ ok: true, key: `ts:${now.getTime()}` });
  });

  it('refuses what is not JSON, unknown fields, bad value names, and times out of range', () => {
    expect(parseReading(new TextEncoder().encode('{'), now)).toMatchObject({ ok: false, detail: 'not JSON' });
    expect(parseReading({ ts: now.getTime(), values: {}, extra: 1 }, now).ok).toBe(false);
    expect(parseReading({ ts: now.getTime(), values: { 'Bad-Name': 1 } }, now).ok).toBe(false);
    expect(parseReading({ ts: now.getTime() + 11 * 60_000, values: {} }, now)).toMatchObject({
      ok: false,
      detail: 'ts: in the future',
    });
    expect(parseReading({ ts: now.getTime() - 31 * 86_400_000, values: {} }, now).ok).toBe(false);
    expect(
      parseReading(
        { ts: now.getTime(), values: Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`v${i}`, i])) },
        now,
      ).ok,
    ).toBe(false);
  });

  it('never throws, whatever the bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        const r = parseReading(b, now);
        return r.ok === false || typeof r.key === 'string';
      }),
    );
  });

  it('reads the community and device code from a topic, and nothing from another layout', () => {
    expect(topicDevice(readingsTopic(12, 'SD-1'))).toEqual({ communityId: 12, code: 'SD-1' });
    expect(topicDevice('linli/12/devices/SD-1/other')).toBeNull();
    expect(topicDevice('linli/x/devices/SD-1/readings')).toBeNull();
    expect(topicDevice('linli/12/devices/a b/readings')).toBeNull();
  });
});

describe('alert text', () => {
  it('names the device and the condition, and shows the values that raised it', () => {
    const text = describeAlert({ name: '1栋烟感', code: 'SD-1' }, 'smoke', {
      smoke: true,
      battery: 90,
      quiet: false,
    });
    expect(text).toContain('SD-1');
    expect(text).toContain('烟感报警');
    expect(text).toContain('battery=90');
    expect(text).not.toContain('quiet');
  });
});
