import { maskName } from '../../../domain/common/mask';
import { refuseVote } from '../../../domain/votes/vote';
import type { Tx } from '../../db/client';
import { AppError, forbidden, invalid } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { mayManageVote, visibleVote } from './access';
import * as repo from './repository';
import type { BallotBody } from './schema';

/**
 * Records a house's ballot. The house identifies the voter: online, one of its owners (frozen at opening) signed
 * in as themselves; on paper or by proxy, staff who run the vote enter it. One current ballot per house; a second
 * replaces the first only when the vote allows changes, and the first stays in the record.
 */
export async function castBallot(tx: Tx, caller: Caller, id: number, body: BallotBody) {
  const v = await visibleVote(tx, caller, id, 'share');
  const now = new Date();
  const refusal = refuseVote('ballot', v, now);
  if (refusal) throw new AppError(refusal.code, refusal.message);
  const elector = await repo.findElector(tx, v, body.houseId);
  if (!elector) throw invalid([{ path: 'body.houseId', message: "not a house of this vote's electorate" }]);
  let voterPersonId: number | null = null;
  if (body.channel === 'online') {
    const mine = await repo.personsOfAccount(tx, v.communityId, caller.accountId);
    voterPersonId = elector.ownerPersonIds.find((p) => mine.includes(p)) ?? null;
    if (voterPersonId === null) throw forbidden("online ballots are cast by the house's own owner");
  } else if (!mayManageVote(caller, v)) {
    throw forbidden('paper and proxy ballots are entered by those who run the vote');
  }
  const current = await repo.currentBallot(tx, v, body.houseId);
  if (current && !v.allowChange) throw new AppError('conflict', 'this house has already voted');
  if (current) await repo.supersede(tx, current, now);
  const ballot = await repo.insertBallot(tx, {
    communityId: v.communityId,
    voteId: v.id,
    houseId: body.houseId,
    choice: body.choice,
    channel: body.channel,
    proxyName: body.proxyName ?? null,
    voterPersonId,
    enteredByAccountId: caller.accountId,
    enteredByName: caller.displayName,
    castAt: now,
  });
  const shown = (b: Pick<repo.BallotRow, 'choice' | 'channel' | 'proxyName'>) => ({
    houseId: body.houseId,
    choice: b.choice,
    channel: b.channel,
    ...(b.proxyName ? { proxyName: maskName(b.proxyName) } : {}),
  });
  await appendAudit(tx, {
    communityId: v.communityId,
    actor: actorOf(caller),
    action: current ? 'vote.ballot_change' : 'vote.ballot',
    entityType: 'vote',
    entityId: v.id,
    before: current ? shown(current) : undefined,
    after: { ballotId: ballot.id, ...shown(ballot) },
  });
  return { vote: v, ballot, replaced: current !== null };
}
