import { describe, expect, it } from 'vitest';
import { incubatedCount, nextStages, refuseStage } from './stages';

describe('incubation stages', () => {
  it('moves one step forward', () => {
    expect(refuseStage('forming', 'incubated')).toBeNull();
    expect(refuseStage('incubated', 'independent')).toBeNull();
  });
  it('may go back one step', () => {
    expect(refuseStage('independent', 'incubated')).toBeNull();
  });
  it('refuses skipping a step and staying put', () => {
    expect(refuseStage('forming', 'independent')).toMatchObject({ code: 'invalid_transition' });
    expect(refuseStage('incubated', 'incubated')?.message).toBe('already incubated');
  });
  it('offers the neighbouring stages', () => {
    expect(nextStages('forming')).toEqual(['incubated']);
    expect(nextStages('incubated')).toEqual(['forming', 'independent']);
  });
  it('counts independent organisations as incubated', () => {
    expect(incubatedCount({ forming: 4, incubated: 3, independent: 2 })).toBe(5);
    expect(incubatedCount({})).toBe(0);
  });
});
