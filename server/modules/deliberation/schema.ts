import { z } from 'zod';
import { EVENT_STATES } from '../../../domain/events/machine';
import { PROGRESS, TASK_ACTIONS, TASK_STATES } from '../../../domain/deliberation/follow-ups';
import { MEETING_ACTIONS, MEETING_KINDS, MEETING_STATES } from '../../../domain/deliberation/meetings';
import { TOPIC_ACTIONS, TOPIC_STATES } from '../../../domain/deliberation/topics';
import { pageOf, pageQuery } from '../../http/pagination';
import { id } from '../org/schema';

const text = (max: number) => z.string().trim().min(1).max(max);
const ids = z.array(z.number().int().positive()).max(50);

export const topicListQuery = z.object({
  nodeId: id.optional(),
  status: z.enum(TOPIC_STATES).optional(),
  ...pageQuery,
});
export type TopicListQuery = z.infer<typeof topicListQuery>;

export const raiseTopicBody = z.strictObject({
  /** The compound (or, from the console, the community) the topic is about. */
  nodeId: id,
  title: text(100),
  body: text(4000),
});
export type RaiseTopicBody = z.infer<typeof raiseTopicBody>;

const meetingRef = z.object({
  id: z.number(),
  title: z.string(),
  kind: z.enum(MEETING_KINDS),
  startsAt: z.date(),
  location: z.string(),
  status: z.enum(MEETING_STATES),
});

export const topicSummary = z
  .object({
    id: z.number(),
    communityId: z.number(),
    compoundId: z.number().nullable(),
    placeName: z.string(),
    title: z.string(),
    status: z.enum(TOPIC_STATES),
    source: z.enum(['resident', 'staff']),
    raisedByName: z.string(),
    supportCount: z.number(),
    commentCount: z.number(),
    createdAt: z.date(),
  })
  .meta({ id: 'TopicSummary' });
export type TopicSummary = z.infer<typeof topicSummary>;

export const topicDetail = topicSummary
  .extend({
    body: z.string(),
    supportedByMe: z.boolean(),
    meeting: meetingRef.nullable(),
    resolution: z.object({ id: z.number(), text: z.string(), consensus: z.boolean() }).nullable(),
    actions: z.array(z.enum(TOPIC_ACTIONS)),
  })
  .meta({ id: 'Topic' });
export type TopicDetail = z.infer<typeof topicDetail>;
export const topicPage = pageOf(topicSummary);

export const commentBody = z.strictObject({ body: text(2000) });
export const comment = z
  .object({
    id: z.number(),
    authorName: z.string(),
    authorKind: z.enum(['resident', 'staff']),
    body: z.string(),
    createdAt: z.date(),
  })
  .meta({ id: 'TopicComment' });
export const commentPage = pageOf(comment);
export const topicActionBody = z.strictObject({ reason: text(500).optional() });

export const meetingListQuery = z.object({
  nodeId: id.optional(),
  kind: z.enum(MEETING_KINDS).optional(),
  status: z.enum(MEETING_STATES).optional(),
  ...pageQuery,
});
export type MeetingListQuery = z.infer<typeof meetingListQuery>;

export const createMeetingBody = z.strictObject({
  kind: z.enum(MEETING_KINDS),
  nodeId: id,
  title: text(100),
  startsAt: z.coerce.date(),
  location: text(200),
  /** Governance bodies invited (a joint meeting's party branch, owners' committee, property company …). */
  bodyIds: ids.default([]),
  /** Accounts invited by name (resident representatives, the compound officer). */
  accountIds: ids.default([]),
  topicIds: ids.default([]),
});
export type CreateMeetingBody = z.infer<typeof createMeetingBody>;

export const editMeetingBody = z.strictObject({
  title: text(100).optional(),
  startsAt: z.coerce.date().optional(),
  location: text(200).optional(),
  bodyIds: ids.optional(),
  accountIds: ids.optional(),
});
export type EditMeetingBody = z.infer<typeof editMeetingBody>;

export const recordBody = z.strictObject({
  minutes: text(20_000),
  attendedInviteeIds: ids.max(200),
  otherAttendees: z.number().int().min(0).max(10_000).default(0),
});
export type RecordBody = z.infer<typeof recordBody>;
export const cancelBody = z.strictObject({ reason: text(500) });
export const agendaBody = z.strictObject({ topicId: z.number().int().positive() });

const eventFollowUp = z.strictObject({
  kind: z.literal('event'),
  categoryCode: text(64),
  description: text(2000),
  /** Where the work is; the meeting's compound (or community) when left out. */
  nodeId: z.number().int().positive().optional(),
});
const taskFollowUp = z.strictObject({
  kind: z.literal('task'),
  title: text(200),
  ownerAccountId: z.number().int().positive(),
  dueOn: z.iso.date(),
});
export const followUpBody = z.discriminatedUnion('kind', [eventFollowUp, taskFollowUp]);
export type FollowUpBody = z.infer<typeof followUpBody>;

export const resolutionBody = z.strictObject({
  topicId: z.number().int().positive().optional(),
  text: text(4000),
  consensus: z.boolean(),
  followUps: z.array(followUpBody).max(20).default([]),
});
export type ResolutionBody = z.infer<typeof resolutionBody>;

export const followUp = z
  .object({
    id: z.number(),
    kind: z.enum(['event', 'task']),
    title: z.string(),
    progress: z.enum(PROGRESS),
    ownerName: z.string().nullable(),
    dueOn: z.string().nullable(),
    status: z.enum(TASK_STATES).nullable(),
    doneAt: z.date().nullable(),
    event: z
      .object({ id: z.number(), status: z.enum(EVENT_STATES), deadline: z.date().nullable() })
      .nullable(),
    actions: z.array(z.enum(TASK_ACTIONS)),
  })
  .meta({ id: 'FollowUp' });
export type FollowUpResponse = z.infer<typeof followUp>;

export const resolution = z
  .object({
    id: z.number(),
    topicId: z.number().nullable(),
    topicTitle: z.string().nullable(),
    text: z.string(),
    consensus: z.boolean(),
    createdAt: z.date(),
    followUps: z.array(followUp),
  })
  .meta({ id: 'Resolution' });

export const meetingSummary = meetingRef
  .extend({
    communityId: z.number(),
    compoundId: z.number().nullable(),
    placeName: z.string(),
    convenedByName: z.string(),
  })
  .meta({ id: 'MeetingSummary' });
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const meetingDetail = meetingSummary
  .extend({
    minutes: z.string().nullable(),
    otherAttendees: z.number(),
    heldAt: z.date().nullable(),
    cancelReason: z.string().nullable(),
    invitees: z.array(
      z.object({
        id: z.number(),
        bodyId: z.number().nullable(),
        bodyKind: z.string().nullable(),
        accountId: z.number().nullable(),
        name: z.string(),
        attended: z.boolean().nullable(),
      }),
    ),
    agenda: z.array(topicSummary.extend({ position: z.number() })),
    resolutions: z.array(resolution),
    actions: z.array(z.enum(MEETING_ACTIONS)),
  })
  .meta({ id: 'Meeting' });
export type MeetingDetail = z.infer<typeof meetingDetail>;
export const meetingPage = pageOf(meetingSummary);

export const assigneeList = z.object({
  items: z.array(z.object({ accountId: z.number(), displayName: z.string(), roles: z.array(z.string()) })),
});

export const statsQuery = z.object({
  nodeId: id,
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type StatsQuery = z.infer<typeof statsQuery>;

const counts = {
  sessions: z.number(),
  resolutions: z.number(),
  consensus: z.number(),
};
export const statsResponse = z
  .object({
    nodeId: z.number(),
    from: z.string(),
    to: z.string(),
    ...counts,
    byKind: z.array(z.object({ kind: z.enum(MEETING_KINDS), sessions: z.number() })),
    topicsRaised: z.number(),
    topicsResolved: z.number(),
    consensusRate: z.number().nullable(),
    followUps: z.object({
      total: z.number(),
      open: z.number(),
      overdue: z.number(),
      done: z.number(),
      dropped: z.number(),
    }),
    byMonth: z.array(z.object({ month: z.string(), ...counts })),
    byCommunity: z.array(z.object({ communityId: z.number(), name: z.string(), ...counts })),
  })
  .meta({ id: 'DeliberationStats' });
export type StatsResponse = z.infer<typeof statsResponse>;
