import { can } from '../../../domain/auth/policy';
import { after, type CaseAction, partyProblems, refuseAction } from '../../../domain/mediation/machine';
import type { Executor, Tx } from '../../db/client';
import { event } from '../../db/schema';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { permissionScope } from '../auth/permission-scope';
import { inScopePlaces } from '../auth/scope-sql';
import { appendAudit } from '../audit/repository';
import { findEvent } from '../events/repository';
import { findNode } from '../org/repository';
import * as repo from './repository';
import type { CaseBody, SessionBody } from './schema';

export const mayManage = (caller: Caller, path: string) => can(caller.grants, 'mediation.manage', path);

function requireManager(caller: Caller, path: string) {
  if (!mayManage(caller, path)) throw forbidden('only the mediation committee here may do this');
}

/** A case the caller's mediation scope holds, else 404; `lock` for a change that re-checks its state. */
export async function visibleCase(db: Executor, caller: Caller, id: number, lock = false) {
  const c = await repo.findCase(
    db,
    repo.casesIn(await permissionScope(db, caller, 'mediation.read')),
    id,
    lock,
  );
  if (!c) throw notFound('case');
  return c;
}

/** Where a case hangs: the node named, or the compound (else community) of the event it came from. */
async function placeOf(tx: Tx, caller: Caller, body: CaseBody) {
  if (body.eventId !== undefined) {
    const scope = await permissionScope(tx, caller, 'mediation.read');
    const e = await findEvent(tx, inScopePlaces(scope, event.communityId, event.placePath), body.eventId);
    if (!e) throw notFound('event');
    const node = await findNode(tx, caller.scope, e.compoundId ?? e.communityId);
    if (!node) throw notFound('event');
    return { node, eventId: e.id };
  }
  if (body.nodeId === undefined)
    throw invalid([{ path: 'body.nodeId', message: 'name the compound or community, or the event' }]);
  const node = await findNode(tx, caller.scope, body.nodeId);
  if (!node) throw notFound('node');
  if (node.kind !== 'compound' && node.kind !== 'community')
    throw invalid([{ path: 'body.nodeId', message: 'a case belongs to a compound or a community' }]);
  return { node, eventId: null };
}

export async function openCase(tx: Tx, caller: Caller, body: CaseBody) {
  const problem = partyProblems(body.parties);
  if (problem) throw invalid([{ path: 'body.parties', message: problem }]);
  const { node, eventId } = await placeOf(tx, caller, body);
  requireManager(caller, node.path);
  const communityId = node.communityId!;
  const personIds = body.parties.flatMap((p) => (p.personId === undefined ? [] : [p.personId]));
  const known = await repo.peopleIn(tx, communityId, personIds);
  body.parties.forEach((p, i) => {
    if (p.personId !== undefined && !known.has(p.personId))
      throw invalid([
        { path: `body.parties.${i}.personId`, message: "not a resident of the case's community" },
      ]);
  });
  const mediatorIds = [...new Set(body.mediatorIds)];
  const serving = await repo.activeMediatorsIn(tx, communityId, mediatorIds);
  const stranger = mediatorIds.findIndex((id) => !serving.has(id));
  if (stranger >= 0)
    throw invalid([{ path: `body.mediatorIds.${stranger}`, message: 'not a mediator of this community' }]);
  const c = await repo.insertCase(tx, {
    communityId,
    nodeId: node.id,
    nodePath: node.path,
    eventId,
    type: body.type,
    title: body.title,
    summary: body.summary,
    createdByAccountId: caller.accountId,
    createdByName: caller.displayName,
  });
  await repo.insertParties(
    tx,
    body.parties.map((p) => ({
      communityId,
      caseId: c.id,
      role: p.role,
      name: p.name,
      personId: p.personId ?? null,
    })),
  );
  await repo.insertCaseMediators(tx, c, mediatorIds);
  await appendAudit(tx, {
    communityId,
    actor: actorOf(caller),
    action: 'mediation.case_open',
    entityType: 'mediation_case',
    entityId: c.id,
    after: { nodeId: node.id, eventId, type: c.type, parties: body.parties.length, mediatorIds },
  });
  return c;
}

/** The case locked, the caller allowed, the machine asked: the start of every change to a case. */
async function lockedFor(tx: Tx, caller: Caller, id: number, action: CaseAction) {
  const c = await visibleCase(tx, caller, id, true);
  requireManager(caller, c.nodePath);
  const refusal = refuseAction(c.status, action);
  if (refusal) throw new AppError(refusal.code, refusal.message, { status: c.status, action });
  return c;
}

export async function recordSession(tx: Tx, caller: Caller, id: number, body: SessionBody) {
  const c = await lockedFor(tx, caller, id, 'session');
  const s = await repo.insertSession(tx, {
    communityId: c.communityId,
    caseId: c.id,
    heldAt: new Date(body.heldAt),
    place: body.place,
    notes: body.notes,
    attendees: body.attendees,
    recordedByName: caller.displayName,
  });
  await appendAudit(tx, {
    communityId: c.communityId,
    actor: actorOf(caller),
    action: 'mediation.session',
    entityType: 'mediation_case',
    entityId: c.id,
    after: { sessionId: s.id, heldAt: s.heldAt.toISOString(), attendees: s.attendees.length },
  });
  return c;
}

/** What each deciding action writes on the case besides its state and outcome. */
export type Decision =
  | { action: 'agree'; agreement: string }
  | { action: 'fail'; reason: string }
  | { action: 'refer'; referredTo: string }
  | { action: 'follow_up'; visitedOn: string; result: string }
  | { action: 'close' };

function changesOf(d: Decision) {
  switch (d.action) {
    case 'agree':
      return { agreement: d.agreement, decidedAt: new Date() };
    case 'fail':
      return { failureReason: d.reason, decidedAt: new Date() };
    case 'refer':
      return { referredTo: d.referredTo };
    case 'follow_up':
      return { followUpOn: d.visitedOn, followUpResult: d.result };
    case 'close':
      return { closedAt: new Date() };
  }
}

export async function decide(tx: Tx, caller: Caller, id: number, d: Decision) {
  const c = await lockedFor(tx, caller, id, d.action);
  const next = after(c.status, d.action);
  const changes = { ...changesOf(d), status: next.state, ...(next.outcome ? { outcome: next.outcome } : {}) };
  const updated = await repo.updateCase(tx, c, changes);
  const { action, ...data } = d;
  await appendAudit(tx, {
    communityId: c.communityId,
    actor: actorOf(caller),
    action: `mediation.${action}`,
    entityType: 'mediation_case',
    entityId: c.id,
    before: { status: c.status, outcome: c.outcome },
    after: { status: updated.status, outcome: updated.outcome, ...data },
  });
  return updated;
}

/** The community whose mediators the caller appoints: one they see, else 404, and run mediation in, else 403. */
async function mediatorsCommunity(tx: Tx, caller: Caller, communityId: number) {
  const community = await findNode(tx, caller.scope, communityId);
  if (!community || community.kind !== 'community') throw notFound('community');
  requireManager(caller, community.path);
}

export async function addMediator(tx: Tx, caller: Caller, communityId: number, personId: number) {
  await mediatorsCommunity(tx, caller, communityId);
  if (!(await repo.peopleIn(tx, communityId, [personId])).has(personId))
    throw invalid([{ path: 'body.personId', message: 'not a resident of this community' }]);
  const m = await repo.addMediator(tx, communityId, personId);
  if (!m) throw new AppError('conflict', 'already a mediator of this community');
  await appendAudit(tx, {
    communityId,
    actor: actorOf(caller),
    action: 'mediation.mediator_add',
    entityType: 'person',
    entityId: personId,
    after: { mediator: true },
  });
  return m;
}

/** Ends an appointment; the cases they mediated keep their name, new cases cannot take them. */
export async function revokeMediator(tx: Tx, caller: Caller, communityId: number, personId: number) {
  await mediatorsCommunity(tx, caller, communityId);
  const m = await repo.endMediator(tx, communityId, personId);
  if (!m) throw notFound('mediator');
  await appendAudit(tx, {
    communityId,
    actor: actorOf(caller),
    action: 'mediation.mediator_revoke',
    entityType: 'person',
    entityId: personId,
    before: { mediator: true, since: m.since },
    after: { mediator: false },
  });
}
