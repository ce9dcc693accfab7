import { and, eq, sql } from 'drizzle-orm';
import { maskName } from '../../../domain/common/mask';
import { localDate } from '../../../domain/common/local-date';
import { inForce } from '../../../domain/patrols/coverage';
import {
  normalisePointCode,
  refuseChange,
  refuseFiling,
  refuseFinish,
  type PatrolRefusal,
} from '../../../domain/patrols/patrol';
import type { Tx } from '../../db/client';
import { account, person, roleGrant } from '../../db/schema';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import type { AttachmentStore } from '../events/attachments';
import type { EventsService } from '../events/service';
import { mayWalk, requireLeader, visiblePatrol, visiblePlan } from './access';
import * as repo from './repository';
import type { AnswerBody, CheckInBody } from './schema';

const REFUSALS: Record<PatrolRefusal, string> = {
  patrol_finished: 'the patrol has finished',
  no_check_in: 'check in at least once before finishing',
  not_failed: 'only a failed item files an event',
  event_already_filed: 'this item has already filed its event',
  no_category: 'this item has no events category to file under',
};
export const refused = (r: PatrolRefusal) => new AppError('wrong_state', REFUSALS[r], { reason: r });
const check = (r: PatrolRefusal | null) => {
  if (r) throw refused(r);
};

const audit = (tx: Tx, caller: Caller, p: repo.PatrolRow, action: string, after: Record<string, unknown>) =>
  appendAudit(tx, {
    communityId: p.communityId,
    actor: actorOf(caller),
    action: `patrol.${action}`,
    entityType: 'patrol',
    entityId: p.id,
    after,
  });

/** The patrol, locked, for a step its leader records while it is under way. */
async function underWay(tx: Tx, caller: Caller, id: number) {
  const p = await visiblePatrol(tx, caller, id, true);
  requireLeader(caller, p);
  check(refuseChange(p.status));
  return p;
}

export async function startPatrol(
  tx: Tx,
  caller: Caller,
  planId: number,
  note: string | undefined,
  timeZone: string,
) {
  const plan = await visiblePlan(tx, caller, planId);
  if (!mayWalk(caller, plan.nodePath))
    throw forbidden('only grid workers, building leaders and community staff patrol');
  if (!inForce(plan, localDate(new Date(), timeZone)))
    throw new AppError('wrong_state', 'the plan is not in force today', { reason: 'plan_not_in_force' });
  const p = await repo.insertPatrol(tx, {
    communityId: plan.communityId,
    planId: plan.id,
    nodePath: plan.nodePath,
    leaderAccountId: caller.accountId,
    leaderName: caller.displayName,
    checklist: plan.checklist,
    note: note ?? null,
  });
  await audit(tx, caller, p, 'start', { planId: plan.id });
  return p;
}

export async function checkIn(tx: Tx, caller: Caller, id: number, body: CheckInBody) {
  const p = await underWay(tx, caller, id);
  let point: repo.PointRow | null = null;
  if (body.pointCode !== undefined) {
    point = await repo.pointByCode(tx, p.communityId, normalisePointCode(body.pointCode));
    // A plate of another building is not a place of this building's round.
    if (!point || !point.placePath.startsWith(p.nodePath))
      throw invalid([{ path: 'body.pointCode', message: 'no patrol point of this round has that code' }]);
  }
  const c = await repo.insertCheckIn(tx, {
    communityId: p.communityId,
    patrolId: p.id,
    pointId: point?.id ?? null,
    placeId: point?.placeId ?? null,
    placeName: point?.name ?? null,
    lat: body.lat ?? point?.lat ?? null,
    lng: body.lng ?? point?.lng ?? null,
    note: body.note ?? null,
  });
  await repo.updatePatrol(tx, p, { checkIns: p.checkIns + 1 });
  await audit(tx, caller, p, 'check_in', { checkInId: c.id, pointId: c.pointId, lat: c.lat, lng: c.lng });
  return c;
}

export async function answer(
  tx: Tx,
  store: Pick<AttachmentStore, 'checkWaiting'>,
  caller: Caller,
  id: number,
  itemCode: string,
  body: AnswerBody,
) {
  const p = await underWay(tx, caller, id);
  if (!p.checklist.some((i) => i.code === itemCode)) throw notFound('checklist item');
  const before = await repo.findAnswer(tx, p, itemCode);
  if (before?.eventId) throw refused('event_already_filed');
  await store.checkWaiting(tx, caller.accountId, body.attachmentIds, 'body.attachmentIds');
  let checkInId = body.checkInId ?? null;
  if (checkInId !== null && !(await repo.findCheckIn(tx, p, checkInId)))
    throw invalid([{ path: 'body.checkInId', message: 'not a check-in of this patrol' }]);
  // Without a check-in named, the answer belongs to the last place checked in at.
  if (checkInId === null) checkInId = (await repo.partsOf(tx, p)).checkIns.at(-1)?.id ?? null;
  const a = await repo.upsertAnswer(tx, {
    communityId: p.communityId,
    patrolId: p.id,
    itemCode,
    result: body.result,
    note: body.note ?? null,
    attachmentIds: body.attachmentIds ?? [],
    checkInId,
  });
  const delta = (a.result === 'fail' ? 1 : 0) - (before?.result === 'fail' ? 1 : 0);
  if (delta) await repo.updatePatrol(tx, p, { failedItems: p.failedItems + delta });
  await audit(tx, caller, p, 'answer', { itemCode, result: a.result, before: before?.result ?? null });
  return a;
}

/**
 * One tap on a failed item: an event of the item's category at the place of its check-in, with its note and photos,
 * filed through the events service in this transaction; the answer keeps the event's id.
 */
export async function fileEvent(
  tx: Tx,
  events: Pick<EventsService, 'fileWithin'>,
  caller: Caller,
  id: number,
  itemCode: string,
  description: string | undefined,
) {
  const p = await visiblePatrol(tx, caller, id, true);
  requireLeader(caller, p);
  const item = p.checklist.find((i) => i.code === itemCode);
  if (!item) throw notFound('checklist item');
  const a = await repo.findAnswer(tx, p, itemCode);
  if (!a) throw notFound('answer');
  check(refuseFiling(a, item));
  const c = a.checkInId === null ? null : await repo.findCheckIn(tx, p, a.checkInId);
  const plan = await repo.planOf(tx, p);
  const nodeId = c?.placeId ?? plan?.buildingId ?? p.communityId;
  const where = c?.placeName ? `${c.placeName}：` : '';
  const e = await events.fileWithin(
    tx,
    caller,
    {
      categoryCode: item.categoryCode!,
      description:
        description ??
        `${where}${item.label['zh-CN']}（不合格）${a.note ? `：${a.note}` : ''}（${p.leaderName} 巡查发现）`,
      nodeId,
      ...(c?.lat != null && c.lng != null ? { lat: c.lat, lng: c.lng } : {}),
      ...(a.attachmentIds.length ? { attachmentIds: a.attachmentIds } : {}),
      channel: 'patrol',
    },
    'patrol',
    'checklist.categoryCode',
  );
  const linked = await repo.linkEvent(tx, a, e.id);
  await repo.updatePatrol(tx, p, { eventsFiled: p.eventsFiled + 1 });
  await audit(tx, caller, p, 'file_event', { itemCode, eventId: e.id });
  return { answer: linked, event: e };
}

/** 联合巡查: another staff member of the community, or a party member living there, walks with the leader. */
export async function addMember(
  tx: Tx,
  caller: Caller,
  id: number,
  who: { accountId?: number | undefined; personId?: number | undefined },
) {
  const p = await underWay(tx, caller, id);
  if ((who.accountId === undefined) === (who.personId === undefined))
    throw invalid([{ path: 'body.accountId', message: 'give either an account or a person' }]);
  const communityPath = `/${p.nodePath.split('/').filter(Boolean).slice(0, 3).join('/')}/`;
  let name: string;
  if (who.accountId !== undefined) {
    if (who.accountId === p.leaderAccountId)
      throw invalid([{ path: 'body.accountId', message: 'the leader already walks this patrol' }]);
    const [staff] = await tx
      .select({ name: account.displayName })
      .from(account)
      .where(
        and(
          eq(account.id, who.accountId),
          sql`exists (select 1 from ${roleGrant} g where g.account_id = ${account.id} and g.role <> 'resident'
            and (${communityPath} like g.node_path || '%' or g.node_path like ${`${communityPath}%`}))`,
        ),
      );
    if (!staff) throw invalid([{ path: 'body.accountId', message: 'not a staff member of this community' }]);
    name = staff.name;
  } else {
    const [member] = await tx
      .select({ name: person.name })
      .from(person)
      .where(
        and(
          eq(person.communityId, p.communityId),
          eq(person.id, who.personId!),
          eq(person.partyMember, true),
        ),
      );
    if (!member) throw invalid([{ path: 'body.personId', message: 'not a party member of this community' }]);
    // A resident's name is personal data: the patrol keeps it masked.
    name = maskName(member.name);
  }
  const m = await repo.insertMember(tx, {
    communityId: p.communityId,
    patrolId: p.id,
    accountId: who.accountId ?? null,
    personId: who.personId ?? null,
    name,
  });
  if (!m) throw new AppError('conflict', 'already walking this patrol');
  await audit(tx, caller, p, 'add_member', { memberId: m.id, accountId: m.accountId, personId: m.personId });
  return m;
}

export async function finish(tx: Tx, caller: Caller, id: number, note: string | undefined) {
  const p = await visiblePatrol(tx, caller, id, true);
  requireLeader(caller, p);
  check(refuseFinish(p.status, p.checkIns));
  const after = await repo.updatePatrol(tx, p, {
    status: 'finished',
    finishedAt: new Date(),
    ...(note ? { note } : {}),
  });
  await audit(tx, caller, after, 'finish', { checkIns: after.checkIns, failedItems: after.failedItems });
  return after;
}
