import { elevatorMachine, type ElevatorAction, type ElevatorState } from '../../../domain/elevators/machine';
import type { Tx } from '../../db/client';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { contextOf, requireAction, visibleInstallation, type InstallationContext } from './access';
import * as repo from './repository';

export interface Step {
  /** Columns to change besides the state. */
  patch?: Partial<repo.InstallationRow>;
  /** Where the installation goes when the table's target depends on an outcome (a vote's result). */
  to?: ElevatorState;
  /** What the audit row records of this step. */
  detail?: Record<string, unknown>;
}

/**
 * One action on a retrofit inside the caller's transaction: the row locked `for update`, the machine checked
 * against the facts read under that lock, the step's work, the new state and the audit row.
 */
export async function act(
  tx: Tx,
  caller: Caller,
  id: number,
  action: ElevatorAction,
  work: (ctx: InstallationContext) => Promise<Step> = async () => ({}),
): Promise<repo.InstallationRow> {
  const before = await visibleInstallation(tx, caller, id, true);
  const ctx = await contextOf(tx, caller, before);
  requireAction(ctx, action);
  const step = await work(ctx);
  const status = step.to ?? elevatorMachine.stateAfter(action, before.status);
  const after =
    status !== before.status || step.patch
      ? await repo.updateInstallation(tx, before, { ...step.patch, status })
      : before;
  await appendAudit(tx, {
    communityId: after.communityId,
    actor: actorOf(caller),
    action: `elevator.${action}`,
    entityType: 'elevator_installation',
    entityId: after.id,
    before: { status: before.status },
    after: { status: after.status, ...step.detail },
  });
  return after;
}
