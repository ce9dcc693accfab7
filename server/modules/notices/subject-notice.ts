import { and, count, eq, sql } from 'drizzle-orm';
import { noticePhase, periodOfDays, type NoticePhase } from '../../../domain/notices/period';
import type { Executor, Tx } from '../../db/client';
import { notice, noticeObjection } from '../../db/schema';
import type { Caller } from '../auth/caller';
import { publishNotice } from './publish-notice';
import type { NoticeRow } from './repository';

export interface NoticeSubject {
  kind: string;
  id: number;
}

/**
 * Publishes, in the caller's transaction, the notice about `subject` (an elevator plan, a convention) to everyone
 * under `nodeId` for `days` from now; residents object and staff resolve through the ordinary notice routes.
 */
export function publishSubjectNotice(
  tx: Tx,
  caller: Caller,
  subject: NoticeSubject,
  input: { nodeId: number; title: string; body: string; days: number },
): Promise<NoticeRow> {
  return publishNotice(tx, caller, {
    nodeId: input.nodeId,
    title: input.title,
    body: input.body,
    ...periodOfDays(new Date(), input.days),
    subjectKind: subject.kind,
    subjectId: subject.id,
  });
}

/** Where a subject's notice stands: its period's phase and its objections (what a filing waits for). */
export interface SubjectNoticeState {
  id: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  phase: NoticePhase;
  objections: { total: number; pending: number };
}

/**
 * Read by id within its community: the caller reached the subject already, and the subject's rules (not the
 * reader's notice permission) decide whether it may move on.
 */
export async function subjectNoticeState(
  db: Executor,
  communityId: number,
  noticeId: number | null,
  now = new Date(),
): Promise<SubjectNoticeState | null> {
  if (noticeId === null) return null;
  const [n] = await db
    .select()
    .from(notice)
    .where(and(eq(notice.communityId, communityId), eq(notice.id, noticeId)));
  if (!n) return null;
  const [o] = await db
    .select({
      total: count(),
      pending: sql<number>`count(*) filter (where ${noticeObjection.status} = 'pending')`.mapWith(Number),
    })
    .from(noticeObjection)
    .where(and(eq(noticeObjection.communityId, communityId), eq(noticeObjection.noticeId, noticeId)));
  return {
    id: n.id,
    title: n.title,
    startsAt: n.startsAt,
    endsAt: n.endsAt,
    phase: noticePhase(n, now),
    objections: { total: o?.total ?? 0, pending: o?.pending ?? 0 },
  };
}
