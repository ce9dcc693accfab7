import { describe, expect, it } from 'vitest';
import { acceptedWindows, codeExpiresAt, digitsOf, isCode, windowOf } from './check-code';

describe('check-in codes', () => {
  it('accept the current minute and the one before', () => {
    const now = new Date('2026-05-01T02:00:30Z');
    expect(acceptedWindows(now)).toEqual([windowOf(now), windowOf(now) - 1]);
    expect(codeExpiresAt(now).toISOString()).toBe('2026-05-01T02:02:00.000Z');
  });

  it('are six digits', () => {
    expect(digitsOf(new Uint8Array([0, 0, 0, 7]))).toBe('000007');
    expect(digitsOf(new Uint8Array([255, 255, 255, 255]))).toBe('967295');
    expect(isCode('012345')).toBe(true);
    expect(isCode('12345')).toBe(false);
  });
});
