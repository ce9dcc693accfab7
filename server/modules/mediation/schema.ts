import { z } from 'zod';
import {
  CASE_ACTIONS,
  CASE_STATES,
  CASE_TYPES,
  OUTCOMES,
  PARTY_ROLES,
} from '../../../domain/mediation/machine';
import { pageOf, pageQuery } from '../../http/pagination';
import { id, nodeRef } from '../org/schema';

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();

export const partyBody = z.strictObject({
  role: z.enum(PARTY_ROLES),
  name: text(50),
  personId: id.optional(),
});

/** A case names its place (`nodeId`) or the event it came from (`eventId`, whose place it takes). */
export const caseBody = z.strictObject({
  nodeId: id.optional(),
  eventId: id.optional(),
  type: z.enum(CASE_TYPES),
  title: text(100),
  summary: text(2000),
  parties: z.array(partyBody).min(2).max(20),
  mediatorIds: z.array(id).max(5).default([]),
});
export type CaseBody = z.infer<typeof caseBody>;

export const listCasesQuery = z.object({
  nodeId: id.optional(),
  status: z.enum(CASE_STATES).optional(),
  type: z.enum(CASE_TYPES).optional(),
  ...pageQuery,
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;

export const party = z.object({
  id: z.number(),
  role: z.enum(PARTY_ROLES),
  name: z.string(),
  personId: z.number().nullable(),
});

export const session = z.object({
  id: z.number(),
  heldAt: z.date(),
  place: z.string(),
  notes: z.string(),
  attendees: z.array(z.string()),
  recordedByName: z.string(),
});

export const caseSummary = z
  .object({
    id: z.number(),
    communityId: z.number(),
    nodeId: z.number(),
    path: z.array(nodeRef),
    eventId: z.number().nullable(),
    type: z.enum(CASE_TYPES),
    title: z.string(),
    status: z.enum(CASE_STATES),
    outcome: z.enum(OUTCOMES).nullable(),
    /** Names masked (`张*`): a list is read by more people than a case's file. */
    parties: z.array(party),
    openedAt: z.date(),
    closedAt: z.date().nullable(),
  })
  .meta({ id: 'MediationCaseSummary' });
export type CaseSummary = z.infer<typeof caseSummary>;
export const casePage = pageOf(caseSummary);

export const mediationCase = caseSummary
  .extend({
    summary: z.string(),
    agreement: z.string().nullable(),
    failureReason: z.string().nullable(),
    referredTo: z.string().nullable(),
    followUpOn: z.string().nullable(),
    followUpResult: z.string().nullable(),
    mediators: z.array(z.object({ personId: z.number(), name: z.string() })),
    sessions: z.array(session),
    decidedAt: z.date().nullable(),
    createdByName: z.string(),
    actions: z.array(z.enum(CASE_ACTIONS)),
  })
  .meta({ id: 'MediationCase' });
export type CaseResponse = z.infer<typeof mediationCase>;

export const sessionBody = z.strictObject({
  heldAt: z.iso.datetime({ offset: true }),
  place: text(100),
  notes: text(4000),
  attendees: z.array(text(50)).min(1).max(30),
});
export type SessionBody = z.infer<typeof sessionBody>;
export const agreeBody = z.strictObject({ agreement: text(4000) });
export const failBody = z.strictObject({ reason: text(2000) });
export const referBody = z.strictObject({ referredTo: text(200) });
export const followUpBody = z.strictObject({ visitedOn: day, result: text(2000) });
export const closeBody = z.strictObject({}).optional();

export const mediatorsQuery = z.object({ communityId: id.optional(), ...pageQuery });
export const mediatorBody = z.strictObject({ communityId: id, personId: id });
export const mediatorRow = z.object({
  communityId: z.number(),
  personId: z.number(),
  name: z.string(),
  since: z.date(),
  cases: z.number(),
});
export const mediatorPage = pageOf(mediatorRow);

export const statsQuery = z.object({
  nodeId: id.optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});
export type StatsQuery = z.infer<typeof statsQuery>;
const counts = z.object({
  total: z.number(),
  pending: z.number(),
  agreed: z.number(),
  failed: z.number(),
  referred: z.number(),
});
export const stats = z.object({
  total: counts,
  byType: z.array(counts.extend({ type: z.enum(CASE_TYPES) })),
  /** Agreed among decided cases, as a percentage to one decimal; null before any case is decided. */
  agreementRate: z.number().nullable(),
});

export const trendQuery = z.object({
  nodeId: id.optional(),
  type: z.enum(CASE_TYPES).default('property'),
  /** The last month of the window, `YYYY-MM`; the current month by default. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
    .optional(),
  months: z.coerce.number().int().min(1).max(24).default(12),
});
export type TrendQuery = z.infer<typeof trendQuery>;
export const trend = z.object({
  type: z.enum(CASE_TYPES),
  months: z.array(
    z.object({ month: z.string(), count: z.number(), previous: z.number(), rate: z.number().nullable() }),
  ),
  total: z.number(),
  previousTotal: z.number(),
  /** The window against the same months a year earlier, in percent (seed 001: −65.1). */
  rate: z.number().nullable(),
});

export const exportQuery = z.object({ nodeId: id.optional() });
