import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../../domain/people/id-number';
import { AREA_SOURCES, exclusiveAreaSchema, HOUSE_USES, OCCUPANCIES } from '../../../domain/registry/house';
import { CARE_GROUPS, RELATIONS } from '../../../domain/registry/import-template';
import { STAY_KINDS } from '../../../domain/registry/residence-registration';
import { pageOf, pageQuery } from '../../http/pagination';
import { id, nodeRef } from '../org/schema';

const isoDate = z.iso.date();
const houseFields = {
  number: z.string().trim().min(1).max(20),
  floor: z.number().int().min(-5).max(200),
  area: exclusiveAreaSchema,
  areaSource: z.enum(AREA_SOURCES),
  use: z.enum(HOUSE_USES).optional(),
  occupancy: z.enum(OCCUPANCIES).optional(),
  developerHeld: z.boolean().optional(),
};
export const createHouseBody = z.strictObject({ placeId: id, ...houseFields });
export type CreateHouseBody = z.infer<typeof createHouseBody>;
export const updateHouseBody = z
  .strictObject(
    Object.fromEntries(Object.entries(houseFields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof houseFields]: z.ZodOptional<(typeof houseFields)[K]>;
    },
  )
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
export type UpdateHouseBody = z.infer<typeof updateHouseBody>;

const registration = z.object({
  status: z.enum(['registered', 'pending', 'overdue', 'exempt', 'not_required']),
  deadline: z.date().nullable(),
  daysOverdue: z.number().nullable(),
  /** When it was reported; a late report stays `overdue` (the ledger keeps the lateness) but is no longer awaited. */
  registeredAt: z.date().nullable(),
});

export const house = z
  .object({
    id: z.number(),
    communityId: z.number(),
    placeId: z.number(),
    path: z.array(nodeRef),
    number: z.string(),
    floor: z.number(),
    area: z.number(),
    areaSource: z.enum(AREA_SOURCES),
    use: z.enum(HOUSE_USES),
    occupancy: z.enum(OCCUPANCIES),
    developerHeld: z.boolean(),
    owners: z.array(
      z.object({ personId: z.number(), name: z.string(), idNumberMasked: z.string().nullable() }),
    ),
    residents: z.array(
      z.object({
        residenceId: z.number(),
        personId: z.number(),
        name: z.string(),
        relation: z.enum(RELATIONS),
        stayKind: z.enum(STAY_KINDS),
        movedInOn: z.string(),
        movedOutOn: z.string().nullable(),
        registration,
      }),
    ),
    actions: z.array(z.enum(['update'])),
  })
  .meta({ id: 'House' });
export type HouseResponse = z.infer<typeof house>;
export const housePage = pageOf(house);
export const houseListQuery = z
  .object({
    placeId: id.optional(),
    /** The same as `placeId` (a compound, building or unit), the name the votes' paper-ballot lookup uses. */
    nodeId: id.optional(),
    /** A house number (`101`): the houses of that number under the place. */
    number: z.string().trim().min(1).max(20).optional(),
    ...pageQuery,
  })
  .refine((q) => (q.placeId ?? q.nodeId) !== undefined, {
    path: ['placeId'],
    message: 'placeId or nodeId is required',
  });
export type HouseListQuery = z.infer<typeof houseListQuery>;

const personFields = {
  name: z.string().trim().min(1).max(50),
  sex: z.enum(['male', 'female']).optional(),
  birthDate: isoDate.optional(),
  idType: z.enum(DOCUMENT_TYPES).optional(),
  idNumber: z.string().trim().min(1).max(30).optional(),
  phone: z.string().trim().min(5).max(20).optional(),
  careGroups: z.array(z.enum(CARE_GROUPS)).max(CARE_GROUPS.length).optional(),
  partyMember: z.boolean().optional(),
};
export const createPersonBody = z.strictObject({ communityId: id, ...personFields });
export type CreatePersonBody = z.infer<typeof createPersonBody>;
export const updatePersonBody = z
  .strictObject({ ...personFields, name: personFields.name.optional() })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
export type UpdatePersonBody = z.infer<typeof updatePersonBody>;

export const person = z
  .object({
    id: z.number(),
    communityId: z.number(),
    name: z.string(),
    sex: z.enum(['male', 'female']).nullable(),
    birthDate: z.string().nullable(),
    idType: z.string(),
    idNumberMasked: z.string().nullable(),
    phoneMasked: z.string().nullable(),
    careGroups: z.array(z.string()),
    partyMember: z.boolean(),
    houses: z.array(
      z.object({ houseId: z.number(), placeId: z.number(), label: z.string(), role: z.enum(RELATIONS) }),
    ),
    actions: z.array(z.enum(['update', 'reveal'])),
  })
  .meta({ id: 'Person' });
export type PersonResponse = z.infer<typeof person>;
export const personPage = pageOf(person);
export const personListQuery = z.object({
  communityId: id.optional(),
  q: z.string().trim().min(1).max(50).optional(),
  idNumber: z.string().trim().min(1).max(30).optional(),
  phone: z.string().trim().min(5).max(20).optional(),
  careGroup: z.enum(CARE_GROUPS).optional(),
  ...pageQuery,
});
export type PersonListQuery = z.infer<typeof personListQuery>;

export const revealBody = z.strictObject({
  field: z.enum(['idNumber', 'phone']),
  reason: z.string().trim().min(4).max(200),
});
export const revealResponse = z.object({ value: z.string() });

export const ownerBody = z.strictObject({ personId: id });
export const ownerParams = z.object({ id, personId: id });

export const createResidenceBody = z.strictObject({
  houseId: id,
  personId: id,
  relation: z.enum(RELATIONS),
  stayKind: z.enum(STAY_KINDS).optional(),
  movedInOn: isoDate,
});
export type CreateResidenceBody = z.infer<typeof createResidenceBody>;
export const updateResidenceBody = z
  .strictObject({ movedOutOn: isoDate.optional(), registered: z.literal(true).optional() })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
export type UpdateResidenceBody = z.infer<typeof updateResidenceBody>;

export const overdueItem = z.object({
  residenceId: z.number(),
  houseId: z.number(),
  houseLabel: z.string(),
  personId: z.number(),
  name: z.string(),
  relation: z.enum(RELATIONS),
  stayKind: z.enum(STAY_KINDS),
  movedInOn: z.string(),
  deadline: z.date(),
  daysOverdue: z.number(),
});
export const overduePage = pageOf(overdueItem);
export const overdueQuery = z.object({ placeId: id, ...pageQuery });
