import type { Db, Tx } from '../../db/client';
import type { Caller } from '../auth/caller';
import { idCursor, pageByIdDesc, subtreeOf } from '../org/subtree';
import { contextOf, installationsVisibleTo, visibleInstallation } from './access';
import { giveConsent } from './consent';
import { setOccupied } from './set-occupied';
import { cancel, complete, saveCosts } from './costs';
import { closeVote, startVote } from './decide';
import { closeNotice, publishPlan } from './plan-notice';
import { presentInstallation, presentSummaries } from './presenter';
import * as repo from './repository';
import type { ActionBody, ConsentBody, CostsBody, CreateBody, ListQuery, OccupiedBody } from './schema';
import { startInstallation, unitEligibility } from './start-installation';

type Action = 'start_vote' | 'close_vote' | 'publish_plan' | 'close_notice' | 'complete' | 'cancel';

/** Elevator retrofits (RULES.md §2) for the routes: each change one transaction, presented after it commits. */
export function elevatorsService(db: Db, timeZone: string) {
  const present = async (caller: Caller, e: repo.InstallationRow) =>
    presentInstallation(db, caller, await contextOf(db, caller, e));
  const change = async (caller: Caller, use: (tx: Tx) => Promise<repo.InstallationRow>) =>
    present(caller, await db.transaction(use));

  const actions: Record<
    Action,
    (tx: Tx, caller: Caller, id: number, body: ActionBody) => Promise<repo.InstallationRow>
  > = {
    start_vote: (tx, caller, id, body) => startVote(tx, caller, id, body?.closesAt),
    close_vote: (tx, caller, id) => closeVote(tx, caller, id, timeZone),
    publish_plan: (tx, caller, id, body) => publishPlan(tx, caller, id, body?.noticeDays),
    close_notice: (tx, caller, id) => closeNotice(tx, caller, id),
    complete: (tx, caller, id) => complete(tx, caller, id),
    cancel: (tx, caller, id) => cancel(tx, caller, id),
  };

  return {
    async eligibility(caller: Caller, unitId: number) {
      const { unit, eligibility, runningId } = await unitEligibility(db, caller, unitId);
      return { unitId: unit.id, ...eligibility, runningId };
    },
    create: (caller: Caller, body: CreateBody) => change(caller, (tx) => startInstallation(tx, caller, body)),
    get: async (caller: Caller, id: number) => present(caller, await visibleInstallation(db, caller, id)),
    act: (caller: Caller, id: number, action: Action, body: ActionBody) =>
      change(caller, (tx) => actions[action](tx, caller, id, body)),
    setOccupied: (caller: Caller, id: number, body: OccupiedBody) =>
      change(caller, (tx) => setOccupied(tx, caller, id, body)),
    consent: (caller: Caller, id: number, body: ConsentBody) =>
      change(caller, (tx) => giveConsent(tx, caller, id, body)),
    costs: (caller: Caller, id: number, body: CostsBody) =>
      change(caller, (tx) => saveCosts(tx, caller, id, body)),

    async list(caller: Caller, q: ListQuery) {
      const rows = await repo.listInstallations(db, {
        visible: await installationsVisibleTo(db, caller),
        under: await subtreeOf(db, caller.scope, q.nodeId),
        status: q.status,
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(rows, q.limit, (items) => presentSummaries(db, items));
    },
  };
}
export type ElevatorsService = ReturnType<typeof elevatorsService>;
