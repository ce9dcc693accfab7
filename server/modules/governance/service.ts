import { can } from '../../../domain/auth/policy';
import { BUILDING_LEADER_DUTIES } from '../../../domain/governance/building-leaders';
import type { Db, Executor } from '../../db/client';
import { forbidden, invalid, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { bodyService } from './body-service';
import { coverageService } from './coverage-service';
import * as repo from './repository';
import { rosterService } from './roster-service';
import type * as s from './schema';
import { audit, cursorShape, labels, listedPlace, placeFor, presentedPage } from './support';

function leaderStatus(l: repo.LeaderRow) {
  return l.endedOn ? ('ended' as const) : l.filedOn ? ('filed' as const) : ('pending_filing' as const);
}

/** Building leaders, and the use cases of the bodies, rosters and coverage reports, as one service. */
export function governanceService(db: Db, timeZone: string) {
  async function presentLeaders(ex: Executor, rows: repo.LeaderRow[]) {
    const label = await labels(
      ex,
      rows.map((r) => ({ communityId: r.communityId, path: r.buildingPath })),
    );
    return rows.map((l) => ({
      ...l,
      buildingLabel: label({ path: l.buildingPath }),
      status: leaderStatus(l),
    }));
  }
  const oneLeader = async (ex: Executor, l: repo.LeaderRow) =>
    (await presentLeaders(ex, [l]))[0] as s.LeaderResponse;

  return {
    ...bodyService(db, timeZone),
    ...coverageService(db),
    ...rosterService(db, timeZone),

    duties: () => BUILDING_LEADER_DUTIES,

    async listLeaders(caller: Caller, placeId: number, cursor: string | undefined, limit: number) {
      const node = await listedPlace(db, caller, placeId);
      const rows = await repo.listLeaders(
        db,
        caller.scope,
        node.communityId,
        node.path,
        decodeCursor(cursor, cursorShape)?.id,
        limit,
      );
      return presentedPage(rows, limit, (shown) => presentLeaders(db, shown));
    },

    /** Property staff who may lead a building of the compound: granted `property_staff` at or above it. */
    async propertyStaff(
      caller: Caller,
      query: { compoundId: number; q?: string | undefined; cursor?: string | undefined; limit: number },
    ) {
      const compound = await placeFor(
        db,
        caller,
        query.compoundId,
        'governance.manage',
        ['compound'],
        'querystring.compoundId',
      );
      const rows = await repo.propertyStaff(db, compound.path, {
        q: query.q,
        afterId: decodeCursor(query.cursor, cursorShape)?.id,
        limit: query.limit,
      });
      return page(
        rows,
        query.limit,
        (r) => r,
        (r) => ({ id: r.accountId }),
      );
    },

    async appointLeader(caller: Caller, body: s.LeaderBody) {
      return db.transaction(async (tx) => {
        const building = await placeFor(
          tx,
          caller,
          body.buildingId,
          'governance.manage',
          ['building'],
          'body.buildingId',
        );
        const communityId = building.communityId;
        let displayName: string;
        if (body.source === 'resident') {
          const [found] = await repo.peopleIn(tx, communityId, [body.personId as number]);
          if (!found) throw invalid([{ path: 'body.personId', message: 'no such person in this community' }]);
          displayName = found.name;
        } else {
          const [staff] = await repo.propertyStaff(tx, building.path, {
            accountIds: [body.accountId as number],
            limit: 1,
          });
          if (!staff)
            throw invalid([{ path: 'body.accountId', message: 'no property staff account serves here' }]);
          displayName = staff.displayName;
        }
        const l = await repo.insertLeader(tx, {
          communityId,
          buildingId: building.id,
          buildingPath: building.path,
          personId: body.personId ?? null,
          accountId: body.accountId ?? null,
          displayName,
          source: body.source,
          appointedOn: body.appointedOn,
        });
        await audit(tx, caller, {
          communityId,
          action: 'governance.leader.appoint',
          entityType: 'building_leader',
          entityId: l.id,
          after: l,
        });
        return oneLeader(tx, l);
      });
    },

    async updateLeader(
      caller: Caller,
      id: number,
      patch: { filedOn?: string | undefined; endedOn?: string | undefined },
    ) {
      return db.transaction(async (tx) => {
        const l = await repo.findLeader(tx, caller.scope, id);
        if (!l) throw notFound('building leader');
        if (!can(caller.grants, 'governance.manage', l.buildingPath)) throw forbidden();
        for (const [field, value] of Object.entries(patch)) {
          if (value !== undefined && value < l.appointedOn)
            throw invalid([{ path: `body.${field}`, message: 'before the appointment' }]);
        }
        const after = await repo.updateLeader(tx, l, patch);
        await audit(tx, caller, {
          communityId: l.communityId,
          action: 'governance.leader.update',
          entityType: 'building_leader',
          entityId: l.id,
          before: { filedOn: l.filedOn, endedOn: l.endedOn },
          after: patch,
        });
        return oneLeader(tx, after);
      });
    },
  };
}
