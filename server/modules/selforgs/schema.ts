import { z } from 'zod';
import { SELF_ORG_KINDS, STAGES, SUPPORT_KINDS } from '../../../domain/selforgs/stages';
import { pageOf, pageQuery } from '../../http/pagination';
import { id, idParams, nodeRef } from '../org/schema';

const text = (max: number) => z.string().trim().min(1).max(max);

export const orgBody = z.strictObject({
  /** The compound or community the organisation belongs to. */
  nodeId: id,
  name: text(100),
  kind: z.enum(SELF_ORG_KINDS),
  description: text(2000).optional(),
  leaderPersonId: id.optional(),
});
export type OrgBody = z.infer<typeof orgBody>;

export const listOrgsQuery = z.object({
  nodeId: id.optional(),
  stage: z.enum(STAGES).optional(),
  ...pageQuery,
});
export type ListOrgsQuery = z.infer<typeof listOrgsQuery>;

export const org = z
  .object({
    id: z.number(),
    communityId: z.number(),
    nodeId: z.number(),
    path: z.array(nodeRef),
    name: z.string(),
    kind: z.enum(SELF_ORG_KINDS),
    description: z.string().nullable(),
    leader: z.object({ personId: z.number(), name: z.string() }).nullable(),
    stage: z.enum(STAGES),
    members: z.number(),
    createdAt: z.date(),
    actions: z.array(z.enum(['manage'])),
    /** The stages it may move to next. */
    nextStages: z.array(z.enum(STAGES)),
  })
  .meta({ id: 'SelfOrg' });
export type OrgResponse = z.infer<typeof org>;
export const orgPage = pageOf(org);

export const orgDetail = org
  .extend({
    stages: z.array(
      z.object({
        fromStage: z.enum(STAGES).nullable(),
        toStage: z.enum(STAGES),
        on: z.string(),
        note: z.string().nullable(),
        byName: z.string(),
      }),
    ),
    support: z.array(
      z.object({
        id: z.number(),
        kind: z.enum(SUPPORT_KINDS),
        provider: z.string(),
        amount: z.number().nullable(),
        receivedOn: z.string(),
        note: z.string().nullable(),
      }),
    ),
    activities: z.array(
      z.object({
        id: z.number(),
        title: z.string(),
        place: z.string(),
        startsAt: z.date(),
        status: z.string(),
      }),
    ),
  })
  .meta({ id: 'SelfOrgDetail' });
export type OrgDetailResponse = z.infer<typeof orgDetail>;

export const memberBody = z.strictObject({ personId: id });
export const memberParams = idParams.extend({ personId: id });
export const member = z.object({ personId: z.number(), name: z.string(), joinedAt: z.date() });
export const memberPage = pageOf(member);

export const stageBody = z.strictObject({
  stage: z.enum(STAGES),
  on: z.iso.date(),
  note: text(1000).optional(),
});
export type StageBody = z.infer<typeof stageBody>;

export const supportBody = z.strictObject({
  kind: z.enum(SUPPORT_KINDS),
  provider: text(200),
  amount: z.number().nonnegative().max(1e11).multipleOf(0.01).optional(),
  receivedOn: z.iso.date(),
  note: text(1000).optional(),
});
export type SupportBody = z.infer<typeof supportBody>;

export const activityLinkBody = z.strictObject({ activityId: id });
export const activityParams = idParams.extend({ activityId: id });

export const statsQuery = z.object({ nodeId: id.optional() });
export const stats = z.object({
  byStage: z.array(z.object({ stage: z.enum(STAGES), count: z.number() })),
  total: z.number(),
  /** Incubated or independent: what seed 001 counts as incubated (110+). */
  incubated: z.number(),
  members: z.number(),
});
