import { describe, expect, it } from 'vitest';
import { DEFAULT_READINGS_RETENTION_DAYS, readingsCutoff } from './retention';

const NOW = new Date('2026-12-06T12:00:00Z');

describe('readingsCutoff', () => {
  it('is `days` whole days before now', () => {
    expect(readingsCutoff(NOW, 1)).toEqual(new Date('2026-12-05T12:00:00Z'));
    expect(readingsCutoff(NOW, DEFAULT_READINGS_RETENTION_DAYS)).toEqual(new Date('2026-09-07T12:00:00Z'));
  });

  it('keeps everything at 0', () => {
    expect(readingsCutoff(NOW, 0)).toBeNull();
  });

  it('refuses a negative or fractional retention', () => {
    expect(() => readingsCutoff(NOW, -1)).toThrow(RangeError);
    expect(() => readingsCutoff(NOW, 1.5)).toThrow(RangeError);
  });
});
