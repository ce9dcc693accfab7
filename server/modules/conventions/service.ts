import { coverage } from '../../../domain/conventions/machine';
import type { Db, Tx } from '../../db/client';
import { forbidden } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { can } from '../../../domain/auth/policy';
import { idCursor, pageByIdDesc, subtreeOf } from '../org/subtree';
import { contextOf, conventionsVisibleTo, visibleConvention } from './access';
import { presentConvention, presentSummaries } from './presenter';
import * as repo from './repository';
import type { ActionBody, CreateBody, EditBody, ListQuery } from './schema';
import { cancelConvention, closeVote, draftConvention, editConvention, sign, startVote } from './use-cases';

/** Conventions (公约) for the routes: each change one transaction, presented after it commits. */
export function conventionsService(db: Db, timeZone: string) {
  const present = async (caller: Caller, c: repo.ConventionRow) =>
    presentConvention(db, caller, await contextOf(db, caller, c));
  const change = async (caller: Caller, use: (tx: Tx) => Promise<repo.ConventionRow>) =>
    present(caller, await db.transaction(use));

  return {
    create: (caller: Caller, body: CreateBody) => change(caller, (tx) => draftConvention(tx, caller, body)),
    edit: (caller: Caller, id: number, body: EditBody) =>
      change(caller, (tx) => editConvention(tx, caller, id, body)),
    act: (caller: Caller, id: number, action: 'start_vote' | 'close_vote' | 'cancel', body: ActionBody) =>
      change(caller, (tx) =>
        action === 'start_vote'
          ? startVote(tx, caller, id, body?.closesAt)
          : action === 'close_vote'
            ? closeVote(tx, caller, id, timeZone)
            : cancelConvention(tx, caller, id),
      ),
    sign: (caller: Caller, id: number) => change(caller, (tx) => sign(tx, caller, id)),
    get: async (caller: Caller, id: number) => present(caller, await visibleConvention(db, caller, id)),

    async list(caller: Caller, q: ListQuery) {
      const rows = await repo.listConventions(db, {
        visible: await conventionsVisibleTo(db, caller),
        under: await subtreeOf(db, caller.scope, q.nodeId),
        status: q.status,
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(rows, q.limit, (items) => presentSummaries(db, items));
    },

    /** Signed households over households, per building under the convention's place (staff). */
    async coverage(caller: Caller, id: number) {
      const c = await visibleConvention(db, caller, id);
      if (!can(caller.grants, 'convention.read', c.nodePath)) throw forbidden('coverage is for staff');
      const byBuilding = (await repo.coverageByBuilding(db, c)).map((b) => ({ ...b, coverage: coverage(b) }));
      const households = byBuilding.reduce((s, b) => s + b.households, 0);
      const signedHouseholds = byBuilding.reduce((s, b) => s + b.signedHouseholds, 0);
      return {
        conventionId: c.id,
        households,
        signedHouseholds,
        coverage: coverage({ households, signedHouseholds }),
        byBuilding,
      };
    },
  };
}
export type ConventionsService = ReturnType<typeof conventionsService>;
