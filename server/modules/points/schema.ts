import { z } from 'zod';
import { ENTRY_KINDS, MAX_RULE_POINTS, MONTH, RULE_KEYS } from '../../../domain/volunteers/points';
import { pageOf, pageQuery } from '../../http/pagination';
import { id, nodeRef } from '../org/schema';

const text = (max: number) => z.string().trim().min(1).max(max);

export const rulesQuery = z.object({ communityId: id });
export const rules = z.object({
  communityId: z.number(),
  /** Points per hour for each activity kind; per closed open event for `open_event`. */
  rules: z.record(z.enum(RULE_KEYS), z.number()),
  /** Which keys the community set itself; the others are the defaults. */
  custom: z.array(z.enum(RULE_KEYS)),
  actions: z.array(z.enum(['update'])),
});
export const rulesBody = z.strictObject({
  communityId: id,
  rules: z.partialRecord(z.enum(RULE_KEYS), z.number().int().min(0).max(MAX_RULE_POINTS)),
});
export type RulesBody = z.infer<typeof rulesBody>;

export const entry = z
  .object({
    id: z.number(),
    communityId: z.number(),
    personId: z.number(),
    kind: z.enum(ENTRY_KINDS),
    points: z.number(),
    balanceAfter: z.number(),
    /** The sign-up, event or redemption that caused it, by `kind`. */
    causeId: z.number(),
    note: z.string(),
    byName: z.string(),
    createdAt: z.date(),
  })
  .meta({ id: 'PointsEntry' });
export type EntryResponse = z.infer<typeof entry>;
export const entryPage = pageOf(entry);

export const passbook = z
  .object({ personId: z.number(), communityId: z.number(), name: z.string(), balance: z.number() })
  .meta({ id: 'Passbook' });
export const passbookPage = pageOf(passbook);
export const passbooksQuery = z.object({ communityId: id, ...pageQuery });
export type PassbooksQuery = z.infer<typeof passbooksQuery>;

export const mine = z.object({
  passbooks: z.array(passbook),
  items: z.array(entry),
  nextCursor: z.string().nullable(),
});

export const monthQuery = z.object({ month: z.string().regex(MONTH, 'YYYY-MM') });
export const statement = z.object({
  personId: z.number(),
  name: z.string(),
  month: z.string(),
  opening: z.number(),
  earned: z.number(),
  spent: z.number(),
  closing: z.number(),
  entries: z.array(entry),
});
export type StatementResponse = z.infer<typeof statement>;

export const rewardBody = z.strictObject({
  /** A compound or community: whose residents may redeem it. */
  nodeId: id,
  name: text(100),
  description: text(1000).optional(),
  cost: z.number().int().min(1).max(1_000_000),
  /** Omitted: unlimited. */
  stock: z.number().int().min(0).max(1_000_000).optional(),
});
export type RewardBody = z.infer<typeof rewardBody>;
export const rewardPatch = z.strictObject({
  active: z.boolean().optional(),
  stock: z.number().int().min(0).max(1_000_000).nullable().optional(),
});
export type RewardPatch = z.infer<typeof rewardPatch>;

export const reward = z
  .object({
    id: z.number(),
    communityId: z.number(),
    nodeId: z.number(),
    path: z.array(nodeRef),
    name: z.string(),
    description: z.string().nullable(),
    cost: z.number(),
    stock: z.number().nullable(),
    active: z.boolean(),
    actions: z.array(z.enum(['update', 'redeem'])),
  })
  .meta({ id: 'Reward' });
export type RewardResponse = z.infer<typeof reward>;
export const rewardPage = pageOf(reward);
export const rewardsQuery = z.object({ nodeId: id.optional(), ...pageQuery });
export type RewardsQuery = z.infer<typeof rewardsQuery>;

export const redeemBody = z.strictObject({ personId: id.optional() }).optional();

export const redemption = z
  .object({
    id: z.number(),
    communityId: z.number(),
    rewardId: z.number(),
    rewardName: z.string(),
    personId: z.number(),
    name: z.string(),
    cost: z.number(),
    status: z.enum(['requested', 'delivered']),
    createdAt: z.date(),
    deliveredAt: z.date().nullable(),
    balanceAfter: z.number().nullable(),
    actions: z.array(z.enum(['deliver'])),
  })
  .meta({ id: 'Redemption' });
export type RedemptionResponse = z.infer<typeof redemption>;
export const redemptionPage = pageOf(redemption);
export const redemptionsQuery = z.object({
  communityId: id,
  status: z.enum(['requested', 'delivered']).optional(),
  ...pageQuery,
});
export type RedemptionsQuery = z.infer<typeof redemptionsQuery>;
