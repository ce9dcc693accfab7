import { tally, type Tally } from '../../../domain/votes/tally';
import { matterOf, ruleName } from '../../../domain/votes/vote';
import type { Executor } from '../../db/client';
import { AppError } from '../../http/errors';
import * as repo from './repository';
import type { VoteResult } from './schema';

/** The tally of a vote's frozen electorate and current ballots, never of the live registry. */
export async function tallyOf(db: Executor, v: repo.VoteRow): Promise<{ tally: Tally; ballots: number }> {
  const [electorate, choices] = await Promise.all([repo.tallyElectors(db, v), repo.currentChoices(db, v)]);
  return {
    tally: tally(matterOf(v.matter)!, electorate, choices, { nonParticipantsAgree: v.absentCountsAsAgree }),
    ballots: choices.size,
  };
}

export function resultOf(v: repo.VoteRow, t: Tally, ballots: number): VoteResult {
  return {
    voteId: v.id,
    status: v.status,
    rule: ruleName(matterOf(v.matter)!),
    totalArea: t.area.total,
    totalOwners: t.heads.total,
    participatingArea: t.area.participating,
    participatingOwners: t.heads.participating,
    agreeArea: t.area.agree,
    agreeOwners: t.heads.agree,
    quorumMet: t.quorum.met,
    passed: t.passed,
    quorum: { area: t.quorum.area, heads: t.quorum.heads },
    approval: t.approval,
    absentCountsAsAgree: v.absentCountsAsAgree,
    deemedAgreeing: t.deemedAgreeing,
    ballots,
    final: v.status === 'closed',
  };
}

/** The live tally while open; once closed, the result of record frozen at closing. */
export async function voteResult(db: Executor, v: repo.VoteRow): Promise<VoteResult> {
  if (v.status === 'closed' && v.result)
    return { ...(v.result as VoteResult), status: v.status, final: true };
  if (v.status !== 'open' && v.status !== 'closed')
    throw new AppError('wrong_state', 'the electorate is fixed when the vote opens; there is no result yet');
  const { tally: t, ballots } = await tallyOf(db, v);
  return resultOf(v, t, ballots);
}
