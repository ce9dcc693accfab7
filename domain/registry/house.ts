// A house (专有部分) of the registry: its place in the building and the exclusive area owner votes
// count with (RULES.md §1).
import { z } from 'zod';

/** Counting order of the Supreme People's Court interpretation (2020, art. 8): earlier beats later. */
export const AREA_SOURCES = ['registered', 'surveyed', 'contract'] as const;
export type AreaSource = (typeof AREA_SOURCES)[number];

export const HOUSE_USES = ['residential', 'commercial', 'mixed', 'other'] as const;
export type HouseUse = (typeof HOUSE_USES)[number];

export const OCCUPANCIES = ['owner_occupied', 'rented', 'vacant', 'other'] as const;
export type Occupancy = (typeof OCCUPANCIES)[number];

export const HOUSE_NUMBER_MAX_LENGTH = 20;
export const FLOOR_RANGE = { min: -5, max: 200 } as const;
// Exclusive: no dwelling reaches it, so a larger figure is a unit mix-up (cm², a whole building).
export const AREA_LIMIT = 10_000;

export type AreaFigures = Partial<Record<AreaSource, number | null>>;
export type PreferredArea = { area: number; source: AreaSource };

/** The figure votes count with, and where it came from; null when no figure is known. */
export function preferredArea(figures: AreaFigures): PreferredArea | null {
  for (const source of AREA_SOURCES) {
    const area = figures[source];
    if (area !== undefined && area !== null) return { area, source };
  }
  return null;
}

/** Areas are registered to the hundredth of a square metre; finer figures are typing or unit errors. */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Number.isFinite(value) && Number(value.toFixed(2)) === value;
}

export const exclusiveAreaSchema = z
  .number()
  .gt(0)
  .lt(AREA_LIMIT)
  .refine(hasAtMostTwoDecimals, { message: 'at most two decimals' });

export const houseSchema = z.strictObject({
  number: z.string().trim().min(1).max(HOUSE_NUMBER_MAX_LENGTH),
  floor: z.number().int().min(FLOOR_RANGE.min).max(FLOOR_RANGE.max),
  exclusiveArea: exclusiveAreaSchema,
  areaSource: z.enum(AREA_SOURCES),
  use: z.enum(HOUSE_USES),
  occupancy: z.enum(OCCUPANCIES),
});
export type House = z.infer<typeof houseSchema>;
