import type { RoleGrant } from '../../../api/model';

/** A place of the resident's own compound that a report can name (`nodeId`). */
export interface PlaceOption {
  kind: 'building' | 'compound';
  nodeId: number;
  /** "怡枫园 1栋", "怡枫园". */
  label: string;
}

/** Where the problem is: one of the resident's places, or the phone's position. */
export type PlaceChoice =
  | { kind: 'building' | 'compound'; nodeId: number }
  | { kind: 'location'; lat: number; lng: number; accuracy: number };

/**
 * The places a resident can report at, from their resident grants (each carries its path): the building of
 * each home, then each compound (for the lamp by the gate). A home granted at the compound itself offers
 * only the compound. Each place once, in the order of the grants.
 */
export function placeOptions(grants: readonly RoleGrant[]): {
  buildings: PlaceOption[];
  compounds: PlaceOption[];
} {
  const buildings: PlaceOption[] = [];
  const compounds: PlaceOption[] = [];
  for (const grant of grants) {
    if (grant.role !== 'resident') continue;
    const compound = grant.nodePath.find((step) => step.kind === 'compound');
    if (!compound) continue;
    const building = grant.nodePath.find((step) => step.kind === 'building');
    if (building && !buildings.some((option) => option.nodeId === building.id)) {
      buildings.push({ kind: 'building', nodeId: building.id, label: `${compound.name} ${building.name}` });
    }
    if (!compounds.some((option) => option.nodeId === compound.id)) {
      compounds.push({ kind: 'compound', nodeId: compound.id, label: compound.name });
    }
  }
  return { buildings, compounds };
}

/** The resident's own building by default, else their compound; null when they have no home to report at. */
export function defaultPlace(options: {
  buildings: PlaceOption[];
  compounds: PlaceOption[];
}): PlaceChoice | null {
  const first = options.buildings[0] ?? options.compounds[0];
  return first ? { kind: first.kind, nodeId: first.nodeId } : null;
}

/** The place fields of the report body: the node, or the point (the server finds the compound near it). */
export function placeFields(
  choice: PlaceChoice,
  address: string,
): { nodeId?: number; lat?: number; lng?: number; address?: string } {
  const where = address.trim() ? { address: address.trim() } : {};
  return choice.kind === 'location'
    ? { lat: choice.lat, lng: choice.lng, ...where }
    : { nodeId: choice.nodeId, ...where };
}
