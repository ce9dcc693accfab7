import { z } from 'zod';
import { CONVENTION_ACTIONS, CONVENTION_STATES } from '../../../domain/conventions/machine';
import { pageOf, pageQuery } from '../../http/pagination';
import { id, nodeRef } from '../org/schema';
import { voteOutcomeSchema } from '../votes/deciding-vote';

const text = (max: number) => z.string().trim().min(1).max(max);

export const createBody = z.strictObject({
  /** A compound or a building: its owners adopt it, its residents sign it. */
  nodeId: id,
  title: text(200),
  body: text(20_000),
});
export type CreateBody = z.infer<typeof createBody>;

export const editBody = z.strictObject({ title: text(200).optional(), body: text(20_000).optional() });
export type EditBody = z.infer<typeof editBody>;

export const ACTION_ROUTES = ['start_vote', 'close_vote', 'cancel'] as const;
export const actionParams = z.object({ id, action: z.enum(ACTION_ROUTES) });
export const actionBody = z.strictObject({ closesAt: z.coerce.date().optional() }).optional();
export type ActionBody = z.infer<typeof actionBody>;

export const summary = z.object({
  id: z.number(),
  communityId: z.number(),
  nodeId: z.number(),
  place: z.array(nodeRef),
  title: z.string(),
  status: z.enum(CONVENTION_STATES),
  adoptedAt: z.date().nullable(),
  createdByName: z.string(),
  createdAt: z.date(),
});
export type ConventionSummary = z.infer<typeof summary>;

export const conventionOut = summary
  .extend({
    body: z.string(),
    vote: voteOutcomeSchema.nullable(),
    signatures: z.number(),
    /** When the caller signed, or null. */
    signedAt: z.date().nullable(),
    actions: z.array(z.enum(CONVENTION_ACTIONS)),
  })
  .meta({ id: 'Convention' });
export type ConventionResponse = z.infer<typeof conventionOut>;
export const summaryPage = pageOf(summary.meta({ id: 'ConventionSummary' }));

export const listQuery = z.object({
  nodeId: id.optional(),
  status: z.enum(CONVENTION_STATES).optional(),
  ...pageQuery,
});
export type ListQuery = z.infer<typeof listQuery>;

const share = { households: z.number(), signedHouseholds: z.number(), coverage: z.number() };
export const coverageOut = z
  .object({
    conventionId: z.number(),
    ...share,
    byBuilding: z.array(z.object({ buildingId: z.number(), name: z.string(), ...share })),
  })
  .meta({ id: 'ConventionCoverage' });
