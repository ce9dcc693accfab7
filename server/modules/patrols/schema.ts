import { z } from 'zod';
import { CATEGORY_CODE } from '../../../domain/events/categories';
import { ITEM_CODE, MAX_CHECKLIST_ITEMS, PLAN_SCOPES } from '../../../domain/patrols/checklists';
import { PERIODS } from '../../../domain/patrols/coverage';
import { ANSWER_RESULTS, PATROL_STATES } from '../../../domain/patrols/patrol';
import { HHMM } from '../../../domain/patrols/rounds';
import { pageOf, pageQuery } from '../../http/pagination';
import { id } from '../org/schema';

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();
const localized = z.object({ 'zh-CN': text(100), 'zh-HK': text(100), 'en-US': text(200) });

export const checklistItem = z
  .object({
    code: z.string().regex(ITEM_CODE),
    label: localized,
    categoryCode: z.string().max(64).regex(CATEGORY_CODE).nullable(),
  })
  .meta({ id: 'PatrolChecklistItem' });
const checklist = z.array(checklistItem).min(1).max(MAX_CHECKLIST_ITEMS);
const roundWindow = z.object({ start: z.string().regex(HHMM), end: z.string().regex(HHMM) });
const windows = z.array(roundWindow).min(1).max(12);

export const planBody = z.strictObject({
  scope: z.enum(PLAN_SCOPES),
  /** The grid of a grid plan. */
  gridId: id.optional(),
  /** The building of a building plan. */
  buildingId: id.optional(),
  name: text(100),
  /** Defaults to three rounds a day for a grid, one for a building. */
  windows: windows.optional(),
  /** Defaults to the grid checklist or the building leader's five duties. */
  checklist: checklist.optional(),
  activeFrom: isoDate.optional(),
  activeTo: isoDate.nullable().optional(),
});
export type PlanBody = z.infer<typeof planBody>;

export const planPatch = z.strictObject({
  name: text(100).optional(),
  windows: windows.optional(),
  checklist: checklist.optional(),
  activeTo: isoDate.nullable().optional(),
});
export type PlanPatch = z.infer<typeof planPatch>;

export const plan = z
  .object({
    id: z.number(),
    communityId: z.number(),
    scope: z.enum(PLAN_SCOPES),
    gridId: z.number().nullable(),
    buildingId: z.number().nullable(),
    targetName: z.string(),
    name: z.string(),
    windows: z.array(roundWindow),
    checklist: z.array(checklistItem),
    activeFrom: z.string(),
    activeTo: z.string().nullable(),
    actions: z.array(z.enum(['update', 'start'])),
  })
  .meta({ id: 'PatrolPlan' });
export type PlanResponse = z.infer<typeof plan>;
export const planPage = pageOf(plan);

export const listPlansQuery = z.object({
  ...pageQuery,
  communityId: id.optional(),
  scope: z.enum(PLAN_SCOPES).optional(),
  /** Only the plans the caller walks: their grids' plans and their buildings'. */
  mine: z.stringbool().optional(),
});

export const defaults = z.object({ grid: z.array(checklistItem), building: z.array(checklistItem) });

export const pointBody = z.strictObject({
  placeId: id,
  name: text(100).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});
export const point = z
  .object({
    id: z.number(),
    communityId: z.number(),
    placeId: z.number(),
    name: z.string(),
    code: z.string(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
  })
  .meta({ id: 'PatrolPoint' });
export const pointPage = pageOf(point);
export const listPointsQuery = z.object({ ...pageQuery, nodeId: id });

export const startBody = z.strictObject({ planId: id, note: text(500).optional() });

export const checkInBody = z
  .strictObject({
    /** The code printed on the point's plate, typed or scanned (`linli:point:CODE`). */
    pointCode: z.string().trim().min(1).max(40).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    note: text(500).optional(),
  })
  .refine((b) => b.pointCode !== undefined || (b.lat !== undefined && b.lng !== undefined), {
    message: 'give a point code or both coordinates',
    path: ['pointCode'],
  });
export type CheckInBody = z.infer<typeof checkInBody>;

export const answerBody = z.strictObject({
  result: z.enum(ANSWER_RESULTS),
  note: text(1000).optional(),
  /** Photos uploaded through POST /events/attachments; a filed event takes them. */
  attachmentIds: z.array(z.uuid()).max(9).optional(),
  checkInId: id.optional(),
});
export type AnswerBody = z.infer<typeof answerBody>;
export const answerParams = z.object({ id, itemCode: z.string().regex(ITEM_CODE) });

export const fileBody = z.strictObject({ description: text(2000).optional() }).nullish();

/** Either a staff account or a party member (a person); which one is checked after the patrol is found. */
export const memberBody = z.strictObject({ accountId: id.optional(), personId: id.optional() });
export const finishBody = z.strictObject({ note: text(1000).optional() }).nullish();

const checkIn = z.object({
  id: z.number(),
  at: z.date(),
  pointId: z.number().nullable(),
  placeId: z.number().nullable(),
  placeName: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  note: z.string().nullable(),
});
const answer = z
  .object({
    itemCode: z.string(),
    result: z.enum(ANSWER_RESULTS),
    note: z.string().nullable(),
    attachmentIds: z.array(z.string()),
    checkInId: z.number().nullable(),
    eventId: z.number().nullable(),
    answeredAt: z.date(),
  })
  .meta({ id: 'PatrolAnswer' });
export type AnswerResponse = z.infer<typeof answer>;
const member = z.object({
  id: z.number(),
  accountId: z.number().nullable(),
  personId: z.number().nullable(),
  name: z.string(),
});

export const patrolSummary = z
  .object({
    id: z.number(),
    communityId: z.number(),
    planId: z.number(),
    planName: z.string(),
    leaderAccountId: z.number(),
    leaderName: z.string(),
    status: z.enum(PATROL_STATES),
    startedAt: z.date(),
    finishedAt: z.date().nullable(),
    checkIns: z.number(),
    failedItems: z.number(),
    eventsFiled: z.number(),
  })
  .meta({ id: 'PatrolSummary' });
export type PatrolSummary = z.infer<typeof patrolSummary>;
export const patrolPage = pageOf(patrolSummary);

export const PATROL_ACTIONS = ['check_in', 'answer', 'add_member', 'finish', 'file_event'] as const;
export const patrolDetail = patrolSummary
  .extend({
    note: z.string().nullable(),
    checklist: z.array(checklistItem),
    checkInList: z.array(checkIn),
    answers: z.array(answer),
    members: z.array(member),
    actions: z.array(z.enum(PATROL_ACTIONS)),
  })
  .meta({ id: 'Patrol' });
export type PatrolDetail = z.infer<typeof patrolDetail>;

export const listPatrolsQuery = z.object({
  ...pageQuery,
  planId: id.optional(),
  communityId: id.optional(),
  status: z.enum(PATROL_STATES).optional(),
  /** Only patrols the caller leads or walks with. */
  mine: z.stringbool().optional(),
});

export const coverageQuery = z.object({
  communityId: id,
  from: isoDate,
  to: isoDate,
  period: z.enum(PERIODS).default('day'),
});
export type CoverageQuery = z.infer<typeof coverageQuery>;
const coverageRow = z.object({
  period: z.string(),
  planned: z.number(),
  done: z.number(),
  extra: z.number(),
  failedItems: z.number(),
  eventsFiled: z.number(),
});
export const coverageResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    period: z.enum(PERIODS),
    grids: z.array(z.object({ gridId: z.number(), name: z.string(), rows: z.array(coverageRow) })),
    buildings: z.array(z.object({ buildingId: z.number(), name: z.string(), rows: z.array(coverageRow) })),
    workers: z.array(z.object({ accountId: z.number(), name: z.string(), rows: z.array(coverageRow) })),
  })
  .meta({ id: 'PatrolCoverage' });
export type CoverageResponse = z.infer<typeof coverageResponse>;
