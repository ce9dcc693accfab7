import { DEFAULT_NOTICE_DAYS, periodOfDays, periodProblems } from '../../../domain/notices/period';
import type { Tx } from '../../db/client';
import { invalid } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { claimUploads } from '../events/attachments';
import { audienceNode } from './access';
import * as repo from './repository';
import type { PublishBody } from './schema';

export interface PublishInput extends PublishBody {
  /** What the notice is about when another capability posts it: `vote`, `elevator_installation`, `convention` … */
  subjectKind?: string;
  subjectId?: number;
}

/**
 * Posts a public notice inside the caller's transaction, so a use case that must publish (a vote's result at
 * closing, an elevator plan) commits or fails together with it. Checks the audience node and the period, moves the
 * caller's uploads onto it and writes the audit row.
 */
export async function publishNotice(tx: Tx, caller: Caller, input: PublishInput): Promise<repo.NoticeRow> {
  const node = await audienceNode(tx, caller, input.nodeId, 'body.nodeId');
  const startsAt = input.startsAt ?? new Date();
  const period = input.endsAt
    ? { startsAt, endsAt: input.endsAt }
    : periodOfDays(startsAt, DEFAULT_NOTICE_DAYS);
  const problems = periodProblems(period);
  if (problems.length) throw invalid(problems.map((p) => ({ path: `body.${p.field}`, message: p.message })));
  const n = await repo.insertNotice(tx, {
    communityId: node.communityId,
    nodeId: node.id,
    nodePath: node.path,
    title: input.title,
    body: input.body,
    ...period,
    subjectKind: input.subjectKind ?? null,
    subjectId: input.subjectId ?? null,
    publishedByAccountId: caller.accountId,
    publishedByName: caller.displayName,
  });
  if (input.attachmentIds?.length) {
    const files = await claimUploads(tx, caller.accountId, input.attachmentIds, 'body.attachmentIds');
    await repo.insertAttachments(
      tx,
      files.map((f) => ({
        communityId: n.communityId,
        id: f.id,
        noticeId: n.id,
        mime: f.mime,
        size: f.size,
        sha256: f.sha256,
      })),
    );
  }
  await appendAudit(tx, {
    communityId: n.communityId,
    actor: actorOf(caller),
    action: 'notice.publish',
    entityType: 'notice',
    entityId: n.id,
    after: {
      nodeId: n.nodeId,
      title: n.title,
      startsAt: n.startsAt,
      endsAt: n.endsAt,
      subjectKind: n.subjectKind,
      subjectId: n.subjectId,
      attachments: input.attachmentIds?.length ?? 0,
    },
  });
  return n;
}
