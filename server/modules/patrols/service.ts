import { GRID_CHECKLIST, BUILDING_CHECKLIST } from '../../../domain/patrols/checklists';
import type { Db, Tx } from '../../db/client';
import { notFound } from '../../http/errors';
import { idCursor, subtreeOf } from '../org/subtree';
import type { Caller } from '../auth/caller';
import type { AttachmentStore } from '../events/attachments';
import type { EventsService } from '../events/service';
import { patrolsVisibleTo, readScope, visiblePatrol, visiblePlan } from './access';
import { coverageReport, coverageSheet } from './coverage';
import { createPlan, createPoint, updatePlan } from './plans';
import { presentPatrol, presentPlans, presentSummary } from './presenter';
import * as repo from './repository';
import type { AnswerBody, CheckInBody, CoverageQuery, PlanBody, PlanPatch } from './schema';
import { addMember, answer, checkIn, fileEvent, finish, startPatrol } from './walk';
import { page } from '../../http/pagination';
import type { z } from 'zod';
import type { listPatrolsQuery, listPlansQuery, listPointsQuery } from './schema';

const presentPoint = (p: repo.PointRow) => ({
  id: p.id,
  communityId: p.communityId,
  placeId: p.placeId,
  name: p.name,
  code: p.code,
  lat: p.lat,
  lng: p.lng,
});

/** Patrols (issue 7 item 1): plans, points, rounds with check-ins and answers, one-tap events, coverage. */
export function patrolsService(
  db: Db,
  timeZone: string,
  events: Pick<EventsService, 'fileWithin' | 'announceReport'>,
  store: Pick<AttachmentStore, 'checkWaiting'>,
) {
  const onePlan = async (caller: Caller, p: repo.PlanRow) => (await presentPlans(db, caller, [p]))[0]!;
  const detail = (caller: Caller, p: repo.PatrolRow) => presentPatrol(db, caller, p);
  /** A step's transaction, then the patrol as the leader's phone shows it. */
  const step = async (caller: Caller, id: number, run: (tx: Tx) => Promise<unknown>) => {
    await db.transaction(run);
    return detail(caller, await visiblePatrol(db, caller, id));
  };

  return {
    defaults: () => ({ grid: [...GRID_CHECKLIST], building: [...BUILDING_CHECKLIST] }),

    async listPlans(caller: Caller, q: z.infer<typeof listPlansQuery>) {
      const buildingGrants = caller.grants
        .filter((g) => g.role === 'building_leader' && g.communityId !== null)
        .map((g) => ({ communityId: g.communityId!, path: g.path }));
      const rows = await repo.listPlans(db, repo.plansIn(await readScope(db, caller)), {
        communityId: q.communityId,
        scope: q.scope,
        only: q.mine ? repo.plansWalkedBy(caller.accountId, buildingGrants) : undefined,
        afterId: idCursor(q.cursor),
        limit: q.limit,
      });
      const p = page(
        rows,
        q.limit,
        (r) => r,
        (r) => ({ id: r.id }),
      );
      return { items: await presentPlans(db, caller, p.items), nextCursor: p.nextCursor };
    },

    async getPlan(caller: Caller, id: number) {
      return onePlan(caller, await visiblePlan(db, caller, id));
    },

    async createPlan(caller: Caller, body: PlanBody) {
      return onePlan(caller, await db.transaction((tx) => createPlan(tx, caller, body, timeZone)));
    },

    async updatePlan(caller: Caller, id: number, patch: PlanPatch) {
      return onePlan(caller, await db.transaction((tx) => updatePlan(tx, caller, id, patch)));
    },

    async listPoints(caller: Caller, q: z.infer<typeof listPointsQuery>) {
      const scope = await readScope(db, caller);
      const under = await subtreeOf(db, scope, q.nodeId);
      if (!under) throw notFound('node');
      const rows = await repo.listPoints(db, scope, under, idCursor(q.cursor), q.limit);
      return page(rows, q.limit, presentPoint, (r) => ({ id: r.id }));
    },

    async createPoint(caller: Caller, body: Parameters<typeof createPoint>[2]) {
      return presentPoint(await db.transaction((tx) => createPoint(tx, caller, body)));
    },

    async listPatrols(caller: Caller, q: z.infer<typeof listPatrolsQuery>) {
      const rows = await repo.listPatrols(db, await patrolsVisibleTo(db, caller), {
        planId: q.planId,
        communityId: q.communityId,
        status: q.status,
        mineOf: q.mine ? caller.accountId : undefined,
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return page(
        rows,
        q.limit,
        (r) => presentSummary(r.patrol, r.planName),
        (r) => ({ id: r.patrol.id }),
      );
    },

    async getPatrol(caller: Caller, id: number) {
      return detail(caller, await visiblePatrol(db, caller, id));
    },

    async start(caller: Caller, planId: number, note?: string) {
      return detail(caller, await db.transaction((tx) => startPatrol(tx, caller, planId, note, timeZone)));
    },

    checkIn: (caller: Caller, id: number, body: CheckInBody) =>
      step(caller, id, (tx) => checkIn(tx, caller, id, body)),

    answer: (caller: Caller, id: number, itemCode: string, body: AnswerBody) =>
      step(caller, id, (tx) => answer(tx, store, caller, id, itemCode, body)),

    async fileEvent(caller: Caller, id: number, itemCode: string, description?: string) {
      const filed = await db.transaction((tx) => fileEvent(tx, events, caller, id, itemCode, description));
      // The consoles and the dispatch board hear of it once it is committed.
      await events.announceReport(filed.event);
      return { eventId: filed.event.id, patrol: await detail(caller, await visiblePatrol(db, caller, id)) };
    },

    addMember: (
      caller: Caller,
      id: number,
      who: { accountId?: number | undefined; personId?: number | undefined },
    ) => step(caller, id, (tx) => addMember(tx, caller, id, who)),

    finish: (caller: Caller, id: number, note?: string) =>
      step(caller, id, (tx) => finish(tx, caller, id, note)),

    coverage: (caller: Caller, q: CoverageQuery) => coverageReport(db, caller, q, timeZone),

    async coverageFile(caller: Caller, q: CoverageQuery) {
      return coverageSheet(await coverageReport(db, caller, q, timeZone));
    },
  };
}
export type PatrolsService = ReturnType<typeof patrolsService>;
