import { z } from 'zod';

/** Facts kept per kind of node; later capabilities (registry, elevator votes) read them. */
export const compoundAttributes = z.strictObject({
  address: z.string().trim().min(1).max(200).optional(),
  propertyCompany: z.string().trim().min(1).max(100).optional(),
  timeZone: z.string().min(1).max(64).optional(),
  center: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
});
export const buildingAttributes = z.strictObject({
  floors: z.number().int().min(1).max(200).optional(),
  hasElevator: z.boolean().optional(),
  builtYear: z.number().int().min(1900).max(2100).optional(),
});
export const unitAttributes = z.strictObject({
  floors: z.number().int().min(1).max(200).optional(),
  hasElevator: z.boolean().optional(),
});
const none = z.strictObject({});

export const ATTRIBUTE_SCHEMAS = {
  district: none,
  street: none,
  community: none,
  compound: compoundAttributes,
  building: buildingAttributes,
  unit: unitAttributes,
} as const;

export type NodeAttributes = z.infer<(typeof ATTRIBUTE_SCHEMAS)[keyof typeof ATTRIBUTE_SCHEMAS]>;
