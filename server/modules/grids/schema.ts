import { z } from 'zod';
import { areaSchema } from '../../../domain/org/geo';
import { GRID_KINDS, GRID_RELATIONS } from '../../../domain/org/tree';
import { pageOf, pageQuery } from '../../http/pagination';
import { id } from '../org/schema';

const name = z.string().trim().min(1).max(100);
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/, 'a telephone number');

export const grid = z
  .object({
    id: z.number(),
    communityId: z.number(),
    kind: z.enum(GRID_KINDS),
    code: z.string(),
    name: z.string(),
    polygon: areaSchema,
    status: z.enum(['active', 'merged']),
    mergedIntoId: z.number().nullable(),
    supervisionPhone: z.string().nullable(),
    contactPhone: z.string().nullable(),
    workers: z.array(z.object({ accountId: z.number(), displayName: z.string() })),
    compounds: z.array(
      z.object({ compoundId: z.number(), name: z.string(), relation: z.enum(GRID_RELATIONS) }),
    ),
    actions: z.array(z.enum(['update', 'merge'])),
  })
  .meta({ id: 'Grid' });
export type GridResponse = z.infer<typeof grid>;
export const gridPage = pageOf(grid);

export const gridListQuery = z.object({
  communityId: id.optional(),
  kind: z.enum(GRID_KINDS).optional(),
  status: z.enum(['active', 'merged']).optional(),
  ...pageQuery,
});
export type GridListQuery = z.infer<typeof gridListQuery>;

export const createGridBody = z.strictObject({
  communityId: id,
  kind: z.enum(GRID_KINDS),
  name,
  code: z
    .string()
    .regex(/^\d{15}$/, '15 digits: the community code and a 3-digit sequence')
    .optional(),
  polygon: areaSchema,
  supervisionPhone: phone.optional(),
  contactPhone: phone.optional(),
});
export type CreateGridBody = z.infer<typeof createGridBody>;

export const updateGridBody = z
  .strictObject({
    name: name.optional(),
    polygon: areaSchema.optional(),
    supervisionPhone: phone.nullable().optional(),
    contactPhone: phone.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
export type UpdateGridBody = z.infer<typeof updateGridBody>;

export const gridCompoundsBody = z.strictObject({
  compounds: z.array(z.strictObject({ compoundId: id, relation: z.enum(GRID_RELATIONS) })).max(500),
});
export const gridWorkersBody = z.strictObject({ accountIds: z.array(id).max(100) });

export const mergeGridsBody = z.strictObject({
  gridIds: z.array(id).min(2).max(100),
  name,
  kind: z.enum(GRID_KINDS),
  code: createGridBody.shape.code,
});
export type MergeGridsBody = z.infer<typeof mergeGridsBody>;

/** The resident's "my grid" (RULES.md §6: public facts only). */
export const myGrid = z
  .object({
    compound: z.object({ id: z.number(), name: z.string() }).nullable(),
    grids: z.array(
      z.object({
        id: z.number(),
        name: z.string(),
        code: z.string(),
        kind: z.string(),
        supervisionPhone: z.string().nullable(),
        contactPhone: z.string().nullable(),
        workers: z.array(z.object({ name: z.string() })),
      }),
    ),
    buildingLeaders: z.array(z.object({ buildingName: z.string(), name: z.string() })),
  })
  .meta({ id: 'MyGrid' });
