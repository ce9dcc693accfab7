import { activityPhase, activityProblems } from '../../../domain/volunteers/activities';
import type { Tx } from '../../db/client';
import { AppError, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import { requireManager, visibleActivity, visibleTeam } from './access';
import { newCheckSecret } from './check-code';
import * as repo from './repository';
import type { ActivityBody } from './schema';

/** An activity happens at a compound or in a community as a whole, organised by those who manage volunteers there. */
export async function createActivity(tx: Tx, caller: Caller, body: ActivityBody) {
  const node = await findNode(tx, caller.scope, body.nodeId);
  if (!node) throw notFound('node');
  if ((node.kind !== 'compound' && node.kind !== 'community') || node.communityId === null)
    throw invalid([{ path: 'body.nodeId', message: 'an activity happens at a compound or in a community' }]);
  requireManager(caller, node.path);
  const problems = activityProblems(body);
  if (problems.length) throw invalid(problems.map((p) => ({ path: `body.${p.field}`, message: p.message })));
  if (body.teamId !== undefined) {
    const team = await visibleTeam(tx, caller, body.teamId).catch(() => null);
    if (!team || team.communityId !== node.communityId)
      throw invalid([{ path: 'body.teamId', message: "not a team kept by this place's community" }]);
  }
  const a = await repo.insertActivity(tx, {
    communityId: node.communityId,
    teamId: body.teamId ?? null,
    nodeId: node.id,
    nodePath: node.path,
    kind: body.kind,
    title: body.title,
    description: body.description ?? null,
    place: body.place,
    startsAt: body.startsAt,
    endsAt: body.endsAt,
    capacity: body.capacity,
    checkSecret: newCheckSecret(),
    organiserAccountId: caller.accountId,
    organiserName: caller.displayName,
  });
  await appendAudit(tx, {
    communityId: a.communityId,
    actor: actorOf(caller),
    action: 'volunteer.activity_create',
    entityType: 'volunteer_activity',
    entityId: a.id,
    after: {
      nodeId: a.nodeId,
      teamId: a.teamId,
      kind: a.kind,
      title: a.title,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      capacity: a.capacity,
    },
  });
  return a;
}

export async function cancelActivity(tx: Tx, caller: Caller, id: number) {
  const a = await visibleActivity(tx, caller, id, true);
  requireManager(caller, a.nodePath);
  if (a.status !== 'open' || activityPhase(a, new Date()) === 'ended')
    throw new AppError('wrong_state', 'only an open activity that has not ended may be cancelled');
  const after = await repo.updateActivity(tx, a, { status: 'cancelled' });
  await appendAudit(tx, {
    communityId: a.communityId,
    actor: actorOf(caller),
    action: 'volunteer.activity_cancel',
    entityType: 'volunteer_activity',
    entityId: a.id,
    before: { status: a.status },
    after: { status: after.status },
  });
  return after;
}
