/**
 * Which units may retrofit an elevator (RULES.md §2: residential buildings of four storeys or more without one). The
 * facts come from the registry's place attributes: the unit's own figures where it has them, else its building's.
 */
export const MIN_STOREYS = 4;

export type IneligibleReason = 'floors_unknown' | 'too_low' | 'has_elevator';

export interface PlaceFacts {
  floors?: unknown;
  hasElevator?: unknown;
}

export interface Eligibility {
  eligible: boolean;
  floors: number | null;
  reasons: IneligibleReason[];
}

const storeys = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);

/** The unit's figure wins over its building's; a missing figure is unknown, never assumed eligible. */
export function eligibility(unit: PlaceFacts, building: PlaceFacts): Eligibility {
  const floors = storeys(unit.floors) ?? storeys(building.floors);
  const hasElevator = unit.hasElevator === true || building.hasElevator === true;
  const reasons: IneligibleReason[] = [];
  if (floors === null) reasons.push('floors_unknown');
  else if (floors < MIN_STOREYS) reasons.push('too_low');
  if (hasElevator) reasons.push('has_elevator');
  return { eligible: reasons.length === 0, floors, reasons };
}
