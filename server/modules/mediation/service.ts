import type { Db } from '../../db/client';
import { page } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { permissionScope } from '../auth/permission-scope';
import { pathOf, pathRefs } from '../org/repository';
import { idCursor, pageByIdDesc, subtreeOf } from '../org/subtree';
import { myPeople } from '../volunteers/access';
import { afterPersonId } from '../volunteers/paging';
import {
  addMediator,
  decide,
  type Decision,
  openCase,
  recordSession,
  revokeMediator,
  visibleCase,
} from './cases';
import { casesSheet } from './export';
import { presentCase, presentSummaries } from './presenter';
import * as repo from './repository';
import type { CaseBody, ListCasesQuery, SessionBody, StatsQuery, TrendQuery } from './schema';
import { caseStats, caseTrend } from './stats';

const EXPORT_LIMIT = 5_000;

/** People's mediation (issue 6 item 8): one transaction per change, the audit row inside it. */
export function mediationService(db: Db, timeZone: string) {
  const present = (caller: Caller) => (c: repo.CaseRow) => presentCase(db, caller, c);
  return {
    openCase: async (caller: Caller, body: CaseBody) =>
      present(caller)(await db.transaction((tx) => openCase(tx, caller, body))),

    getCase: async (caller: Caller, id: number) => present(caller)(await visibleCase(db, caller, id)),

    async listCases(caller: Caller, q: ListCasesQuery) {
      const scope = await permissionScope(db, caller, 'mediation.read');
      const rows = await repo.listCases(db, repo.casesIn(scope), {
        under: await subtreeOf(db, scope, q.nodeId),
        status: q.status,
        type: q.type,
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(rows, q.limit, (items) => presentSummaries(db, items));
    },

    recordSession: async (caller: Caller, id: number, body: SessionBody) =>
      present(caller)(await db.transaction((tx) => recordSession(tx, caller, id, body))),

    decide: async (caller: Caller, id: number, d: Decision) =>
      present(caller)(await db.transaction((tx) => decide(tx, caller, id, d))),

    async mediators(caller: Caller, q: { communityId?: number | undefined; cursor?: string; limit: number }) {
      const rows = await repo.listMediators(db, await permissionScope(db, caller, 'mediation.read'), {
        communityId: q.communityId,
        afterPersonId: afterPersonId(q.cursor),
        limit: q.limit,
      });
      return page(
        rows,
        q.limit,
        (r) => r,
        (r) => ({ personId: r.personId }),
      );
    },

    async addMediator(caller: Caller, communityId: number, personId: number) {
      const m = await db.transaction((tx) => addMediator(tx, caller, communityId, personId));
      const [row] = (await repo.listMediators(db, caller.scope, { communityId, limit: 200 })).filter(
        (r) => r.personId === m.personId,
      );
      return row!;
    },

    revokeMediator: (caller: Caller, communityId: number, personId: number) =>
      db.transaction((tx) => revokeMediator(tx, caller, communityId, personId)),

    stats: (caller: Caller, q: StatsQuery) => caseStats(db, caller, q),
    trend: (caller: Caller, q: TrendQuery) => caseTrend(db, caller, q, timeZone),

    /** The ledger of the cases those who keep the files see, newest first; names in full, as in the files. */
    async exportCases(caller: Caller, nodeId: number | undefined) {
      const scope = await permissionScope(db, caller, 'mediation.manage');
      const rows = await repo.listCases(db, repo.casesIn(scope), {
        under: await subtreeOf(db, scope, nodeId),
        limit: EXPORT_LIMIT - 1,
      });
      const [parties, refs] = await Promise.all([
        repo.partiesOf(db, rows),
        pathRefs(
          db,
          rows.map((c) => ({ path: c.nodePath, communityId: c.communityId })),
        ),
      ]);
      return casesSheet(
        rows.map((c) => ({
          c,
          parties: parties.get(`${c.communityId}:${c.id}`) ?? [],
          place: pathOf({ path: c.nodePath }, refs)
            .slice(-2)
            .map((n) => n.name)
            .join(' '),
        })),
        timeZone,
      );
    },

    /** The phone's "my mediation": cases in which the caller is a party, parties' names masked. */
    async mine(caller: Caller) {
      const people = await myPeople(db, caller);
      const rows = await repo.listCases(db, repo.casesOfParties(people), { limit: 50 });
      return { items: await presentSummaries(db, rows.slice(0, 50)) };
    },
  };
}
export type MediationService = ReturnType<typeof mediationService>;
