import { refuseStage } from '../../../domain/selforgs/stages';
import type { Executor, Tx } from '../../db/client';
import { AppError, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { permissionScope } from '../auth/permission-scope';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import { requireManager, visibleActivity } from '../volunteers/access';
import { findPerson } from '../volunteers/repository';
import * as repo from './repository';
import type { OrgBody, StageBody, SupportBody } from './schema';

/**
 * Self-organisations are incubated by those who organise volunteers (the community and the party branch), so the
 * volunteer permissions govern them too.
 */
export async function visibleOrg(db: Executor, caller: Caller, id: number, lock = false) {
  const o = await repo.findOrg(
    db,
    repo.orgsIn(await permissionScope(db, caller, 'volunteer.read')),
    id,
    lock,
  );
  if (!o) throw notFound('self-organisation');
  return o;
}

async function residentOf(tx: Tx, communityId: number, personId: number, path: string) {
  if (!(await findPerson(tx, communityId, personId)))
    throw invalid([{ path, message: "not a resident of the organisation's community" }]);
}

const audit = (tx: Tx, caller: Caller, o: repo.OrgRow, action: string, after: unknown, before?: unknown) =>
  appendAudit(tx, {
    communityId: o.communityId,
    actor: actorOf(caller),
    action: `self_org.${action}`,
    entityType: 'self_org',
    entityId: o.id,
    before,
    after,
  });

export async function createOrg(tx: Tx, caller: Caller, body: OrgBody, today: string) {
  const node = await findNode(tx, caller.scope, body.nodeId);
  if (!node) throw notFound('node');
  if (node.kind !== 'compound' && node.kind !== 'community')
    throw invalid([
      { path: 'body.nodeId', message: 'a self-organisation belongs to a compound or a community' },
    ]);
  requireManager(caller, node.path);
  const communityId = node.communityId!;
  if (body.leaderPersonId !== undefined)
    await residentOf(tx, communityId, body.leaderPersonId, 'body.leaderPersonId');
  const o = await repo.insertOrg(tx, {
    communityId,
    nodeId: node.id,
    nodePath: node.path,
    name: body.name,
    kind: body.kind,
    description: body.description ?? null,
    leaderPersonId: body.leaderPersonId ?? null,
  });
  await repo.insertStage(tx, {
    communityId,
    orgId: o.id,
    fromStage: null,
    toStage: o.stage,
    on: today,
    byName: caller.displayName,
  });
  if (body.leaderPersonId !== undefined) await repo.addMember(tx, o, body.leaderPersonId);
  await audit(tx, caller, o, 'create', { nodeId: node.id, name: o.name, kind: o.kind });
  return o;
}

export async function changeStage(tx: Tx, caller: Caller, id: number, body: StageBody) {
  const o = await visibleOrg(tx, caller, id, true);
  requireManager(caller, o.nodePath);
  const refusal = refuseStage(o.stage, body.stage);
  if (refusal) throw new AppError(refusal.code, refusal.message, { stage: o.stage });
  const updated = await repo.setStage(tx, o, body.stage);
  await repo.insertStage(tx, {
    communityId: o.communityId,
    orgId: o.id,
    fromStage: o.stage,
    toStage: body.stage,
    on: body.on,
    note: body.note ?? null,
    byName: caller.displayName,
  });
  await audit(tx, caller, o, 'stage', { stage: body.stage, on: body.on }, { stage: o.stage });
  return updated;
}

export async function addMember(tx: Tx, caller: Caller, id: number, personId: number) {
  const o = await visibleOrg(tx, caller, id);
  requireManager(caller, o.nodePath);
  await residentOf(tx, o.communityId, personId, 'body.personId');
  if (!(await repo.addMember(tx, o, personId))) throw new AppError('conflict', 'already a member');
  await audit(tx, caller, o, 'member_add', { personId });
  return o;
}

/** A member leaves; the leader stays until another is named, so an organisation is never led by a non-member. */
export async function removeMember(tx: Tx, caller: Caller, id: number, personId: number) {
  const o = await visibleOrg(tx, caller, id, true);
  requireManager(caller, o.nodePath);
  if (o.leaderPersonId === personId)
    throw new AppError('conflict', 'the leader cannot leave; name another leader first');
  if (!(await repo.removeMember(tx, o, personId))) throw notFound('member');
  await audit(tx, caller, o, 'member_remove', { personId });
  return o;
}

export async function addSupport(tx: Tx, caller: Caller, id: number, body: SupportBody) {
  const o = await visibleOrg(tx, caller, id);
  requireManager(caller, o.nodePath);
  const s = await repo.insertSupport(tx, {
    communityId: o.communityId,
    orgId: o.id,
    kind: body.kind,
    provider: body.provider,
    amount: body.amount ?? null,
    receivedOn: body.receivedOn,
    note: body.note ?? null,
  });
  await audit(tx, caller, o, 'support', { supportId: s.id, kind: s.kind, amount: s.amount });
  return o;
}

/** An activity of the organisation's community that the caller organises, run by this organisation. */
export async function linkActivity(tx: Tx, caller: Caller, id: number, activityId: number) {
  const o = await visibleOrg(tx, caller, id);
  requireManager(caller, o.nodePath);
  const a = await visibleActivity(tx, caller, activityId).catch(() => null);
  if (!a || a.communityId !== o.communityId)
    throw invalid([{ path: 'body.activityId', message: "not an activity of the organisation's community" }]);
  requireManager(caller, a.nodePath);
  if (!(await repo.linkActivity(tx, o, a.id)))
    throw new AppError('conflict', 'the activity already belongs to a self-organisation');
  await audit(tx, caller, o, 'activity_link', { activityId: a.id });
  return o;
}

/** The activity no longer counts as the organisation's; the activity itself and its attendance stay. */
export async function unlinkActivity(tx: Tx, caller: Caller, id: number, activityId: number) {
  const o = await visibleOrg(tx, caller, id);
  requireManager(caller, o.nodePath);
  if (!(await repo.unlinkActivity(tx, o, activityId))) throw notFound('linked activity');
  await audit(tx, caller, o, 'activity_unlink', { activityId });
  return o;
}
