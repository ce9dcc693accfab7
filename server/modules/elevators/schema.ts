import { z } from 'zod';
import { ELEVATOR_ACTIONS, ELEVATOR_STATES } from '../../../domain/elevators/machine';
import { pageOf, pageQuery } from '../../http/pagination';
import { id, nodeRef } from '../org/schema';
import { voteOutcomeSchema } from '../votes/deciding-vote';

const text = (max: number) => z.string().trim().min(1).max(max);

export const createBody = z.strictObject({
  /** The unit (单元) whose owners decide. */
  unitId: id,
  title: text(200),
  /** The plan: where the shaft stands, the works, the contractor … (noticed to the unit's residents). */
  plan: text(20_000),
  /** Houses of the unit whose exclusive part the elevator occupies: their owners must consent. */
  occupiedHouseIds: z.array(id).max(50).optional(),
});
export type CreateBody = z.infer<typeof createBody>;

/** The whole new set of occupied houses (the plan changed before its notice). */
export const occupiedBody = z.strictObject({ houseIds: z.array(id).max(50) });
export type OccupiedBody = z.infer<typeof occupiedBody>;

/** Actions without a body of their own; `closesAt` for start_vote, `noticeDays` for publish_plan. */
export const ACTION_ROUTES = [
  'start_vote',
  'close_vote',
  'publish_plan',
  'close_notice',
  'complete',
  'cancel',
] as const;
export const actionParams = z.object({ id, action: z.enum(ACTION_ROUTES) });
export const actionBody = z
  .strictObject({
    closesAt: z.coerce.date().optional(),
    /** How long the plan is noticed; 15 days unless given (RULES.md §2, configurable by the street). */
    noticeDays: z.number().int().min(1).max(90).optional(),
  })
  .optional();
export type ActionBody = z.infer<typeof actionBody>;

export const consentBody = z.strictObject({
  houseId: id,
  /** `online`: the house's owner, signed in; `paper`: staff enter a signed written consent. */
  channel: z.enum(['online', 'paper']),
});
export type ConsentBody = z.infer<typeof consentBody>;

export const costsBody = z.strictObject({
  /** In yuan, at most two decimals. */
  budget: z.number().positive().max(100_000_000),
  weights: z
    .array(z.strictObject({ floor: z.number().int().min(-5).max(200), weight: z.number().min(0).max(100) }))
    .min(1)
    .max(200),
});
export type CostsBody = z.infer<typeof costsBody>;

export const eligibilityQuery = z.object({ unitId: id });
export const eligibilityOut = z
  .object({
    unitId: z.number(),
    eligible: z.boolean(),
    floors: z.number().nullable(),
    reasons: z.array(z.enum(['floors_unknown', 'too_low', 'has_elevator'])),
    /** A retrofit still running on this unit, if any: one at a time. */
    runningId: z.number().nullable(),
  })
  .meta({ id: 'ElevatorEligibility' });

const costRow = z.object({
  floor: z.number(),
  weight: z.number(),
  households: z.number(),
  amount: z.number(),
  perHousehold: z.array(z.number()),
});

export const summary = z.object({
  id: z.number(),
  communityId: z.number(),
  unitId: z.number(),
  /** From the community down to the unit. */
  place: z.array(nodeRef),
  title: z.string(),
  status: z.enum(ELEVATOR_STATES),
  floors: z.number(),
  createdByName: z.string(),
  createdAt: z.date(),
});
export type InstallationSummary = z.infer<typeof summary>;

export const installation = summary
  .extend({
    plan: z.string(),
    vote: voteOutcomeSchema.nullable(),
    occupied: z.array(
      z.object({
        houseId: z.number(),
        houseLabel: z.string(),
        consentedAt: z.date().nullable(),
        channel: z.enum(['online', 'paper']).nullable(),
        byName: z.string().nullable(),
      }),
    ),
    notice: z
      .object({
        id: z.number(),
        title: z.string(),
        startsAt: z.date(),
        endsAt: z.date(),
        phase: z.enum(['scheduled', 'running', 'ended']),
        objections: z.object({ total: z.number(), pending: z.number() }),
      })
      .nullable(),
    noticeDays: z.number(),
    costs: z.object({ budget: z.number(), total: z.number(), rows: z.array(costRow) }).nullable(),
    /** The unit's households per floor now, with the default weights: where a new table starts. */
    suggestedWeights: z.array(z.object({ floor: z.number(), weight: z.number(), households: z.number() })),
    /** Occupied houses the caller owns whose consent is still missing. */
    myPendingHouseIds: z.array(z.number()),
    actions: z.array(z.enum(ELEVATOR_ACTIONS)),
  })
  .meta({ id: 'ElevatorInstallation' });
export type InstallationResponse = z.infer<typeof installation>;
export const summaryPage = pageOf(summary.meta({ id: 'ElevatorInstallationSummary' }));

export const listQuery = z.object({
  /** Retrofits at or under this node. */
  nodeId: id.optional(),
  status: z.enum(ELEVATOR_STATES).optional(),
  ...pageQuery,
});
export type ListQuery = z.infer<typeof listQuery>;
