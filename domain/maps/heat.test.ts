import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binHeat, CELL_SIZES, cellSizeFor, type Weighted } from './heat';

const at = (lng: number, lat: number, category = 'env', count = 1): Weighted => ({
  at: [lng, lat],
  category,
  count,
});

describe('heat cells', () => {
  it('puts nearby points in one cell and counts them by category', () => {
    const cells = binHeat(
      [at(114.0501, 22.5551), at(114.0504, 22.5553, 'safety', 2), at(114.0509, 22.5559)],
      0.001,
    );
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({
      col: 114050,
      row: 22555,
      count: 4,
      byCategory: { env: 2, safety: 2 },
      bbox: [114.05, 22.555, 114.051, 22.556],
    });
  });

  it('puts a point on a cell edge in the cell to its east and north', () => {
    const [cell] = binHeat([at(114.05, 22.555)], 0.001);
    expect(cell?.col).toBe(114050);
    expect(cell?.row).toBe(22555);
  });

  it('keeps points a cell apart in different cells, sorted north to south, west to east', () => {
    const cells = binHeat([at(114.0515, 22.5545), at(114.0505, 22.5545), at(114.0505, 22.5565)], 0.001);
    expect(cells.map((c) => [c.col, c.row])).toEqual([
      [114050, 22556],
      [114050, 22554],
      [114051, 22554],
    ]);
  });

  it('ignores empty groups', () => {
    expect(binHeat([at(114, 22, 'env', 0)], 0.001)).toEqual([]);
  });

  it('loses no event and puts each point inside its cell', () => {
    const point = fc.record({
      at: fc.tuple(
        fc.double({ min: 113.9, max: 114.2, noNaN: true }),
        fc.double({ min: 22.4, max: 22.7, noNaN: true }),
      ),
      category: fc.constantFrom('a', 'b', 'c'),
      count: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 200 }), fc.constantFrom(...CELL_SIZES), (points, size) => {
        const cells = binHeat(points, size);
        const total = points.reduce((n, p) => n + p.count, 0);
        expect(cells.reduce((n, c) => n + c.count, 0)).toBe(total);
        for (const c of cells) expect(Object.values(c.byCategory).reduce((n, v) => n + v, 0)).toBe(c.count);
        for (const p of points) {
          const home = cells.filter(
            (c) =>
              p.at[0] >= c.bbox[0] - 1e-9 &&
              p.at[0] <= c.bbox[2] + 1e-9 &&
              p.at[1] >= c.bbox[1] - 1e-9 &&
              p.at[1] <= c.bbox[3] + 1e-9,
          );
          expect(home.length).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });

  it('chooses a cell size that keeps the area to about 40 cells a side', () => {
    expect(cellSizeFor([114.041, 22.541, 114.06, 22.56])).toBe(0.0005);
    expect(cellSizeFor([114.0, 22.5, 114.1, 22.6])).toBe(0.005);
    expect(cellSizeFor([110, 20, 120, 30])).toBe(0.05);
  });
});
