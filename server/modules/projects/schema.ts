import { z } from 'zod';
import { APPROVAL_KINDS, PROJECT_ACTIONS, PROJECT_STATES } from '../../../domain/projects/lifecycle';
import { LEDGER_KINDS } from '../../../domain/projects/ledger';
import { COMMITMENT_KINDS, PARTNER_KINDS, PERIOD_UNITS } from '../../../domain/projects/partners';
import { pageOf, pageQuery } from '../../http/pagination';
import { id, idParams, nodeRef } from '../org/schema';

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
/** Money in whole cents (分); a project is small, so a ceiling of ten million yuan catches a slipped digit. */
const cents = z.number().int().min(1).max(1_000_000_000);

// Partner units ------------------------------------------------------------------------------------------------

export const partnerBody = z.strictObject({
  /** The community or compound the unit co-builds with. */
  nodeId: id,
  kind: z.enum(PARTNER_KINDS),
  name: text(200),
  contact: text(200).optional(),
});
export type PartnerBody = z.infer<typeof partnerBody>;

/** At least one field; `contact: null` clears it. */
const somePatch = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape).refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'change at least one field',
  });

export const partnerPatch = somePatch({
  kind: z.enum(PARTNER_KINDS).optional(),
  name: text(200).optional(),
  contact: text(200).nullable().optional(),
});
export type PartnerPatch = z.infer<typeof partnerPatch>;

export const commitmentInput = z.strictObject({
  kind: z.enum(COMMITMENT_KINDS),
  title: text(200).optional(),
  target: z.number().int().min(1).max(1000),
  period: z.enum(PERIOD_UNITS),
});

/** Agreements are signed for this century's years; a slipped digit (0202, 20255) is refused, not stored. */
const agreementDay = day.refine((d) => d >= '2000-01-01' && d <= '2100-12-31', {
  message: 'the year must be between 2000 and 2100',
});
/** The longest agreement: ten years, as co-building agreements are renewed, not signed for ever. */
const MAX_AGREEMENT_YEARS = 10;

export const agreementBody = z
  .strictObject({
    startsOn: agreementDay,
    endsOn: agreementDay,
    note: text(2000).optional(),
    /** Left out: seed 001's three (an activity a quarter, a practical thing and a dispute a year). */
    commitments: z.array(commitmentInput).min(1).max(20).optional(),
  })
  .refine((b) => b.endsOn >= b.startsOn, { path: ['endsOn'], message: 'must not be before startsOn' })
  .refine((b) => Number(b.endsOn.slice(0, 4)) - Number(b.startsOn.slice(0, 4)) < MAX_AGREEMENT_YEARS, {
    path: ['endsOn'],
    message: `an agreement runs at most ${MAX_AGREEMENT_YEARS} years`,
  });
export type AgreementBody = z.infer<typeof agreementBody>;

export const fulfilmentBody = z.strictObject({
  commitmentId: id,
  doneOn: day,
  note: text(2000),
  /** The volunteer activity this was, if it was one. */
  activityId: id.optional(),
});
export type FulfilmentBody = z.infer<typeof fulfilmentBody>;

const periodStatus = z.object({
  from: z.string(),
  to: z.string(),
  done: z.number(),
  target: z.number(),
  status: z.enum(['met', 'behind']),
  current: z.boolean(),
});

export const fulfilment = z.object({
  id: z.number(),
  commitmentId: z.number(),
  doneOn: z.string(),
  note: z.string(),
  activityId: z.number().nullable(),
  byName: z.string(),
  createdAt: z.date(),
});

export const commitment = z.object({
  id: z.number(),
  kind: z.enum(COMMITMENT_KINDS),
  title: z.string().nullable(),
  target: z.number(),
  period: z.enum(PERIOD_UNITS),
  periods: z.array(periodStatus),
  status: z.enum(['met', 'behind']).nullable(),
});

export const agreement = z.object({
  id: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  note: z.string().nullable(),
  commitments: z.array(commitment),
});

export const partner = z
  .object({
    id: z.number(),
    communityId: z.number(),
    nodeId: z.number(),
    path: z.array(nodeRef),
    kind: z.enum(PARTNER_KINDS),
    name: z.string(),
    contact: z.string().nullable(),
    agreements: z.array(agreement),
    /** Behind if any commitment of a running agreement is; null without a begun agreement. */
    status: z.enum(['met', 'behind']).nullable(),
    fulfilments: z.array(fulfilment),
    archivedAt: z.date().nullable(),
    actions: z.array(z.enum(['manage'])),
  })
  .meta({ id: 'PartnerUnit' });
export type PartnerResponse = z.infer<typeof partner>;
export const partnerPage = pageOf(partner);
/** Part of a title or name, for the pickers that search the server. */
const searchText = z.string().trim().min(1).max(100).optional();
export const listPartnersQuery = z.object({ nodeId: id.optional(), q: searchText, ...pageQuery });
export type ListPartnersQuery = z.infer<typeof listPartnersQuery>;

// Needs and resources ------------------------------------------------------------------------------------------

export const needBody = z
  .strictObject({
    /** The compound (or, for staff, the community) the need is of. */
    nodeId: id,
    title: text(200),
    description: text(5000).optional(),
    /** Staff take a need up from a deliberation topic or an event. */
    topicId: id.optional(),
    eventId: id.optional(),
  })
  .refine((b) => b.topicId === undefined || b.eventId === undefined, {
    path: ['eventId'],
    message: 'a need comes from a topic or an event, not both',
  });
export type NeedBody = z.infer<typeof needBody>;

export const need = z
  .object({
    id: z.number(),
    communityId: z.number(),
    nodeId: z.number(),
    path: z.array(nodeRef),
    title: z.string(),
    description: z.string().nullable(),
    source: z.enum(['resident', 'staff', 'topic', 'event']),
    topicId: z.number().nullable(),
    eventId: z.number().nullable(),
    /** Masked (RULES.md §4) unless it is the caller's own. */
    raisedByName: z.string(),
    projectIds: z.array(z.number()),
    createdAt: z.date(),
  })
  .meta({ id: 'ProjectNeed' });
export const needPage = pageOf(need);
export const listNeedsQuery = z.object({
  nodeId: id.optional(),
  q: searchText,
  ...pageQuery,
});
export type ListNeedsQuery = z.infer<typeof listNeedsQuery>;

export const RESOURCE_KINDS = ['partner', 'fund', 'venue', 'volunteer_team'] as const;
export const resourceBody = z.strictObject({
  nodeId: id,
  kind: z.enum(RESOURCE_KINDS),
  name: text(200),
  partnerId: id.optional(),
  teamId: id.optional(),
  amount: cents.optional(),
  venue: text(200).optional(),
  note: text(2000).optional(),
});
export type ResourceBody = z.infer<typeof resourceBody>;

/** What a resource names may be corrected, not what it is: its kind, place, partner or team stay. */
export const resourcePatch = somePatch({
  name: text(200).optional(),
  amount: cents.optional(),
  venue: text(200).optional(),
  note: text(2000).nullable().optional(),
});
export type ResourcePatch = z.infer<typeof resourcePatch>;

export const resource = z
  .object({
    id: z.number(),
    communityId: z.number(),
    nodeId: z.number(),
    kind: z.enum(RESOURCE_KINDS),
    name: z.string(),
    partnerId: z.number().nullable(),
    teamId: z.number().nullable(),
    amount: z.number().nullable(),
    venue: z.string().nullable(),
    note: z.string().nullable(),
    archivedAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'ProjectResource' });
export const resourcePage = pageOf(resource);
export const listResourcesQuery = z.object({ nodeId: id.optional(), ...pageQuery });

// Projects and their ledger ------------------------------------------------------------------------------------

export const projectBody = z.strictObject({
  nodeId: id,
  title: text(200),
  description: text(5000).optional(),
  budget: z.number().int().min(0).max(1_000_000_000),
  /** Residents may contribute (众筹). */
  crowdfunding: z.boolean().optional(),
  needIds: z.array(id).max(50).optional(),
  resourceIds: z.array(id).max(50).optional(),
});
export type ProjectBody = z.infer<typeof projectBody>;

/** A proposed project corrected; `needIds` and `resourceIds`, when given, replace its links. */
export const projectPatch = somePatch({
  title: text(200).optional(),
  description: text(5000).nullable().optional(),
  budget: projectBody.shape.budget.optional(),
  crowdfunding: z.boolean().optional(),
  needIds: projectBody.shape.needIds,
  resourceIds: projectBody.shape.resourceIds,
});
export type ProjectPatch = z.infer<typeof projectPatch>;

export const actionParams = idParams.extend({ action: z.enum(PROJECT_ACTIONS) });
export const actionBody = z
  .strictObject({
    /** approve: by the community's decision (default) or by a passed owner vote, named by `voteId`. */
    by: z.enum(APPROVAL_KINDS).optional(),
    voteId: id.optional(),
    /** accept: the uploads (POST /events/attachments) showing the finished work. */
    photoIds: z.array(z.uuid()).max(20).optional(),
    note: text(2000).optional(),
  })
  .refine((b) => b.by !== 'vote' || b.voteId !== undefined, {
    path: ['voteId'],
    message: 'name the owner vote that approved the project',
  });
export type ActionBody = z.infer<typeof actionBody>;

export const entryBody = z.strictObject({
  kind: z.enum(LEDGER_KINDS),
  amount: cents,
  /** A contribution recorded by staff for a resident who paid at the desk. */
  personId: id.optional(),
  payee: text(200).optional(),
  note: text(500).optional(),
});
export type EntryBody = z.infer<typeof entryBody>;

export const contributionBody = z.strictObject({ amount: cents, note: text(500).optional() });

export const entry = z
  .object({
    id: z.number(),
    projectId: z.number(),
    kind: z.enum(LEDGER_KINDS),
    amount: z.number(),
    balanceAfter: z.number(),
    receiptNo: z.string().nullable(),
    /** The contributor, masked; the caller's own contributions show `mine`. */
    contributor: z.string().nullable(),
    mine: z.boolean(),
    payee: z.string().nullable(),
    note: z.string().nullable(),
    byName: z.string(),
    createdAt: z.date(),
  })
  .meta({ id: 'ProjectEntry' });
export type EntryResponse = z.infer<typeof entry>;
export const entryPage = pageOf(entry);

export const PROJECT_UI_ACTIONS = [...PROJECT_ACTIONS, 'edit', 'record', 'contribute'] as const;

export const project = z
  .object({
    id: z.number(),
    communityId: z.number(),
    nodeId: z.number(),
    path: z.array(nodeRef),
    title: z.string(),
    description: z.string().nullable(),
    budget: z.number(),
    crowdfunding: z.boolean(),
    status: z.enum(PROJECT_STATES),
    approvedBy: z.enum(APPROVAL_KINDS).nullable(),
    voteId: z.number().nullable(),
    approvedAt: z.date().nullable(),
    acceptedAt: z.date().nullable(),
    acceptanceNote: z.string().nullable(),
    closedAt: z.date().nullable(),
    income: z.number(),
    expense: z.number(),
    balance: z.number(),
    contributions: z.number(),
    needs: z.array(z.object({ id: z.number(), title: z.string() })),
    resources: z.array(z.object({ id: z.number(), kind: z.enum(RESOURCE_KINDS), name: z.string() })),
    photos: z.array(z.object({ id: z.string(), url: z.string() })),
    createdByName: z.string(),
    createdAt: z.date(),
    actions: z.array(z.enum(PROJECT_UI_ACTIONS)),
  })
  .meta({ id: 'MicroProject' });
export type ProjectResponse = z.infer<typeof project>;
export const projectPage = pageOf(project);
export const listProjectsQuery = z.object({
  nodeId: id.optional(),
  status: z.enum(PROJECT_STATES).optional(),
  ...pageQuery,
});
export type ListProjectsQuery = z.infer<typeof listProjectsQuery>;

export const photoParams = idParams.extend({ photoId: z.uuid() });
