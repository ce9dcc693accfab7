// Coverage reports: buildings with a filed leader (seed 000), compounds with a party organisation (seed 003).
import { can } from '../../../domain/auth/policy';
import {
  coverage,
  partyOrgCoverage,
  withRate,
  type Coverage,
} from '../../../domain/governance/building-leaders';
import type { Db } from '../../db/client';
import { forbidden, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { findNode, nodeRefs } from '../org/repository';
import * as repo from './coverage-repository';
import { cursorShape } from './support';

const rateRows = (m: Map<number, Coverage>, names: Map<number, { name: string }>) =>
  [...m]
    .map(([nodeId, c]) => ({ nodeId, name: names.get(nodeId)?.name ?? '', ...c }))
    .sort((a, b) => a.rate - b.rate);

export function coverageService(db: Db) {
  /** Any node in scope (else 404) where the caller may read governance (else 403). */
  async function reportNode(caller: Caller, nodeId: number) {
    const node = await findNode(db, caller.scope, nodeId);
    if (!node) throw notFound('org node');
    if (!can(caller.grants, 'governance.read', node.path)) throw forbidden();
    return node;
  }

  return {
    /** Seed 000's 79.6% and seed 003's 357 of 977, for any node: buildings with a filed leader, compounds with a party organisation. */
    async coverage(caller: Caller, nodeId: number) {
      const node = await reportNode(caller, nodeId);
      const [buildings, compounds] = await Promise.all([
        repo.buildingCoverageRows(db, caller.scope, node.path),
        repo.compoundPartyRows(db, caller.scope, node.path),
      ]);
      const leaders = coverage(buildings);
      const parties = partyOrgCoverage(compounds);
      const globalIds = [
        ...new Set([
          ...leaders.byCommunity.keys(),
          ...leaders.byStreet.keys(),
          ...parties.byCommunity.keys(),
          ...parties.byStreet.keys(),
        ]),
      ];
      const names = await nodeRefs(db, globalIds, [], null);
      for (const c of new Set(buildings.map((b) => b.communityId))) {
        const ids = [...new Set(buildings.filter((b) => b.communityId === c).map((b) => b.compoundId))];
        for (const [k, v] of await nodeRefs(db, [], ids, c)) names.set(k, v);
      }
      return {
        buildingLeaders: {
          overall: leaders.overall,
          byCompound: rateRows(leaders.byCompound, names),
          byCommunity: rateRows(leaders.byCommunity, names),
          byStreet: rateRows(leaders.byStreet, names),
        },
        partyOrgs: {
          overall: parties.overall,
          byCommunity: rateRows(parties.byCommunity, names),
          byStreet: rateRows(parties.byStreet, names),
        },
      };
    },

    /** Each compound under the node, a page at a time: its party organisation and its building leaders' coverage. */
    async compoundCoverage(caller: Caller, nodeId: number, cursor: string | undefined, limit: number) {
      const node = await reportNode(caller, nodeId);
      const rows = await repo.compoundCoveragePage(
        db,
        caller.scope,
        node.path,
        decodeCursor(cursor, cursorShape)?.id,
        limit,
      );
      return page(
        rows,
        limit,
        ({ buildings, covered, ...r }) => ({
          ...r,
          buildingLeaders: withRate({ total: buildings, covered }),
        }),
        (r) => ({ id: r.compoundId }),
      );
    },
  };
}
