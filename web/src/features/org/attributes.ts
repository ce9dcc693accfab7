import type { OrgKind } from '../../api/model';
import type { NodeAttributes } from '../../api/org';

/** The attributes edited here (a compound's time zone and centre are set by imports). */
export type AttributeName = Extract<
  keyof NodeAttributes,
  'address' | 'propertyCompany' | 'floors' | 'hasElevator' | 'builtYear'
>;

export interface AttributeField {
  name: AttributeName;
  type: 'text' | 'integer' | 'boolean';
  min?: number;
  /** The largest value, or the longest text. */
  max?: number;
}

const FLOORS: AttributeField = { name: 'floors', type: 'integer', min: 1, max: 200 };
const HAS_ELEVATOR: AttributeField = { name: 'hasElevator', type: 'boolean' };

/** The attributes each kind carries, with the limits of `domain/org/attributes`. */
export const ATTRIBUTE_FIELDS: Record<OrgKind, AttributeField[]> = {
  district: [],
  street: [],
  community: [],
  compound: [
    { name: 'address', type: 'text', max: 200 },
    { name: 'propertyCompany', type: 'text', max: 100 },
  ],
  building: [FLOORS, HAS_ELEVATOR, { name: 'builtYear', type: 'integer', min: 1900, max: 2100 }],
  unit: [FLOORS, HAS_ELEVATOR],
};

export type AttributeValues = { [K in AttributeName]?: NodeAttributes[K] | null };

/** The attributes of `kind` that have a value; cleared inputs (null, '') are left out. */
export function pickAttributes(kind: OrgKind, values: AttributeValues | undefined): NodeAttributes {
  const picked: NodeAttributes = {};
  for (const { name } of ATTRIBUTE_FIELDS[kind]) {
    const value = values?.[name];
    if (value !== undefined && value !== null && value !== '') Object.assign(picked, { [name]: value });
  }
  return picked;
}
