import { incubatedCount, STAGES, type Stage } from '../../../domain/selforgs/stages';
import type { Db } from '../../db/client';
import type { Caller } from '../auth/caller';
import { homesOf, permissionScope } from '../auth/permission-scope';
import { idCursor, pageByIdDesc, subtreeOf } from '../org/subtree';
import { afterPersonId, pageByPerson } from '../volunteers/paging';
import {
  addMember,
  addSupport,
  changeStage,
  createOrg,
  linkActivity,
  removeMember,
  unlinkActivity,
  visibleOrg,
} from './orgs';
import { presentOrg, presentOrgs } from './presenter';
import * as repo from './repository';
import type { ListOrgsQuery, OrgBody, StageBody, SupportBody } from './schema';

const today = (timeZone: string) => new Intl.DateTimeFormat('sv-SE', { timeZone }).format(new Date());

/** Residents' self-organisations (issue 6 item 4): one transaction per change, the audit row inside it. */
export function selfOrgsService(db: Db, timeZone: string) {
  const detail = async (caller: Caller, o: repo.OrgRow) => presentOrg(db, caller, o);
  return {
    createOrg: async (caller: Caller, body: OrgBody) =>
      detail(caller, await db.transaction((tx) => createOrg(tx, caller, body, today(timeZone)))),

    getOrg: async (caller: Caller, id: number) => detail(caller, await visibleOrg(db, caller, id)),

    async listOrgs(caller: Caller, q: ListOrgsQuery) {
      const scope = await permissionScope(db, caller, 'volunteer.read');
      const rows = await repo.listOrgs(db, repo.orgsIn(scope), {
        under: await subtreeOf(db, scope, q.nodeId),
        stage: q.stage,
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(
        rows.map((r) => ({ ...r, id: r.org.id })),
        q.limit,
        (items) => presentOrgs(db, caller, items),
      );
    },

    async members(caller: Caller, id: number, q: { cursor?: string | undefined; limit: number }) {
      const o = await visibleOrg(db, caller, id);
      return pageByPerson(
        await repo.membersOf(db, o, { afterPersonId: afterPersonId(q.cursor), limit: q.limit }),
        q.limit,
      );
    },

    addMember: async (caller: Caller, id: number, personId: number) =>
      detail(caller, await db.transaction((tx) => addMember(tx, caller, id, personId))),
    removeMember: async (caller: Caller, id: number, personId: number) =>
      detail(caller, await db.transaction((tx) => removeMember(tx, caller, id, personId))),
    changeStage: async (caller: Caller, id: number, body: StageBody) =>
      detail(caller, await db.transaction((tx) => changeStage(tx, caller, id, body))),
    addSupport: async (caller: Caller, id: number, body: SupportBody) =>
      detail(caller, await db.transaction((tx) => addSupport(tx, caller, id, body))),
    linkActivity: async (caller: Caller, id: number, activityId: number) =>
      detail(caller, await db.transaction((tx) => linkActivity(tx, caller, id, activityId))),

    unlinkActivity: async (caller: Caller, id: number, activityId: number) =>
      detail(caller, await db.transaction((tx) => unlinkActivity(tx, caller, id, activityId))),

    async stats(caller: Caller, nodeId: number | undefined) {
      const scope = await permissionScope(db, caller, 'volunteer.read');
      const rows = await repo.countByStage(db, repo.orgsIn(scope), await subtreeOf(db, scope, nodeId));
      const byStage = Object.fromEntries(rows.map((r) => [r.stage, r.n])) as Partial<Record<Stage, number>>;
      return {
        byStage: STAGES.map((stage) => ({ stage, count: byStage[stage] ?? 0 })),
        total: rows.reduce((s, r) => s + r.n, 0),
        incubated: incubatedCount(byStage),
        members: rows.reduce((s, r) => s + r.members, 0),
      };
    },

    /** The phone: the organisations of the caller's compounds and communities, to see what they could join. */
    async near(caller: Caller) {
      const rows = await repo.listOrgs(db, repo.orgsNear(homesOf(caller)), { limit: 100 });
      return { items: await presentOrgs(db, caller, rows.slice(0, 100)) };
    },
  };
}
export type SelfOrgsService = ReturnType<typeof selfOrgsService>;
