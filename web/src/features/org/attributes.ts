import type { OrgKind } from '../../api/model';
import type { NodeAttributes } from '../../api/org';

export type AttributeName = keyof NodeAttributes;

export interface AttributeField {
  name: AttributeName;
  type: 'text' | 'integer' | 'boolean';
  min?: number;
  max?: number;
}

const FLOORS: AttributeField = { name: 'floors', type: 'integer', min: 1, max: 200 };

/** The attributes each kind carries (docs/API.md "Org tree"). */
export const ATTRIBUTE_FIELDS: Record<OrgKind, AttributeField[]> = {
  district: [],
  street: [],
  community: [],
  compound: [
    { name: 'address', type: 'text' },
    { name: 'propertyCompany', type: 'text' },
  ],
  building: [
    FLOORS,
    { name: 'hasElevator', type: 'boolean' },
    { name: 'builtYear', type: 'integer', min: 1800, max: 2100 },
  ],
  unit: [FLOORS],
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
