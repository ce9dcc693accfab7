import { and, eq, sql } from 'drizzle-orm';
import { editable } from '../../../domain/projects/lifecycle';
import type { Tx } from '../../db/client';
import {
  partnerUnit,
  project,
  projectNeed,
  projectNeedLink,
  projectResource,
  projectResourceLink,
} from '../../db/schema';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { homeCompounds } from '../auth/permission-scope';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import { mayManage, readScope, requireManager, visibleProject } from './access';
import { listNode } from './partners';
import * as repo from './repository';
import type { NeedBody, ProjectBody, ProjectPatch, ResourceBody, ResourcePatch } from './schema';

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
    (await repo.countIn(tx, sql`${partnerUnit}`, node.communityId, [body.partnerId], notArchived)) !== 1
  )
    throw invalid([{ path: 'body.partnerId', message: 'not a current partner unit of this community' }]);
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

const notArchived = sql`archived_at is null`;

/** A resource the caller runs, locked, that is not archived (an archived one is only a record). */
async function liveResource(tx: Tx, caller: Caller, id: number) {
  const r = await repo.findResource(tx, repo.resourcesIn(await readScope(tx, caller)), id, true);
  if (!r) throw notFound('resource');
  requireManager(caller, r.nodePath);
  if (r.archivedAt) throw new AppError('invalid_transition', 'the resource is archived');
  return r;
}

const auditResource = (tx: Tx, caller: Caller, r: repo.ResourceRow, action: string, after: unknown) =>
  appendAudit(tx, {
    communityId: r.communityId,
    actor: actorOf(caller),
    action: `project.resource_${action}`,
    entityType: 'project_resource',
    entityId: r.id,
    after,
  });

/** A resource's name, note, and the amount of a fund or the place of a venue, corrected. */
export async function updateResource(tx: Tx, caller: Caller, id: number, body: ResourcePatch) {
  const r = await liveResource(tx, caller, id);
  if (body.amount !== undefined && r.kind !== 'fund')
    throw invalid([{ path: 'body.amount', message: 'only a fund has an amount' }]);
  if (body.venue !== undefined && r.kind !== 'venue')
    throw invalid([{ path: 'body.venue', message: 'only a venue resource names a place' }]);
  const [updated] = await tx
    .update(projectResource)
    .set(body)
    .where(and(eq(projectResource.communityId, r.communityId), eq(projectResource.id, r.id)))
    .returning();
  await auditResource(tx, caller, r, 'update', body);
  return updated!;
}

/** Archived, a resource keeps its links to the projects that drew on it and is offered to no new one. */
export async function archiveResource(tx: Tx, caller: Caller, id: number) {
  const r = await liveResource(tx, caller, id);
  const [updated] = await tx
    .update(projectResource)
    .set({ archivedAt: new Date() })
    .where(and(eq(projectResource.communityId, r.communityId), eq(projectResource.id, r.id)))
    .returning();
  await auditResource(tx, caller, r, 'archive', { archived: true });
  return updated!;
}

/** The needs and the current resources a project of `communityId` links, each of them checked. */
async function linkable(tx: Tx, communityId: number, body: Pick<ProjectBody, 'needIds' | 'resourceIds'>) {
  const needIds = [...new Set(body.needIds ?? [])];
  const resourceIds = [...new Set(body.resourceIds ?? [])];
  if ((await repo.countIn(tx, sql`${projectNeed}`, communityId, needIds)) !== needIds.length)
    throw invalid([{ path: 'body.needIds', message: 'not all are needs of this community' }]);
  if (
    (await repo.countIn(tx, sql`${projectResource}`, communityId, resourceIds, notArchived)) !==
    resourceIds.length
  )
    throw invalid([{ path: 'body.resourceIds', message: 'not all are current resources of this community' }]);
  return { needIds, resourceIds };
}

async function insertLinks(tx: Tx, p: repo.ProjectRow, needIds: number[], resourceIds: number[]) {
  const { communityId, id: projectId } = p;
  if (needIds.length)
    await tx.insert(projectNeedLink).values(needIds.map((needId) => ({ communityId, projectId, needId })));
  if (resourceIds.length)
    await tx
      .insert(projectResourceLink)
      .values(resourceIds.map((resourceId) => ({ communityId, projectId, resourceId })));
}

/** A proposed project corrected before it is approved; given needs or resources replace its links. */
export async function updateProject(tx: Tx, caller: Caller, id: number, body: ProjectPatch) {
  const p = await visibleProject(tx, caller, id, true);
  requireManager(caller, p.nodePath);
  if (!editable(p.status))
    throw new AppError('invalid_transition', `a project is edited only while proposed, not ${p.status}`);
  const { needIds, resourceIds, ...fields } = body;
  const links = await linkable(tx, p.communityId, { needIds, resourceIds });
  const [updated] = await tx
    .update(project)
    .set({ ...fields, updatedAt: new Date() })
    .where(and(eq(project.communityId, p.communityId), eq(project.id, p.id)))
    .returning();
  const mine = (t: typeof projectNeedLink | typeof projectResourceLink) =>
    and(eq(t.communityId, p.communityId), eq(t.projectId, p.id));
  if (needIds) await tx.delete(projectNeedLink).where(mine(projectNeedLink));
  if (resourceIds) await tx.delete(projectResourceLink).where(mine(projectResourceLink));
  await insertLinks(tx, p, needIds ? links.needIds : [], resourceIds ? links.resourceIds : []);
  await appendAudit(tx, {
    communityId: p.communityId,
    actor: actorOf(caller),
    action: 'project.update',
    entityType: 'project',
    entityId: p.id,
    before: { title: p.title, budget: p.budget, crowdfunding: p.crowdfunding },
    after: body,
  });
  return updated!;
}

/** A project links needs to resources of its community, with a budget; it starts proposed. */
export async function createProject(tx: Tx, caller: Caller, body: ProjectBody) {
  const node = await listNode(tx, caller, body.nodeId);
  requireManager(caller, node.path);
  const { needIds, resourceIds } = await linkable(tx, node.communityId, body);
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
  await insertLinks(tx, p!, needIds, resourceIds);
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
