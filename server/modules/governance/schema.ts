import { z } from 'zod';
import { pageOf, pageQuery } from '../../http/pagination';
import { id } from '../org/schema';

const isoDate = z.iso.date();

export const leaderBody = z
  .strictObject({
    buildingId: id,
    source: z.enum(['resident', 'property_staff']),
    personId: id.optional(),
    accountId: id.optional(),
    appointedOn: isoDate,
  })
  .refine((b) => (b.source === 'resident' ? b.personId !== undefined : b.accountId !== undefined), {
    message: 'a resident leader names personId, a property-staff leader names accountId',
    path: ['source'],
  });
export type LeaderBody = z.infer<typeof leaderBody>;
export const updateLeaderBody = z
  .strictObject({ filedOn: isoDate.optional(), endedOn: isoDate.optional() })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');

export const leader = z
  .object({
    id: z.number(),
    buildingId: z.number(),
    buildingLabel: z.string(),
    displayName: z.string(),
    source: z.enum(['resident', 'property_staff']),
    personId: z.number().nullable(),
    accountId: z.number().nullable(),
    appointedOn: z.string(),
    filedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    status: z.enum(['pending_filing', 'filed', 'ended']),
  })
  .meta({ id: 'BuildingLeader' });
export type LeaderResponse = z.infer<typeof leader>;
export const leaderPage = pageOf(leader);
export const placeListQuery = z.object({ placeId: id, ...pageQuery });

const rate = z.object({ total: z.number(), covered: z.number(), rate: z.number() });
const rateRow = rate.extend({ nodeId: z.number(), name: z.string() });
export const coverageResponse = z.object({
  buildingLeaders: z.object({
    overall: rate,
    byCompound: z.array(rateRow),
    byCommunity: z.array(rateRow),
    byStreet: z.array(rateRow),
  }),
  partyOrgs: z.object({ overall: rate, byCommunity: z.array(rateRow), byStreet: z.array(rateRow) }),
});
export const coverageQuery = z.object({ nodeId: id });
export const compoundCoverageQuery = z.object({ nodeId: id, ...pageQuery });
export const compoundCoverage = z
  .object({
    compoundId: z.number(),
    name: z.string(),
    communityId: z.number(),
    communityName: z.string(),
    hasPartyOrg: z.boolean(),
    buildingLeaders: rate,
  })
  .meta({ id: 'CompoundCoverage' });
export const compoundCoveragePage = pageOf(compoundCoverage);

export const propertyStaffQuery = z.object({
  compoundId: id,
  q: z.string().trim().min(1).max(50).optional(),
  ...pageQuery,
});
export const propertyStaffPage = pageOf(
  z.object({ accountId: z.number(), username: z.string(), displayName: z.string() }),
);

/** `compound_officer` (小区事务官) is the government's liaison for a compound: one person, named by the body. */
export const BODY_KINDS = [
  'party_org',
  'owners_committee',
  'supervisory_committee',
  'property_company',
  'resident_group',
  'compound_officer',
] as const;
export const MEMBER_ROLES = ['chair', 'vice_chair', 'secretary', 'member', 'staff'] as const;

const bodyName = z.string().trim().min(1).max(100);
/** Kind-specific facts: a property company's contract, a compound officer's agency. */
const bodyDetails = z.strictObject({
  company: z.string().trim().min(1).max(100).optional(),
  contractStart: isoDate.optional(),
  contractEnd: isoDate.optional(),
  contactPhone: z.string().trim().max(20).optional(),
  agency: z.string().trim().min(1).max(100).optional(),
});

export const createBodyBody = z.strictObject({
  placeId: id,
  kind: z.enum(BODY_KINDS),
  name: bodyName,
  partyLevel: z.enum(['community_committee', 'compound_branch', 'building_group']).optional(),
  parentBodyId: id.optional(),
  electedOn: isoDate.optional(),
  termEndsOn: isoDate.optional(),
  filedOn: isoDate.optional(),
  details: bodyDetails.optional(),
});
export type CreateBodyBody = z.infer<typeof createBodyBody>;
/** Dates may be cleared with null; `details` replaces the stored details whole. */
export const updateBodyBody = z
  .strictObject({
    name: bodyName.optional(),
    electedOn: isoDate.nullable().optional(),
    termEndsOn: isoDate.nullable().optional(),
    filedOn: isoDate.nullable().optional(),
    details: bodyDetails.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
export type UpdateBodyBody = z.infer<typeof updateBodyBody>;
export const membersBody = z.strictObject({
  members: z
    .array(z.strictObject({ personId: id, role: z.enum(MEMBER_ROLES), since: isoDate.optional() }))
    .max(100),
});
export type MembersBody = z.infer<typeof membersBody>;

export const body = z
  .object({
    id: z.number(),
    placeId: z.number(),
    placeLabel: z.string(),
    kind: z.enum(BODY_KINDS),
    name: z.string(),
    partyLevel: z.string().nullable(),
    parentBodyId: z.number().nullable(),
    electedOn: z.string().nullable(),
    termEndsOn: z.string().nullable(),
    filedOn: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    members: z.array(
      z.object({
        personId: z.number(),
        name: z.string(),
        role: z.enum(MEMBER_ROLES),
        since: z.string().nullable(),
        isOwner: z.boolean(),
      }),
    ),
    /** Owners' committees only: RULES.md §1 checks, and the filing deadline with the street. */
    violations: z.array(
      z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
    ),
    filing: z.object({ status: z.string(), deadline: z.string() }).nullable(),
  })
  .meta({ id: 'GovernanceBody' });
export type BodyResponse = z.infer<typeof body>;
export const bodyPage = pageOf(body);
export const bodyListQuery = z.object({ placeId: id, kind: z.enum(BODY_KINDS).optional(), ...pageQuery });

export const checkinBody = z.strictObject({
  personId: id,
  compoundId: id,
  workUnit: z.string().trim().min(1).max(100),
  checkedInOn: isoDate,
});
export const POWERS = ['deliberate', 'suggest', 'supervise', 'evaluate'] as const;
export const capableBody = z.strictObject({
  personId: id,
  compoundId: id,
  powers: z
    .array(z.enum(POWERS))
    .min(1)
    .max(4)
    .default([...POWERS]),
  expertise: z.string().trim().max(200).optional(),
});
export type Power = (typeof POWERS)[number];

export const checkinItem = z.object({
  id: z.number(),
  personId: z.number(),
  name: z.string(),
  compoundId: z.number(),
  compoundLabel: z.string(),
  workUnit: z.string(),
  checkedInOn: z.string(),
});
export const checkinPage = pageOf(checkinItem);
export const capableItem = z.object({
  id: z.number(),
  personId: z.number(),
  name: z.string(),
  compoundId: z.number(),
  compoundLabel: z.string(),
  powers: z.array(z.string()),
  expertise: z.string().nullable(),
});
export const capablePage = pageOf(capableItem);
