import { describe, expect, it } from 'vitest';
import { movedOutCutoff } from './retention';

describe('movedOutCutoff', () => {
  it('counts back whole days across months and leap years', () => {
    expect(movedOutCutoff('2026-12-06', 1095)).toBe('2023-12-07');
    expect(movedOutCutoff('2028-03-01', 1)).toBe('2028-02-29');
  });
  it('keeps everyone with 0 days', () => {
    expect(movedOutCutoff('2026-12-06', 0)).toBeNull();
  });
});
