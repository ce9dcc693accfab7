import { describe, expect, it } from 'vitest';
import { eligibility, MIN_STOREYS } from './eligibility';

describe('elevator eligibility (4+ storeys, no elevator)', () => {
  it('admits a unit of four storeys or more without an elevator; four is enough', () => {
    expect(MIN_STOREYS).toBe(4);
    expect(eligibility({ floors: 7 }, { floors: 7, hasElevator: false })).toEqual({
      eligible: true,
      floors: 7,
      reasons: [],
    });
    expect(eligibility({}, { floors: 4 }).eligible).toBe(true);
  });

  it('refuses three storeys, an elevator, or unknown floors, saying why', () => {
    expect(eligibility({ floors: 3 }, {}).reasons).toEqual(['too_low']);
    expect(eligibility({ floors: 8 }, { hasElevator: true }).reasons).toEqual(['has_elevator']);
    expect(eligibility({ floors: 8, hasElevator: true }, {}).reasons).toEqual(['has_elevator']);
    expect(eligibility({}, {}).reasons).toEqual(['floors_unknown']);
    expect(eligibility({ floors: 2 }, { hasElevator: true }).reasons).toEqual(['too_low', 'has_elevator']);
  });

  it("takes the unit's own figure over its building's, and ignores nonsense figures", () => {
    expect(eligibility({ floors: 3 }, { floors: 9 }).eligible).toBe(false);
    expect(eligibility({ floors: 'six' }, { floors: 6 }).floors).toBe(6);
    expect(eligibility({ floors: 4.5 }, {}).reasons).toEqual(['floors_unknown']);
    expect(eligibility({ floors: 0 }, {}).reasons).toEqual(['floors_unknown']);
  });
});
