import { can } from '../../../domain/auth/policy';
import type { Executor } from '../../db/client';
import { forbidden, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { homesOf, permissionScope } from '../auth/permission-scope';
import * as repo from './repository';

/** The votes a caller sees (staff by `vote.read`, residents over their homes once open), as one SQL condition. */
export async function votesVisibleTo(db: Executor, caller: Caller) {
  return repo.votesVisible(await permissionScope(db, caller, 'vote.read'), homesOf(caller));
}

/** A vote the caller sees, else 404 (never 403: an unseen vote does not exist for them). */
export async function visibleVote(db: Executor, caller: Caller, id: number, lock?: 'update' | 'share') {
  const v = await repo.findVote(db, await votesVisibleTo(db, caller), id, lock);
  if (!v) throw notFound('vote');
  return v;
}

export const mayManageVote = (caller: Caller, v: Pick<repo.VoteRow, 'nodePath'>) =>
  can(caller.grants, 'vote.manage', v.nodePath);

/** Staff who follow the vote (grid workers, building leaders, property staff too) see its electorate and ballots. */
export function requireFollower(caller: Caller, v: Pick<repo.VoteRow, 'nodePath'>) {
  if (!can(caller.grants, 'vote.read', v.nodePath))
    throw forbidden('the ballots are for those who follow the vote');
}

export function requireManager(caller: Caller, v: Pick<repo.VoteRow, 'nodePath'>) {
  if (!mayManageVote(caller, v)) throw forbidden('only those who run the vote may do this');
}
