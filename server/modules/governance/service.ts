import { z } from 'zod';
import { can } from '../../../domain/auth/policy';
import type { Permission } from '../../../domain/auth/roles';
import { localDate } from '../../../domain/common/local-date';
import {
  BUILDING_LEADER_DUTIES,
  coverage,
  partyOrgCoverage,
  type Coverage,
} from '../../../domain/governance/building-leaders';
import { filingStatus, validateOwnersCommittee } from '../../../domain/governance/owners-committee';
import type { Db, Executor, Tx } from '../../db/client';
import { forbidden, invalid, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { accountNames } from '../grids/repository';
import { findNode, nodeRefs, pathOf, pathRefs, type NodeRow } from '../org/repository';
import * as repo from './repository';
import type * as s from './schema';

const cursorShape = z.object({ id: z.number() });

async function placeFor(
  ex: Executor,
  caller: Caller,
  id: number,
  permission: Permission,
  kinds: string[],
  field: string,
): Promise<NodeRow> {
  const node = await findNode(ex, caller.scope, id);
  if (!node || node.communityId === null) throw notFound('place');
  if (!kinds.includes(node.kind))
    throw invalid([{ path: field, message: `must be a ${kinds.join(' or ')}` }]);
  if (!can(caller.grants, permission, node.path)) throw forbidden();
  return node;
}

async function labels(ex: Executor, rows: { communityId: number; path: string }[]) {
  const refs = await pathRefs(ex, rows);
  return (r: { path: string }) =>
    pathOf(r, refs)
      .filter((x) => !['district', 'street', 'community'].includes(x.kind))
      .map((x) => x.name)
      .join(' ');
}

async function audit(
  tx: Tx,
  caller: Caller,
  communityId: number,
  action: string,
  entityType: string,
  entityId: number,
  after: unknown,
) {
  await appendAudit(tx, {
    communityId,
    actor: actorOf(caller),
    action,
    entityType,
    entityId,
    before: null,
    after,
  });
}

function leaderStatus(l: repo.LeaderRow) {
  return l.endedOn ? ('ended' as const) : l.filedOn ? ('filed' as const) : ('pending_filing' as const);
}

const rateRows = (m: Map<number, Coverage>, names: Map<number, { name: string }>) =>
  [...m]
    .map(([nodeId, c]) => ({ nodeId, name: names.get(nodeId)?.name ?? '', ...c }))
    .sort((a, b) => a.rate - b.rate);

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

  async function presentBodies(ex: Executor, rows: repo.BodyRow[]): Promise<s.BodyResponse[]> {
    const [label, members] = await Promise.all([
      labels(
        ex,
        rows.map((r) => ({ communityId: r.communityId, path: r.placePath })),
      ),
      repo.membersOf(ex, rows),
    ]);
    const now = new Date();
    return Promise.all(
      rows.map(async (b) => {
        const mine = members.filter((m) => m.bodyId === b.id);
        const committee = b.kind === 'owners_committee' && b.electedOn && b.termEndsOn;
        return {
          ...b,
          placeLabel: label({ path: b.placePath }),
          members: mine.map(({ personId, name, role, isOwner }) => ({ personId, name, role, isOwner })),
          violations: committee
            ? validateOwnersCommittee(
                {
                  householdCount: await repo.householdCount(ex, b.communityId, b.placePath),
                  members: mine.map((m) => ({ personId: String(m.personId), isOwner: m.isOwner })),
                  electedOn: b.electedOn as string,
                  termEndsOn: b.termEndsOn as string,
                  filedOn: b.filedOn,
                },
                now,
                { timeZone },
              )
            : [],
          filing:
            b.kind === 'owners_committee' && b.electedOn
              ? filingStatus({ electedOn: b.electedOn, filedOn: b.filedOn, now }, { timeZone })
              : null,
        };
      }),
    );
  }

  /** Check-ins and capable persons: rows of compounds at or around a place, with the compound's name. */
  async function compoundList<R extends { communityId: number; id: number }>(
    caller: Caller,
    list: (
      ex: Executor,
      scope: Caller['scope'],
      communityId: number,
      path: string,
      afterId: number | undefined,
      limit: number,
    ) => Promise<{ row: R; name: string; compoundPath: string }[]>,
    placeId: number,
    cursor: string | undefined,
    limit: number,
  ) {
    const node = await placeFor(
      db,
      caller,
      placeId,
      'governance.read',
      ['compound', 'building'],
      'querystring.placeId',
    );
    const rows = await list(
      db,
      caller.scope,
      node.communityId as number,
      node.path,
      decodeCursor(cursor, cursorShape)?.id,
      limit,
    );
    const label = await labels(
      db,
      rows.map((r) => ({ communityId: r.row.communityId, path: r.compoundPath })),
    );
    return page(
      rows,
      limit,
      (r) => ({ ...r.row, name: r.name, compoundLabel: label({ path: r.compoundPath }) }),
      (r) => ({ id: r.row.id }),
    );
  }

  /** A person of the community attached to one of its compounds (check-in, capable person), audited. */
  async function addToCompound<R extends { communityId: number; id: number }>(
    caller: Caller,
    body: { personId: number; compoundId: number },
    entity: 'party_checkin' | 'capable_person',
    insert: (tx: Tx, communityId: number) => Promise<R>,
  ): Promise<R> {
    return db.transaction(async (tx) => {
      const compound = await placeFor(
        tx,
        caller,
        body.compoundId,
        'governance.manage',
        ['compound'],
        'body.compoundId',
      );
      const communityId = compound.communityId as number;
      if (!(await repo.peopleIn(tx, communityId, [body.personId])).length) {
        throw invalid([{ path: 'body.personId', message: 'no such person in this community' }]);
      }
      const row = await insert(tx, communityId);
      await audit(tx, caller, communityId, `governance.${entity}`, entity, row.id, row);
      return row;
    });
  }

  return {
    duties: () => BUILDING_LEADER_DUTIES,

    async listLeaders(caller: Caller, placeId: number, cursor: string | undefined, limit: number) {
      const node = await placeFor(
        db,
        caller,
        placeId,
        'governance.read',
        ['compound', 'building'],
        'querystring.placeId',
      );
      const rows = await repo.listLeaders(
        db,
        caller.scope,
        node.communityId as number,
        node.path,
        decodeCursor(cursor, cursorShape)?.id,
        limit,
      );
      const shown = await presentLeaders(db, rows.slice(0, limit));
      return page(
        rows,
        limit,
        (r) => shown.find((x) => x.id === r.id) as (typeof shown)[number],
        (r) => ({ id: r.id }),
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
        const communityId = building.communityId as number;
        let displayName: string;
        if (body.source === 'resident') {
          const [found] = await repo.peopleIn(tx, communityId, [body.personId as number]);
          if (!found) throw invalid([{ path: 'body.personId', message: 'no such person in this community' }]);
          displayName = found.name;
        } else {
          displayName =
            (await accountNames(tx, [body.accountId as number])).get(body.accountId as number) ?? '';
          if (!displayName) throw invalid([{ path: 'body.accountId', message: 'no such account' }]);
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
        await audit(tx, caller, communityId, 'governance.leader.appoint', 'building_leader', l.id, l);
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
        await audit(tx, caller, l.communityId, 'governance.leader.update', 'building_leader', l.id, patch);
        return oneLeader(tx, after);
      });
    },

    /** Seed 000's 79.6% and seed 003's 357 of 977, for any node: buildings with a filed leader, compounds with a party organisation. */
    async coverage(caller: Caller, nodeId: number) {
      const node = await findNode(db, caller.scope, nodeId);
      if (!node) throw notFound('org node');
      if (!can(caller.grants, 'governance.read', node.path)) throw forbidden();
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

    async listBodies(
      caller: Caller,
      placeId: number,
      kind: repo.BodyRow['kind'] | undefined,
      cursor: string | undefined,
      limit: number,
    ) {
      const node = await placeFor(
        db,
        caller,
        placeId,
        'governance.read',
        ['compound', 'building'],
        'querystring.placeId',
      );
      const rows = await repo.listBodies(
        db,
        caller.scope,
        node.communityId as number,
        node.path,
        kind,
        decodeCursor(cursor, cursorShape)?.id,
        limit,
      );
      const shown = await presentBodies(db, rows.slice(0, limit));
      return page(
        rows,
        limit,
        (r) => shown.find((x) => x.id === r.id) as s.BodyResponse,
        (r) => ({ id: r.id }),
      );
    },

    async getBody(caller: Caller, id: number) {
      const b = await repo.findBody(db, caller.scope, id);
      if (!b || !can(caller.grants, 'governance.read', b.placePath)) throw notFound('body');
      return (await presentBodies(db, [b]))[0] as s.BodyResponse;
    },

    async createBody(caller: Caller, body: s.CreateBodyBody) {
      return db.transaction(async (tx) => {
        const kinds = body.partyLevel === 'building_group' ? ['building'] : ['compound'];
        const node = await placeFor(tx, caller, body.placeId, 'governance.manage', kinds, 'body.placeId');
        if ((body.kind === 'party_org') !== (body.partyLevel !== undefined)) {
          throw invalid([
            { path: 'body.partyLevel', message: 'party organisations, and only they, have a level' },
          ]);
        }
        if (body.parentBodyId !== undefined && !(await repo.findBody(tx, caller.scope, body.parentBodyId)))
          throw invalid([{ path: 'body.parentBodyId', message: 'no such body' }]);
        if (body.electedOn && body.termEndsOn && body.termEndsOn <= body.electedOn)
          throw invalid([{ path: 'body.termEndsOn', message: 'must follow the election' }]);
        const b = await repo.insertBody(tx, {
          ...body,
          details: body.details ?? {},
          communityId: node.communityId as number,
          placePath: node.path,
        });
        await audit(tx, caller, b.communityId, 'governance.body.create', 'governance_body', b.id, b);
        return (await presentBodies(tx, [b]))[0] as s.BodyResponse;
      });
    },

    async setMembers(caller: Caller, id: number, members: s.MembersBody['members']) {
      return db.transaction(async (tx) => {
        const b = await repo.findBody(tx, caller.scope, id, true);
        if (!b) throw notFound('body');
        if (!can(caller.grants, 'governance.manage', b.placePath)) throw forbidden();
        const ids = members.map((m) => m.personId);
        const known = new Set((await repo.peopleIn(tx, b.communityId, ids)).map((p) => p.id));
        const bad = members.flatMap((m, i) =>
          known.has(m.personId)
            ? []
            : [{ path: `body.members.${i}.personId`, message: 'no such person in this community' }],
        );
        if (bad.length) throw invalid(bad);
        if (new Set(ids).size !== ids.length)
          throw invalid([{ path: 'body.members', message: 'a person is listed twice' }]);
        await repo.replaceMembers(tx, b, members);
        await audit(tx, caller, b.communityId, 'governance.body.members', 'governance_body', b.id, members);
        return (await presentBodies(tx, [b]))[0] as s.BodyResponse;
      });
    },

    listCheckins: (caller: Caller, placeId: number, cursor: string | undefined, limit: number) =>
      compoundList(caller, repo.listCheckins, placeId, cursor, limit),
    listCapable: (caller: Caller, placeId: number, cursor: string | undefined, limit: number) =>
      compoundList(caller, repo.listCapable, placeId, cursor, limit),

    checkIn: (
      caller: Caller,
      body: { personId: number; compoundId: number; workUnit: string; checkedInOn: string },
    ) =>
      addToCompound(caller, body, 'party_checkin', async (tx, communityId) => {
        if (body.checkedInOn > localDate(new Date(), timeZone)) {
          throw invalid([{ path: 'body.checkedInOn', message: 'in the future' }]);
        }
        return repo.insertCheckin(tx, { ...body, communityId });
      }),

    addCapablePerson: (
      caller: Caller,
      body: { personId: number; compoundId: number; powers: s.Power[]; expertise?: string | undefined },
    ) =>
      addToCompound(caller, body, 'capable_person', (tx, communityId) =>
        repo.insertCapable(tx, { ...body, expertise: body.expertise ?? null, communityId }),
      ),
  };
}
