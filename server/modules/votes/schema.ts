import { z } from 'zod';
import { CHANNELS, CHOICES, VOTE_ACTIONS, VOTE_STATES } from '../../../domain/votes/vote';
import { pageOf, pageQuery } from '../../http/pagination';
import { id, nodeRef } from '../org/schema';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.coerce.date();
const rule = z.enum(['majority', 'three_quarters']);

export const createBody = z
  .strictObject({
    /** A compound, building or unit: its owners vote. */
    nodeId: id,
    /** Art. 278's matter, 1–9; 6, 7 and 8 need three quarters. */
    matter: z.number().int().min(1).max(9),
    title: text(200),
    description: text(5000).optional(),
    opensAt: instant.optional(),
    closesAt: instant.optional(),
    allowChange: z.boolean().optional(),
    absentCountsAsAgree: z.boolean().optional(),
  })
  .refine((b) => !b.opensAt || !b.closesAt || b.closesAt > b.opensAt, {
    path: ['closesAt'],
    message: 'must be after opensAt',
  });
export type CreateBody = z.infer<typeof createBody>;

export const closeBody = z
  .strictObject({
    /** How long the result notice runs; 7 days unless given. */
    noticeDays: z.number().int().min(1).max(90).optional(),
  })
  .optional();

export const ballotBody = z
  .strictObject({
    houseId: id,
    choice: z.enum(CHOICES),
    channel: z.enum(CHANNELS),
    proxyName: text(50).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.channel === 'proxy' && !b.proxyName)
      ctx.addIssue({ code: 'custom', path: ['proxyName'], message: 'a proxy ballot names the proxy' });
    if (b.channel !== 'proxy' && b.proxyName)
      ctx.addIssue({ code: 'custom', path: ['proxyName'], message: 'only proxy ballots name a proxy' });
  });
export type BallotBody = z.infer<typeof ballotBody>;

const measures = {
  totalArea: z.number(),
  totalOwners: z.number(),
};

export const result = z
  .object({
    voteId: z.number(),
    status: z.enum(VOTE_STATES),
    rule,
    ...measures,
    participatingArea: z.number(),
    participatingOwners: z.number(),
    agreeArea: z.number(),
    agreeOwners: z.number(),
    quorumMet: z.boolean(),
    passed: z.boolean(),
    quorum: z.object({ area: z.boolean(), heads: z.boolean() }),
    approval: z.object({ area: z.boolean(), heads: z.boolean() }),
    absentCountsAsAgree: z.boolean(),
    /** Houses counted as agreeing only because they did not vote (with `absentCountsAsAgree`). */
    deemedAgreeing: z.number(),
    /** Houses with a ballot. */
    ballots: z.number(),
    /** True once the vote closed: the result of record, frozen then. */
    final: z.boolean(),
  })
  .meta({ id: 'VoteResult' });
export type VoteResult = z.infer<typeof result>;

export const myHouse = z.object({
  houseId: z.number(),
  houseLabel: z.string(),
  choice: z.enum(CHOICES).nullable(),
  castAt: z.date().nullable(),
});

export const vote = z
  .object({
    id: z.number(),
    communityId: z.number(),
    nodeId: z.number(),
    /** From the community down to the vote's node. */
    place: z.array(nodeRef),
    matter: z.number(),
    rule,
    title: z.string(),
    description: z.string().nullable(),
    status: z.enum(VOTE_STATES),
    opensAt: z.date().nullable(),
    closesAt: z.date().nullable(),
    allowChange: z.boolean(),
    absentCountsAsAgree: z.boolean(),
    subjectKind: z.string().nullable(),
    subjectId: z.number().nullable(),
    createdByName: z.string(),
    createdAt: z.date(),
    openedAt: z.date().nullable(),
    closedAt: z.date().nullable(),
    cancelledAt: z.date().nullable(),
    electorate: z.object(measures).nullable(),
    /** The public notice of the result (published at closing) and the day it is due by law. */
    noticeId: z.number().nullable(),
    publishBy: z.date().nullable(),
    /** The caller's own houses in the electorate (owners), with their current ballot. */
    myHouses: z.array(myHouse),
    actions: z.array(z.enum([...VOTE_ACTIONS, 'enter_ballot', 'export'])),
  })
  .meta({ id: 'Vote' });
export type VoteResponse = z.infer<typeof vote>;
export const votePage = pageOf(vote);

export const listQuery = z.object({
  /** Votes at or under this node. */
  nodeId: id.optional(),
  status: z.enum(VOTE_STATES).optional(),
  subjectKind: z.string().max(64).optional(),
  subjectId: id.optional(),
  ...pageQuery,
});
export type ListQuery = z.infer<typeof listQuery>;

export const elector = z
  .object({
    houseId: z.number(),
    houseLabel: z.string(),
    area: z.number(),
    areaSource: z.enum(['registered', 'surveyed', 'contract']),
    /** Masked (`王*明`): lists are read by many. */
    ownerNames: z.array(z.string()),
    developerHeld: z.boolean(),
    ownerUnknown: z.boolean(),
    ballot: z.object({ choice: z.enum(CHOICES), channel: z.enum(CHANNELS), castAt: z.date() }).nullable(),
  })
  .meta({ id: 'VoteElector' });
export const electorPage = pageOf(elector);
export const electorQuery = z.object({
  /** A house number (`101`) to find among the electorate. */
  number: z.string().trim().min(1).max(20).optional(),
  ...pageQuery,
});
export type ElectorQuery = z.infer<typeof electorQuery>;

export const ballot = z
  .object({
    id: z.number(),
    houseId: z.number(),
    houseLabel: z.string(),
    choice: z.enum(CHOICES),
    channel: z.enum(CHANNELS),
    /** Masked like owners' names. */
    proxyName: z.string().nullable(),
    enteredByName: z.string(),
    castAt: z.date(),
    /** Set when a later ballot of the same house replaced this one. */
    supersededAt: z.date().nullable(),
  })
  .meta({ id: 'VoteBallot' });
export const ballotPage = pageOf(ballot);
export const ballotQuery = z.object({
  /** Include replaced ballots (the record of changes). */
  history: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});
export type BallotQuery = z.infer<typeof ballotQuery>;
