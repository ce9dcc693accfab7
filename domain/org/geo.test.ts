import { describe, expect, it } from 'vitest';
import { areaSchema, mergeAreas, type Area } from './geo';

const square = (x: number, y: number): Area => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ],
});

describe('areaSchema', () => {
  it('accepts a closed polygon', () => {
    expect(areaSchema.safeParse(square(114.05, 22.54)).success).toBe(true);
  });
  it('rejects an open ring, a short ring and out-of-range coordinates', () => {
    expect(
      areaSchema.safeParse({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      }).success,
    ).toBe(false);
    expect(
      areaSchema.safeParse({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      }).success,
    ).toBe(false);
    expect(areaSchema.safeParse(square(181, 0)).success).toBe(false);
    expect(areaSchema.safeParse({ type: 'Point', coordinates: [0, 0] }).success).toBe(false);
  });
});

describe('mergeAreas', () => {
  it('keeps every polygon of every member', () => {
    const a = square(114, 22);
    const b = mergeAreas([square(114.1, 22), square(114.2, 22)]);
    const m = mergeAreas([a, b]);
    expect(m.type).toBe('MultiPolygon');
    expect(m.coordinates).toHaveLength(3);
    expect(areaSchema.safeParse(m).success).toBe(true);
  });
});
