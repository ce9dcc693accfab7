import { z } from 'zod';
import { PARTY_KINDS } from '../../../domain/events/categories';
import { EVENT_LEVELS, EVENT_STATES, REJECT_REASONS, type EventAction } from '../../../domain/events/machine';
import { pageOf, pageQuery } from '../../http/pagination';
import { id } from '../org/schema';

const text = (max: number) => z.string().trim().min(1).max(max);
const attachmentIds = z.array(z.uuid()).max(9);
const localized = z.object({ 'zh-CN': z.string(), 'zh-HK': z.string(), 'en-US': z.string() });

export const category = z
  .object({
    code: z.string(),
    parentCode: z.string().nullable(),
    name: localized,
    responsibleParty: z.enum(PARTY_KINDS),
    department: z.string().nullable(),
    startLevel: z.enum(EVENT_LEVELS),
    deadlineHours: z.number().optional(),
    deadlineWorkingDays: z.number().optional(),
    dispatchMode: z.enum(['assign', 'open']),
    autoDispatch: z.boolean(),
  })
  .meta({ id: 'EventCategory' });

export const reportBody = z.strictObject({
  categoryCode: text(64),
  description: text(2000),
  nodeId: id.optional(),
  houseId: id.optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  address: text(200).optional(),
  attachmentIds: attachmentIds.optional(),
  /** Staff entering a report for someone (a phone call, the grid worker's patrol). */
  channel: z.enum(['console', 'patrol']).optional(),
});
export type ReportBody = z.infer<typeof reportBody>;

export const idempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(200).optional(),
});

/** The body each action takes; each action is its own route so the OpenAPI document states it exactly. */
export const ACTION_BODIES = {
  accept: z.strictObject({ note: text(1000).optional() }),
  dispatch: z.strictObject({
    partyId: z
      .string()
      .regex(/^[a-z_]+:\d+$/)
      .max(64)
      .optional(),
    note: text(1000).optional(),
  }),
  take: z.strictObject({ note: text(1000).optional() }),
  start: z.strictObject({ note: text(1000).optional() }),
  handle: z.strictObject({ note: text(2000), attachmentIds: attachmentIds.optional() }),
  verify: z.strictObject({ note: text(1000).optional(), attachmentIds: attachmentIds.optional() }),
  rework: z.strictObject({ reason: text(1000), attachmentIds: attachmentIds.optional() }),
  reject: z.strictObject({ reason: z.enum(REJECT_REASONS), note: text(1000).optional() }),
  cancel: z.strictObject({ note: text(1000).optional() }),
  return: z.strictObject({ reason: text(1000) }),
  escalate: z.strictObject({ reason: text(1000).optional() }),
  rate: z.strictObject({ score: z.number().int().min(1).max(5), comment: text(1000).optional() }),
  reopen: z.strictObject({ reason: text(1000).optional() }),
  comment: z.strictObject({ note: text(2000), attachmentIds: attachmentIds.optional() }),
} satisfies Record<EventAction, z.ZodType>;
export type ActionBody<A extends EventAction> = z.infer<(typeof ACTION_BODIES)[A]>;
export type AnyActionBody = { [A in EventAction]: ActionBody<A> }[EventAction];

const party = z
  .object({
    partyId: z.string(),
    kind: z.enum(PARTY_KINDS),
    nodeId: z.number(),
    level: z.enum(EVENT_LEVELS),
    department: z.string().nullable(),
    name: z.string(),
  })
  .meta({ id: 'EventParty' });

const attachment = z.object({ id: z.string(), mime: z.string(), size: z.number(), url: z.string() });

export const eventSummary = z
  .object({
    id: z.number(),
    status: z.enum(EVENT_STATES),
    categoryCode: z.string(),
    description: z.string(),
    level: z.enum(EVENT_LEVELS),
    communityId: z.number(),
    placeId: z.number().nullable(),
    placeName: z.string(),
    assignee: party.nullable(),
    deadline: z.date().nullable(),
    urgency: z.enum(['ok', 'warning', 'overdue']).nullable(),
    reworkCount: z.number(),
    rating: z.number().nullable(),
    reportedAt: z.date(),
    channel: z.string(),
  })
  .meta({ id: 'EventSummary' });

export const eventDetail = eventSummary
  .extend({
    compoundId: z.number().nullable(),
    houseId: z.number().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    address: z.string().nullable(),
    reporterName: z.string(),
    ratingComment: z.string().nullable(),
    acceptedAt: z.date().nullable(),
    dispatchedAt: z.date().nullable(),
    handledAt: z.date().nullable(),
    closedAt: z.date().nullable(),
    escalations: z.number(),
    attachments: z.array(attachment),
    timeline: z.array(
      z.object({
        id: z.number(),
        action: z.string(),
        fromStatus: z.enum(EVENT_STATES).nullable(),
        toStatus: z.enum(EVENT_STATES),
        actorName: z.string(),
        note: z.string().nullable(),
        data: z.record(z.string(), z.unknown()),
        attachments: z.array(attachment),
        at: z.date(),
      }),
    ),
    actions: z.array(z.string()),
    /** For dispatchers: the same category at the same place within 24 hours. */
    possibleDuplicates: z.array(
      z.object({ id: z.number(), status: z.enum(EVENT_STATES), reportedAt: z.date() }),
    ),
  })
  .meta({ id: 'Event' });
export type EventDetail = z.infer<typeof eventDetail>;
export type EventSummary = z.infer<typeof eventSummary>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const statusList = z
  .string()
  .max(200)
  .transform((s, ctx) => {
    const parts = s.split(',').filter(Boolean);
    const bad = parts.find((p) => !(EVENT_STATES as readonly string[]).includes(p));
    if (bad) ctx.addIssue({ code: 'custom', message: `unknown status ${bad}` });
    return parts as (typeof EVENT_STATES)[number][];
  });

export const listQuery = z.object({
  status: statusList.optional(),
  categoryCode: z.string().max(64).optional(),
  nodeId: id.optional(),
  /** Events in the compounds of one grid (一张网格管全域). */
  gridId: id.optional(),
  assignedToMe: flag.optional(),
  mine: flag.optional(),
  overdue: flag.optional(),
  ...pageQuery,
});
export type ListQuery = z.infer<typeof listQuery>;
export const eventPage = pageOf(eventSummary);

export const statsQuery = z.object({
  nodeId: id,
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

const rate = z.number().nullable();
export const statsResponse = z
  .object({
    nodeId: z.number(),
    from: z.string(),
    to: z.string(),
    total: z.number(),
    accepted: z.number(),
    handled: z.number(),
    closed: z.number(),
    handlingRate: rate,
    onTimeRate: rate,
    satisfactionRate: rate,
    reworkRate: rate,
    avgHoursToClose: z.number().nullable(),
    byCategory: z.array(z.object({ code: z.string(), count: z.number() })),
    byStatus: z.array(z.object({ status: z.enum(EVENT_STATES), count: z.number() })),
    byDay: z.array(z.object({ day: z.string(), reported: z.number(), closed: z.number() })),
  })
  .meta({ id: 'EventStats' });

export const inboxQuery = z.object({ unread: flag.optional(), ...pageQuery });
export const inboxItem = z.object({
  id: z.number(),
  eventId: z.number(),
  kind: z.string(),
  text: z.string(),
  read: z.boolean(),
  createdAt: z.date(),
});
export const inboxPage = pageOf(inboxItem).extend({ unread: z.number() });
export const readBody = z.strictObject({
  ids: z.array(z.number().int().positive()).min(1).max(200).optional(),
});

export const policyBody = z.strictObject({
  holidays: z.array(z.iso.date()).max(400),
  workdays: z.array(z.iso.date()).max(400),
  escalateAfterHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
});
export type PolicyBody = z.infer<typeof policyBody>;
export const policyResponse = policyBody.extend({ streetId: z.number() });
export const streetQuery = z.object({ streetId: id });

/** A street's own rule for a category (who answers, from which level, whether dispatch is automatic); null removes it. */
export const dispatchRuleBody = z
  .strictObject({
    responsibleParty: z.enum(PARTY_KINDS).exclude(['volunteer']),
    department: text(64).nullable().optional(),
    startLevel: z.enum(EVENT_LEVELS),
    autoDispatch: z.boolean(),
  })
  .nullable();
export type DispatchRuleBody = z.infer<typeof dispatchRuleBody>;

export const partyList = z.object({ items: z.array(party) });
export { party as partySchema };
