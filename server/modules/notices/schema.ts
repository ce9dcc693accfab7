import { z } from 'zod';
import { OBJECTION_STATES } from '../../../domain/notices/period';
import { pageOf, pageQuery } from '../../http/pagination';
import { id, nodeRef } from '../org/schema';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.coerce.date();

export const publishBody = z.strictObject({
  /** The audience: everyone living under this community, compound, building or unit. */
  nodeId: id,
  title: text(200),
  body: text(20_000),
  /** Default: now. */
  startsAt: instant.optional(),
  /** Default: 7 days after the start. */
  endsAt: instant.optional(),
  attachmentIds: z.array(z.uuid()).max(9).optional(),
});
export type PublishBody = z.infer<typeof publishBody>;

const attachment = z.object({ id: z.string(), mime: z.string(), size: z.number(), url: z.string() });

export const notice = z
  .object({
    id: z.number(),
    communityId: z.number(),
    nodeId: z.number(),
    /** From the community down to the audience node. */
    audience: z.array(nodeRef),
    title: z.string(),
    body: z.string(),
    startsAt: z.date(),
    endsAt: z.date(),
    phase: z.enum(['scheduled', 'running', 'ended']),
    subjectKind: z.string().nullable(),
    subjectId: z.number().nullable(),
    publishedByName: z.string(),
    createdAt: z.date(),
    attachments: z.array(attachment),
    /** For staff: accounts that opened it, and objections (pending ones too). Null for residents. */
    readCount: z.number().nullable(),
    objections: z.object({ total: z.number(), pending: z.number() }).nullable(),
    /** For residents: when they opened it. */
    readAt: z.date().nullable(),
    actions: z.array(z.enum(['object', 'resolve'])),
  })
  .meta({ id: 'Notice' });
export type NoticeResponse = z.infer<typeof notice>;
export const noticePage = pageOf(notice);

export const listQuery = z.object({
  /** Notices whose audience lies at or under this node. */
  nodeId: id.optional(),
  subjectKind: z.string().max(64).optional(),
  subjectId: id.optional(),
  ...pageQuery,
});
export type ListQuery = z.infer<typeof listQuery>;

export const readsResponse = z.object({
  total: z.number(),
  byBuilding: z.array(z.object({ buildingId: z.number().nullable(), name: z.string(), count: z.number() })),
});

export const objectionBody = z.strictObject({ text: text(2000) });
export const resolveBody = z.strictObject({
  resolution: z.enum(['accepted', 'dismissed']),
  reply: text(2000),
});
export const objectionParams = z.object({ id, objectionId: id });

export const objection = z
  .object({
    id: z.number(),
    noticeId: z.number(),
    authorName: z.string(),
    text: z.string(),
    status: z.enum(OBJECTION_STATES),
    reply: z.string().nullable(),
    resolvedByName: z.string().nullable(),
    resolvedAt: z.date().nullable(),
    createdAt: z.date(),
    mine: z.boolean(),
  })
  .meta({ id: 'NoticeObjection' });
export const objectionList = z.object({ items: z.array(objection) });
