import type { BBox } from './geometry';
import type { LngLat } from './gcj02';

/** Events counted at one position (the server groups them by place before binning). */
export interface Weighted {
  at: LngLat;
  category: string;
  count: number;
}

export interface HeatCell {
  /** Column and row of the cell on the grid anchored at 0°, 0°: stable across requests and zoom levels. */
  col: number;
  row: number;
  bbox: BBox;
  count: number;
  byCategory: Record<string, number>;
}

/** Cell edges in degrees a heat map may use: round numbers, about 50 m to 5 km at Shenzhen's latitude. */
export const CELL_SIZES = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05] as const;

/** The smallest cell size that keeps the box within about `maxCells` cells on its longer side. */
export function cellSizeFor(box: BBox, maxCells = 40): number {
  const span = Math.max(box[2] - box[0], box[3] - box[1]);
  return CELL_SIZES.find((s) => span / s <= maxCells) ?? CELL_SIZES[CELL_SIZES.length - 1]!;
}

/**
 * Bins weighted positions into square cells of `size` degrees. A position on a cell edge belongs to the cell to
 * its east or north (floor), so every position lands in exactly one cell.
 */
export function binHeat(points: Iterable<Weighted>, size: number): HeatCell[] {
  const cells = new Map<string, HeatCell>();
  // Work in whole cells of 1e-9 degree precision so 114.05 / 0.001 does not floor to 114049.
  const index = (v: number) => Math.floor(Math.round((v / size) * 1e6) / 1e6);
  for (const p of points) {
    if (p.count <= 0) continue;
    const col = index(p.at[0]);
    const row = index(p.at[1]);
    const key = `${col}:${row}`;
    let cell = cells.get(key);
    if (!cell) {
      const r = (v: number) => Math.round(v * 1e9) / 1e9;
      cell = {
        col,
        row,
        bbox: [r(col * size), r(row * size), r((col + 1) * size), r((row + 1) * size)],
        count: 0,
        byCategory: {},
      };
      cells.set(key, cell);
    }
    cell.count += p.count;
    cell.byCategory[p.category] = (cell.byCategory[p.category] ?? 0) + p.count;
  }
  return [...cells.values()].sort((a, b) => b.row - a.row || a.col - b.col);
}
