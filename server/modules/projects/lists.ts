import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { project, projectNeed, projectNeedLink, projectResource, projectResourceLink } from '../../db/schema';
import { forbidden, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { homeCompounds } from '../auth/permission-scope';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import { mayManage, requireManager } from './access';
import { listNode } from './partners';
import * as repo from './repository';
import type { NeedBody, ProjectBody, ResourceBody } from './schema';

/**
 * A need is raised by a resident for the compound of their home (on the phone), or by staff for a place they run,
 * possibly taken up from a deliberation topic or an event of the same community.
 */
export async function raiseNeed(tx: Tx, caller: Caller, body: NeedBody) {
  const home = homeCompounds(caller).find((h) => h.compoundId === body.nodeId);
  const node = await findNode(tx, caller.scope, body.nodeId);
  if (!node && !home) throw notFound('node');
  const staff = node !== null && mayManage(caller, node.path);
  if (!staff && !home) throw forbidden('residents raise needs for the compound of their home');
  if (!staff && (body.topicId !== undefined || body.eventId !== undefined))
    throw forbidden('only staff take a need up from a topic or an event');
  const communityId = home?.communityId ?? node!.communityId!;
  const nodePath = home?.compoundPath ?? node!.path;
  if (staff && node.kind !== 'community' && node.kind !== 'compound')
    throw invalid([{ path: 'body.nodeId', message: 'a community or a compound' }]);
  for (const [field, table, value] of [
    ['topicId', 'topic', body.topicId],
    ['eventId', 'event', body.eventId],
  ] as const)
    if (value !== undefined && !(await repo.existsIn(tx, table, communityId, value)))
      throw invalid([{ path: `body.${field}`, message: `not a ${table} of this community` }]);
  const source = !staff ? 'resident' : body.topicId ? 'topic' : body.eventId ? 'event' : 'staff';
  const [n] = await tx
    .insert(projectNeed)
    .values({
      communityId,
      nodeId: body.nodeId,
      nodePath,
      title: body.title,
      description: body.description ?? null,
      source,
      topicId: body.topicId ?? null,
      eventId: body.eventId ?? null,
      raisedByAccountId: caller.accountId,
      raisedByName: caller.displayName,
    })
    .returning();
  await appendAudit(tx, {
    communityId,
    actor: actorOf(caller),
    action: 'project.need_raise',
    entityType: 'project_need',
    entityId: n!.id,
    after: { nodeId: body.nodeId, title: body.title, source, topicId: body.topicId, eventId: body.eventId },
  });
  return n!;
}

/** A resource names what it is: a partner unit or a volunteer team of the community, a fund's amount, a venue. */
const RESOURCE_NEEDS = {
  partner: 'partnerId',
  volunteer_team: 'teamId',
  fund: 'amount',
  venue: 'venue',
} as const;

export async function addResource(tx: Tx, caller: Caller, body: ResourceBody) {
  const node = await listNode(tx, caller, body.nodeId);
  requireManager(caller, node.path);
  const field = RESOURCE_NEEDS[body.kind];
  if (body[field] === undefined)
    throw invalid([{ path: `body.${field}`, message: `a ${body.kind} resource names it` }]);
  if (
    body.partnerId !== undefined &&
    !(await repo.existsIn(tx, 'partner_unit', node.communityId, body.partnerId))
  )
    throw invalid([{ path: 'body.partnerId', message: 'not a partner unit of this community' }]);
  if (
    body.teamId !== undefined &&
    !(await repo.existsIn(tx, 'volunteer_team', node.communityId, body.teamId))
  )
    throw invalid([{ path: 'body.teamId', message: 'not a volunteer team kept by this community' }]);
  const [r] = await tx
    .insert(projectResource)
    .values({
      communityId: node.communityId,
      nodeId: node.id,
      nodePath: node.path,
      kind: body.kind,
      name: body.name,
      partnerId: body.partnerId ?? null,
      teamId: body.teamId ?? null,
      amount: body.amount ?? null,
      venue: body.venue ?? null,
      note: body.note ?? null,
    })
    .returning();
  await appendAudit(tx, {
    communityId: node.communityId,
    actor: actorOf(caller),
    action: 'project.resource_add',
    entityType: 'project_resource',
    entityId: r!.id,
    after: { kind: body.kind, name: body.name, nodeId: node.id },
  });
  return r!;
}

/** A project links needs to resources of its community, with a budget; it starts proposed. */
export async function createProject(tx: Tx, caller: Caller, body: ProjectBody) {
  const node = await listNode(tx, caller, body.nodeId);
  requireManager(caller, node.path);
  const needIds = [...new Set(body.needIds ?? [])];
  const resourceIds = [...new Set(body.resourceIds ?? [])];
  if ((await repo.countIn(tx, sql`${projectNeed}`, node.communityId, needIds)) !== needIds.length)
    throw invalid([{ path: 'body.needIds', message: 'not all are needs of this community' }]);
  if ((await repo.countIn(tx, sql`${projectResource}`, node.communityId, resourceIds)) !== resourceIds.length)
    throw invalid([{ path: 'body.resourceIds', message: 'not all are resources of this community' }]);
  const [p] = await tx
    .insert(project)
    .values({
      communityId: node.communityId,
      nodeId: node.id,
      nodePath: node.path,
      title: body.title,
      description: body.description ?? null,
      budget: body.budget,
      crowdfunding: body.crowdfunding ?? false,
      createdByAccountId: caller.accountId,
      createdByName: caller.displayName,
    })
    .returning();
  if (needIds.length)
    await tx
      .insert(projectNeedLink)
      .values(needIds.map((needId) => ({ communityId: node.communityId, projectId: p!.id, needId })));
  if (resourceIds.length)
    await tx
      .insert(projectResourceLink)
      .values(
        resourceIds.map((resourceId) => ({ communityId: node.communityId, projectId: p!.id, resourceId })),
      );
  await appendAudit(tx, {
    communityId: node.communityId,
    actor: actorOf(caller),
    action: 'project.create',
    entityType: 'project',
    entityId: p!.id,
    after: {
      nodeId: node.id,
      title: body.title,
      budget: body.budget,
      crowdfunding: p!.crowdfunding,
      needIds,
      resourceIds,
    },
  });
  return p!;
}
