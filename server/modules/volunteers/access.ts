import { can } from '../../../domain/auth/policy';
import type { Executor } from '../../db/client';
import { AppError, forbidden, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { homesOf, permissionScope } from '../auth/permission-scope';
import { serviceCompounds } from './party-service';
import * as repo from './repository';

/** Who the caller is in the registry, per community: a volunteer is a person of the community they serve. */
export async function myPeople(db: Executor, caller: Caller) {
  return repo.peopleOfAccount(db, caller.accountId);
}

/**
 * Residents see the activities over their homes, and a party member also those of the compounds they serve (双报到),
 * whose activities hang on the compound or its community.
 */
export async function activitiesVisibleTo(db: Executor, caller: Caller) {
  const [people, served] = await Promise.all([myPeople(db, caller), serviceCompounds(db, caller)]);
  const homes = homesOf(caller);
  const near = {
    communityIds: [...homes.communityIds, ...served.map((c) => c.communityId)],
    over: [...homes.over, ...served.flatMap((c) => [c.path, c.communityPath])],
  };
  return repo.activitiesVisible(
    await permissionScope(db, caller, 'volunteer.read'),
    near,
    people.map((p) => p.id),
  );
}

/** An activity the caller sees, else 404; `lock` takes it `for update` (sign-ups, check-ins, cancelling). */
export async function visibleActivity(db: Executor, caller: Caller, id: number, lock = false) {
  const a = await repo.findActivity(db, await activitiesVisibleTo(db, caller), id, lock);
  if (!a) throw notFound('activity');
  return a;
}

export async function visibleTeam(db: Executor, caller: Caller, id: number) {
  const t = await repo.findTeam(db, repo.teamsIn(await permissionScope(db, caller, 'volunteer.read')), id);
  if (!t) throw notFound('team');
  return t;
}

export const mayManage = (caller: Caller, path: string) => can(caller.grants, 'volunteer.manage', path);

export function requireManager(caller: Caller, path: string) {
  if (!mayManage(caller, path)) throw forbidden('only those who organise volunteers here may do this');
}

/** The caller's own person in a community, for what a volunteer does for themselves on the phone. */
export async function myPersonIn(db: Executor, caller: Caller, communityId: number) {
  const mine = (await myPeople(db, caller)).find((p) => p.communityId === communityId);
  if (!mine)
    throw new AppError(
      'forbidden',
      'your account is not linked to a resident of this community; bind your home first',
    );
  return mine;
}
