import { can } from '../../../domain/auth/policy';
import {
  elevatorMachine,
  type ElevatorAction,
  type ElevatorFacts,
  type ElevatorRelation,
} from '../../../domain/elevators/machine';
import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { homesOf, permissionScope } from '../auth/permission-scope';
import { subjectNoticeState, type SubjectNoticeState } from '../notices/subject-notice';
import { personsOfAccount } from '../votes/repository';
import * as repo from './repository';

/** Staff through `elevator.read` over the unit; residents of the unit once the retrofit is out of draft. */
export async function installationsVisibleTo(db: Executor, caller: Caller) {
  return repo.installationsVisible(await permissionScope(db, caller, 'elevator.read'), homesOf(caller));
}

/** A retrofit the caller sees, else 404; `lock` for a use case that changes it (state re-checked on the row). */
export async function visibleInstallation(db: Executor, caller: Caller, id: number, lock = false) {
  const e = await repo.findInstallation(db, await installationsVisibleTo(db, caller), id, lock);
  if (!e) throw notFound('elevator installation');
  return e;
}

export const mayManageInstallation = (caller: Caller, e: Pick<repo.InstallationRow, 'unitPath'>) =>
  can(caller.grants, 'elevator.manage', e.unitPath);

const livesUnder = (caller: Caller, e: Pick<repo.InstallationRow, 'communityId' | 'unitPath'>) =>
  caller.grants.some(
    (g) => g.role === 'resident' && g.communityId === e.communityId && g.path.startsWith(e.unitPath),
  );

/** Everything the machine and the page need about one retrofit, as seen by one caller. */
export interface InstallationContext {
  e: repo.InstallationRow;
  occupied: repo.OccupiedRow[];
  notice: SubjectNoticeState | null;
  /** Occupied houses still waiting for consent that the caller owns (their phone offers to consent). */
  myPendingHouseIds: number[];
  /** The caller's registry person for each of those houses. */
  myPersonByHouse: Map<number, number>;
  facts: ElevatorFacts;
  relations: Set<ElevatorRelation>;
}

export async function contextOf(
  db: Executor,
  caller: Caller,
  e: repo.InstallationRow,
): Promise<InstallationContext> {
  // One after another: inside a transaction they share one connection.
  const occupied = await repo.occupiedHouses(db, e);
  const owners = await repo.ownersOfOccupied(db, e);
  const notice = await subjectNoticeState(db, e.communityId, e.noticeId);
  const mine = await personsOfAccount(db, e.communityId, caller.accountId);
  const pending = new Set(occupied.filter((o) => !o.consentedAt).map((o) => o.houseId));
  const myPersonByHouse = new Map<number, number>();
  for (const o of owners)
    if (pending.has(o.houseId) && mine.includes(o.personId)) myPersonByHouse.set(o.houseId, o.personId);
  const relations = new Set<ElevatorRelation>();
  if (mayManageInstallation(caller, e)) relations.add('manager');
  if (myPersonByHouse.size) relations.add('occupied_owner');
  if (livesUnder(caller, e)) relations.add('resident');
  return {
    e,
    occupied,
    notice,
    myPendingHouseIds: [...myPersonByHouse.keys()],
    myPersonByHouse,
    facts: {
      status: e.status,
      consentsMissing: pending.size,
      noticeEnded: notice?.phase === 'ended',
      objectionsPending: notice?.objections.pending ?? 0,
      costsSaved: e.budget !== null,
    },
    relations,
  };
}

/** Throws the machine's refusal (409 `invalid_transition` for the state, 403 for the person). */
export function requireAction(ctx: InstallationContext, action: ElevatorAction) {
  const refusal = elevatorMachine.refuse(action, ctx.facts, ctx.relations);
  if (refusal) throw new AppError(refusal.code, refusal.message);
}
