import { describe, expect, it } from 'vitest';
import { auditCutoff, MIN_AUDIT_RETENTION_DAYS } from './retention';

const now = new Date('2026-12-06T00:00:00Z');

describe('auditCutoff', () => {
  it('keeps everything with 0 days', () => {
    expect(auditCutoff(now, 0)).toEqual({ cutoff: null });
  });
  it('allows six months and more', () => {
    expect(auditCutoff(now, MIN_AUDIT_RETENTION_DAYS)).toEqual({ cutoff: new Date('2026-06-06T00:00:00Z') });
    expect(auditCutoff(now, 365)).toEqual({ cutoff: new Date('2025-12-06T00:00:00Z') });
  });
  it('refuses less than six months, fractions and negatives', () => {
    for (const days of [1, 30, MIN_AUDIT_RETENTION_DAYS - 1, 200.5, -1]) {
      expect(auditCutoff(now, days)).toHaveProperty('error');
    }
  });
});
