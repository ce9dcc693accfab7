import { refuseChange } from '../../../domain/patrols/patrol';
import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { mayPlan, mayWalk } from './access';
import * as repo from './repository';
import type { PatrolDetail, PatrolSummary, PlanResponse } from './schema';

export async function presentPlans(
  db: Executor,
  caller: Caller,
  rows: repo.PlanRow[],
): Promise<PlanResponse[]> {
  const nameOf = await repo.targetNames(db, rows);
  return rows.map((p) => ({
    id: p.id,
    communityId: p.communityId,
    scope: p.scope,
    gridId: p.gridId,
    buildingId: p.buildingId,
    targetName: nameOf(p),
    name: p.name,
    windows: p.windows,
    checklist: p.checklist,
    activeFrom: p.activeFrom,
    activeTo: p.activeTo,
    actions: [
      ...(mayPlan(caller, p.nodePath) ? (['update'] as const) : []),
      ...(mayWalk(caller, p.nodePath) ? (['start'] as const) : []),
    ],
  }));
}

export const presentSummary = (p: repo.PatrolRow, planName: string): PatrolSummary => ({
  id: p.id,
  communityId: p.communityId,
  planId: p.planId,
  planName,
  leaderAccountId: p.leaderAccountId,
  leaderName: p.leaderName,
  status: p.status,
  startedAt: p.startedAt,
  finishedAt: p.finishedAt,
  checkIns: p.checkIns,
  failedItems: p.failedItems,
  eventsFiled: p.eventsFiled,
});

export async function presentPatrol(db: Executor, caller: Caller, p: repo.PatrolRow): Promise<PatrolDetail> {
  const [{ checkIns, answers, members }, plan] = await Promise.all([repo.partsOf(db, p), repo.planOf(db, p)]);
  const leader = p.leaderAccountId === caller.accountId;
  const open = !refuseChange(p.status);
  const failedUnfiled = answers.some(
    (a) =>
      a.result === 'fail' &&
      a.eventId === null &&
      p.checklist.find((i) => i.code === a.itemCode)?.categoryCode,
  );
  return {
    ...presentSummary(p, plan?.name ?? ''),
    note: p.note,
    checklist: p.checklist,
    checkInList: checkIns.map((c) => ({
      id: c.id,
      at: c.at,
      pointId: c.pointId,
      placeId: c.placeId,
      placeName: c.placeName,
      lat: c.lat,
      lng: c.lng,
      note: c.note,
    })),
    answers: answers.map((a) => ({
      itemCode: a.itemCode,
      result: a.result,
      note: a.note,
      attachmentIds: a.attachmentIds,
      checkInId: a.checkInId,
      eventId: a.eventId,
      answeredAt: a.answeredAt,
    })),
    members: members.map((m) => ({ id: m.id, accountId: m.accountId, personId: m.personId, name: m.name })),
    actions: leader
      ? [
          ...(open ? (['check_in', 'answer', 'add_member', 'finish'] as const) : []),
          ...(failedUnfiled ? (['file_event'] as const) : []),
        ]
      : [],
  };
}
