import { z } from 'zod';
import { VOTE_STATES } from '../../../domain/votes/vote';
import type { Executor, Tx } from '../../db/client';
import { AppError } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { visibleVote } from './access';
import { closeVote } from './close-vote';
import { createVote } from './create-vote';
import { openVote } from './open-vote';
import type * as repo from './repository';
import { voteResult } from './result';
import { result as voteResultSchema, type VoteResult } from './schema';

/** What another capability puts to its owners: an elevator installation, a convention … */
export interface VoteSubject {
  kind: string;
  id: number;
}

export interface DecidingVoteInput {
  nodeId: number;
  matter: number;
  title: string;
  description?: string | undefined;
  closesAt?: Date | undefined;
}

/**
 * Drafts and opens, in the caller's transaction, the owner vote that decides `subject`: its electorate is frozen now,
 * and its owners vote through the ordinary vote pages (and paper ballots) until it is closed.
 */
export async function startDecidingVote(
  tx: Tx,
  caller: Caller,
  subject: VoteSubject,
  input: DecidingVoteInput,
): Promise<repo.VoteRow> {
  const draft = await createVote(tx, caller, {
    ...input,
    ...(input.closesAt ? { closesAt: input.closesAt } : {}),
    subjectKind: subject.kind,
    subjectId: subject.id,
  });
  return openVote(tx, caller, draft.id);
}

/**
 * The decision of record: closes the vote if it is still open (publishing its result notice), or takes the result
 * it was closed with (by staff or by the close-due-votes job). Only a closed vote decides anything.
 */
export async function decideByVote(
  tx: Tx,
  caller: Caller,
  voteId: number,
  timeZone: string,
): Promise<{ vote: repo.VoteRow; result: VoteResult }> {
  const v = await visibleVote(tx, caller, voteId, 'update');
  const closed = v.status === 'open' ? await closeVote(tx, caller, v.id, { timeZone }) : v;
  if (closed.status !== 'closed') throw new AppError('invalid_transition', `the vote is ${closed.status}`);
  return { vote: closed, result: await voteResult(tx, closed) };
}

/** A deciding vote as the subject's page shows it: its state and its result (live while open, frozen once closed). */
export const voteOutcomeSchema = z
  .object({
    id: z.number(),
    status: z.enum(VOTE_STATES),
    closesAt: z.date().nullable(),
    result: voteResultSchema.nullable(),
  })
  .meta({ id: 'DecidingVote' });
export type VoteOutcome = z.infer<typeof voteOutcomeSchema>;

export async function voteOutcome(
  db: Executor,
  caller: Caller,
  voteId: number | null,
): Promise<VoteOutcome | null> {
  if (voteId === null) return null;
  // Whoever sees the subject normally sees its vote too; where not (a resident outside the vote's node), the page
  // simply shows no vote rather than failing.
  const v = await visibleVote(db, caller, voteId).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  });
  if (!v) return null;
  const result = v.status === 'open' || v.status === 'closed' ? await voteResult(db, v) : null;
  return { id: v.id, status: v.status, closesAt: v.closesAt, result };
}
