import { describe, expect, it } from 'vitest';
import { attemptFor, newUuid, uuidFromBytes } from './attempt';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuids', () => {
  it('makes version 4 UUIDs from random bytes', () => {
    expect(uuidFromBytes(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidFromBytes(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
    expect(newUuid()).toMatch(UUID_V4);
    expect(newUuid()).not.toBe(newUuid());
  });

  it('needs 16 bytes', () => {
    expect(() => uuidFromBytes(new Uint8Array(8))).toThrow();
  });
});

describe('attemptFor', () => {
  let n = 0;
  const makeKey = () => `key-${++n}`;

  it('keeps the key while the same report is sent again', () => {
    const first = attemptFor(null, { categoryCode: 'facility.light', description: 'dark' }, makeKey);
    const retry = attemptFor(first, { categoryCode: 'facility.light', description: 'dark' }, makeKey);
    expect(retry).toBe(first);
  });

  it('makes a new key once the report changed', () => {
    const first = attemptFor(null, { description: 'dark' }, makeKey);
    const changed = attemptFor(first, { description: 'dark at night' }, makeKey);
    expect(changed.key).not.toBe(first.key);
  });
});
