import { and, eq } from 'drizzle-orm';
import { projectMachine, type ProjectAction } from '../../../domain/projects/lifecycle';
import type { Tx } from '../../db/client';
import { project, projectPhoto } from '../../db/schema';
import { AppError, invalid } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { claimUploads } from '../events/attachments';
import { visibleVote } from '../votes/access';
import { voteResult } from '../votes/result';
import { mayManage, visibleProject } from './access';
import * as repo from './repository';
import type { ActionBody } from './schema';

/** Approval by an owner vote: the vote must be of the project's community, closed, and passed. */
async function voteApproves(tx: Tx, caller: Caller, p: repo.ProjectRow, voteId: number) {
  const v = await visibleVote(tx, caller, voteId).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'not_found')
      throw invalid([{ path: 'body.voteId', message: 'not a vote you can see' }]);
    throw err;
  });
  if (v.communityId !== p.communityId)
    throw invalid([{ path: 'body.voteId', message: "not a vote of the project's community" }]);
  if (v.status !== 'closed') return false;
  return (await voteResult(tx, v)).passed;
}

/**
 * One lifecycle step on the project row locked `for update`: the machine is checked on what is locked (state,
 * the vote, the photos, the balance), then the step's work, the new state and the audit row, in one transaction.
 */
export async function act(tx: Tx, caller: Caller, id: number, action: ProjectAction, body: ActionBody) {
  const p = await visibleProject(tx, caller, id, true);
  if (action === 'cancel' && body.note === undefined)
    throw invalid([{ path: 'body.note', message: 'say why the project is cancelled' }]);
  const by = body.by ?? 'community';
  const photoIds = [...new Set(body.photoIds ?? [])];
  const facts = {
    status: p.status,
    approvalValid:
      action !== 'approve' || by === 'community' || (await voteApproves(tx, caller, p, body.voteId!)),
    photos: (await repo.photoCount(tx, p)) + (action === 'accept' ? photoIds.length : 0),
    balance: p.balance,
  };
  const refused = projectMachine.refuse(
    action,
    facts,
    new Set(mayManage(caller, p.nodePath) ? ['manager'] : []),
  );
  if (refused) throw new AppError(refused.code, refused.message);

  const now = new Date();
  const change: Partial<typeof project.$inferInsert> = {
    status: projectMachine.stateAfter(action, p.status),
    updatedAt: now,
  };
  if (action === 'approve')
    Object.assign(change, { approvedBy: by, voteId: by === 'vote' ? body.voteId : null, approvedAt: now });
  if (action === 'accept') {
    const uploads = await claimUploads(tx, caller.accountId, photoIds, 'body.photoIds');
    if (uploads.length)
      await tx.insert(projectPhoto).values(
        uploads.map((u) => ({
          communityId: p.communityId,
          id: u.id,
          projectId: p.id,
          mime: u.mime,
          size: u.size,
          sha256: u.sha256,
        })),
      );
    Object.assign(change, { acceptedAt: now, acceptanceNote: body.note ?? null });
  }
  if (action === 'close') change.closedAt = now;
  const [updated] = await tx
    .update(project)
    .set(change)
    .where(and(eq(project.communityId, p.communityId), eq(project.id, p.id)))
    .returning();
  await appendAudit(tx, {
    communityId: p.communityId,
    actor: actorOf(caller),
    action: `project.${action}`,
    entityType: 'project',
    entityId: p.id,
    before: { status: p.status },
    after: {
      status: updated!.status,
      ...(action === 'approve' ? { by, voteId: body.voteId } : {}),
      ...(action === 'accept' ? { photos: photoIds.length, note: body.note } : {}),
      ...(action === 'cancel' ? { reason: body.note } : {}),
    },
  });
  return updated!;
}
