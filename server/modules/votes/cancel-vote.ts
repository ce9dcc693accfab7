import { refuseVote } from '../../../domain/votes/vote';
import type { Tx } from '../../db/client';
import { AppError } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { requireManager, visibleVote } from './access';
import * as repo from './repository';

/** Withdraws a draft; a vote that opened runs to its close, so its record stays whole. */
export async function cancelVote(tx: Tx, caller: Caller, id: number): Promise<repo.VoteRow> {
  const before = await visibleVote(tx, caller, id, 'update');
  requireManager(caller, before);
  const refusal = refuseVote('cancel', before, new Date());
  if (refusal) throw new AppError(refusal.code, refusal.message);
  const after = await repo.updateVote(tx, before, { status: 'cancelled', cancelledAt: new Date() });
  await appendAudit(tx, {
    communityId: after.communityId,
    actor: actorOf(caller),
    action: 'vote.cancel',
    entityType: 'vote',
    entityId: after.id,
    before: { status: before.status },
    after: { status: after.status },
  });
  return after;
}
