import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_SCHEMAS } from './attributes';

describe('node attributes', () => {
  it('accepts the facts of each kind', () => {
    expect(
      ATTRIBUTE_SCHEMAS.building.safeParse({ floors: 7, hasElevator: false, builtYear: 1992 }).success,
    ).toBe(true);
    expect(
      ATTRIBUTE_SCHEMAS.compound.safeParse({ address: '福田区景华路1号', center: [114.06, 22.55] }).success,
    ).toBe(true);
  });
  it('rejects unknown keys and impossible values', () => {
    expect(ATTRIBUTE_SCHEMAS.street.safeParse({ floors: 3 }).success).toBe(false);
    expect(ATTRIBUTE_SCHEMAS.building.safeParse({ floors: 0 }).success).toBe(false);
    expect(ATTRIBUTE_SCHEMAS.building.safeParse({ floors: 2.5 }).success).toBe(false);
    expect(ATTRIBUTE_SCHEMAS.compound.safeParse({ center: [200, 0] }).success).toBe(false);
  });
});
