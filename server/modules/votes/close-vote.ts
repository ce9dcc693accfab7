import { periodOfDays, DEFAULT_NOTICE_DAYS } from '../../../domain/notices/period';
import { resultNotice } from '../../../domain/votes/result-notice';
import { matterOf, refuseVote, ruleName } from '../../../domain/votes/vote';
import type { Tx } from '../../db/client';
import { AppError } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { publishNotice } from '../notices/publish-notice';
import { pathOf, pathRefs } from '../org/repository';
import { requireManager, visibleVote } from './access';
import * as repo from './repository';
import { resultOf, tallyOf } from './result';

export interface CloseOptions {
  /** How long the result notice runs. */
  noticeDays?: number | undefined;
  timeZone: string;
}

/**
 * Closes an open vote: the tally of that moment becomes the result of record, and the result is publicly noticed
 * to the vote's owners at once (the law allows 3 days; doing it in the same transaction never misses them).
 */
export async function closeVote(
  tx: Tx,
  caller: Caller,
  id: number,
  opts: CloseOptions,
): Promise<repo.VoteRow> {
  const before = await visibleVote(tx, caller, id, 'update');
  requireManager(caller, before);
  const now = new Date();
  const refusal = refuseVote('close', before, now);
  if (refusal) throw new AppError(refusal.code, refusal.message);
  const { tally, ballots } = await tallyOf(tx, before);
  const result = resultOf({ ...before, status: 'closed' }, tally, ballots);
  const refs = await pathRefs(tx, [{ path: before.nodePath, communityId: before.communityId }]);
  const placeName = pathOf({ path: before.nodePath }, refs)
    .filter((r) => r.kind !== 'district' && r.kind !== 'street')
    .map((r) => r.name)
    .join(' ');
  const text = resultNotice({
    title: before.title,
    matter: before.matter,
    rule: ruleName(matterOf(before.matter)!),
    placeName,
    openedAt: before.openedAt ?? now,
    closedAt: now,
    absentCountsAsAgree: before.absentCountsAsAgree,
    tally,
    timeZone: opts.timeZone,
  });
  const notice = await publishNotice(tx, caller, {
    nodeId: before.nodeId,
    ...text,
    ...periodOfDays(now, opts.noticeDays ?? DEFAULT_NOTICE_DAYS),
    subjectKind: 'vote',
    subjectId: before.id,
  });
  const after = await repo.updateVote(tx, before, {
    status: 'closed',
    closedAt: now,
    result: { ...result },
    noticeId: notice.id,
  });
  await appendAudit(tx, {
    communityId: after.communityId,
    actor: actorOf(caller),
    action: 'vote.close',
    entityType: 'vote',
    entityId: after.id,
    before: { status: before.status },
    after: { status: after.status, result, noticeId: notice.id },
  });
  return after;
}
