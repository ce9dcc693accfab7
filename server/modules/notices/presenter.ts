import { noticePhase, objectionsOpen } from '../../../domain/notices/period';
import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { pathOf, pathRefs } from '../org/repository';
import { isAudience, mayManageNotice } from './access';
import * as repo from './repository';
import type { NoticeResponse } from './schema';

/** Notices as the caller may see them: staff get read and objection counts, residents their own receipt. */
export async function presentNotices(
  db: Executor,
  caller: Caller,
  rows: repo.NoticeRow[],
  now = new Date(),
): Promise<NoticeResponse[]> {
  const managed = rows.filter((n) => mayManageNotice(caller, n));
  const [refs, files, counts, receipts] = await Promise.all([
    pathRefs(
      db,
      rows.map((n) => ({ path: n.nodePath, communityId: n.communityId })),
    ),
    repo.attachmentsOf(db, rows),
    repo.countsOf(db, managed),
    repo.receiptsOf(db, caller.accountId, rows),
  ]);
  return rows.map((n) => {
    const manages = managed.includes(n);
    return {
      id: n.id,
      communityId: n.communityId,
      nodeId: n.nodeId,
      audience: pathOf({ path: n.nodePath }, refs).filter(
        (r) => r.kind !== 'district' && r.kind !== 'street',
      ),
      title: n.title,
      body: n.body,
      startsAt: n.startsAt,
      endsAt: n.endsAt,
      phase: noticePhase(n, now),
      subjectKind: n.subjectKind,
      subjectId: n.subjectId,
      publishedByName: n.publishedByName,
      createdAt: n.createdAt,
      attachments: files
        .filter((f) => f.communityId === n.communityId && f.noticeId === n.id)
        .map((f) => ({
          id: f.id,
          mime: f.mime,
          size: f.size,
          url: `/api/v1/notices/${n.id}/attachments/${f.id}`,
        })),
      readCount: manages ? (counts.reads.get(n.id) ?? 0) : null,
      objections: manages ? (counts.objections.get(n.id) ?? { total: 0, pending: 0 }) : null,
      readAt: receipts.get(n.id) ?? null,
      actions: [
        ...(isAudience(caller, n) && objectionsOpen(n, now) ? (['object'] as const) : []),
        ...(manages ? (['resolve'] as const) : []),
      ],
    };
  });
}

export async function presentNotice(db: Executor, caller: Caller, n: repo.NoticeRow) {
  return (await presentNotices(db, caller, [n]))[0]!;
}
