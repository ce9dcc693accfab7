import { z } from 'zod';
import type { CheckAction } from '../../../domain/volunteers/check-code';
import { hoursOf } from '../../../domain/volunteers/activities';
import type { Db } from '../../db/client';
import { decodeCursor, page } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { permissionScope } from '../auth/permission-scope';
import { idCursor, subtreeOf } from '../org/subtree';
import { activitiesVisibleTo, myPeople, requireManager, visibleActivity, visibleTeam } from './access';
import { cancelActivity, createActivity } from './activities';
import { currentCode } from './check-code';
import { afterPersonId, pageByPerson } from './paging';
import { presentActivities, presentActivity, presentSignup, presentTeams } from './presenter';
import * as repo from './repository';
import type {
  ActivityBody,
  CheckBody,
  ListActivitiesQuery,
  ListTeamsQuery,
  StatsQuery,
  TeamBody,
} from './schema';
import { checkByCode, checkByOrganiser, signUp, withdraw } from './signups';
import { volunteerStats } from './stats';
import { openRequests, serviceByMonth, serviceCompounds } from './party-service';
import { sql } from 'drizzle-orm';
import { volunteerActivity } from '../../db/schema';
import { addMember, createTeam, removeMember } from './teams';

const byStart = z.object({ startsAt: z.coerce.date(), id: z.number() });

/** Volunteer teams and activities (issue 6 item 1): one transaction per change, the audit row inside it. */
export function volunteersService(db: Db, timeZone: string) {
  const oneTeam = async (caller: Caller, t: repo.TeamRow, members = 0) =>
    (await presentTeams(db, caller, [{ team: t, members }]))[0]!;

  return {
    async createTeam(caller: Caller, body: TeamBody) {
      return oneTeam(caller, await db.transaction((tx) => createTeam(tx, caller, body)));
    },

    async listTeams(caller: Caller, q: ListTeamsQuery) {
      const scope = await permissionScope(db, caller, 'volunteer.read');
      const rows = await repo.listTeams(db, repo.teamsIn(scope), {
        under: await subtreeOf(db, scope, q.nodeId),
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      const p = page(
        rows,
        q.limit,
        (r) => r,
        (r) => ({ id: r.team.id }),
      );
      return { items: await presentTeams(db, caller, p.items), nextCursor: p.nextCursor };
    },

    async getTeam(caller: Caller, id: number) {
      const t = await visibleTeam(db, caller, id);
      return oneTeam(caller, t, await repo.memberCount(db, t));
    },

    async members(caller: Caller, id: number, q: { cursor?: string | undefined; limit: number }) {
      const t = await visibleTeam(db, caller, id);
      const rows = await repo.membersOf(db, t, {
        afterPersonId: afterPersonId(q.cursor),
        limit: q.limit,
      });
      return pageByPerson(rows, q.limit);
    },

    addMember: (caller: Caller, id: number, personId: number, role: 'leader' | 'member' = 'member') =>
      db.transaction((tx) => addMember(tx, caller, id, personId, role)),

    removeMember: (caller: Caller, id: number, personId: number) =>
      db.transaction((tx) => removeMember(tx, caller, id, personId)),

    async createActivity(caller: Caller, body: ActivityBody) {
      return presentActivity(db, caller, await db.transaction((tx) => createActivity(tx, caller, body)));
    },

    async cancelActivity(caller: Caller, id: number) {
      return presentActivity(db, caller, await db.transaction((tx) => cancelActivity(tx, caller, id)));
    },

    async getActivity(caller: Caller, id: number) {
      return presentActivity(db, caller, await visibleActivity(db, caller, id));
    },

    async listActivities(caller: Caller, q: ListActivitiesQuery) {
      const c = decodeCursor(q.cursor, byStart);
      const rows = await repo.listActivities(db, await activitiesVisibleTo(db, caller), {
        under: await subtreeOf(db, caller.scope, q.nodeId),
        teamId: q.teamId,
        endingAfter: q.when === 'upcoming' ? new Date() : undefined,
        q: q.q,
        beforeStart: c,
        limit: q.limit,
      });
      const p = page(
        rows,
        q.limit,
        (r) => r,
        (r) => ({ startsAt: r.startsAt, id: r.id }),
      );
      return { items: await presentActivities(db, caller, p.items), nextCursor: p.nextCursor };
    },

    async roster(caller: Caller, id: number, q: { cursor?: string | undefined; limit: number }) {
      const a = await visibleActivity(db, caller, id);
      requireManager(caller, a.nodePath);
      const rows = await repo.roster(db, a, { afterId: idCursor(q.cursor), limit: q.limit });
      return page(
        rows,
        q.limit,
        (r) => presentSignup(r.signup, r.name),
        (r) => ({ id: r.signup.id }),
      );
    },

    async signUp(caller: Caller, id: number, personId?: number) {
      const r = await db.transaction((tx) => signUp(tx, caller, id, personId));
      return presentSignup(r.signup, r.name);
    },

    async withdraw(caller: Caller, id: number) {
      const r = await db.transaction((tx) => withdraw(tx, caller, id));
      return presentSignup(r.signup, r.name);
    },

    async checkByOrganiser(caller: Caller, id: number, signupId: number, action: CheckAction) {
      const r = await db.transaction((tx) => checkByOrganiser(tx, caller, id, signupId, action));
      return presentSignup(r.signup, r.name, r.points);
    },

    async checkByCode(caller: Caller, body: CheckBody) {
      const r = await db.transaction((tx) => checkByCode(tx, caller, body));
      return presentSignup(r.signup, r.name, r.points);
    },

    /** The code the organiser's phone shows; only those who organise here may show it. */
    async code(caller: Caller, id: number, action: CheckAction) {
      const a = await visibleActivity(db, caller, id);
      requireManager(caller, a.nodePath);
      return { activityId: a.id, action, ...currentCode(a, action, new Date()) };
    },

    stats: (caller: Caller, q: StatsQuery) => volunteerStats(db, caller, q),

    /** 党员服务: the open requests and activities of the compounds a party member serves, and their months. */
    async partyService(caller: Caller) {
      const compounds = await serviceCompounds(db, caller);
      if (!compounds.length) return { compounds: [], openRequests: [], activities: [], months: [] };
      const people = await myPeople(db, caller);
      const at = sql.join(
        compounds.map(
          (c) =>
            sql`(${volunteerActivity.communityId} = ${c.communityId} and ${volunteerActivity.nodePath} in (${c.path}, ${c.communityPath}))`,
        ),
        sql` or `,
      );
      const [requests, rows, months] = await Promise.all([
        openRequests(db, compounds),
        repo.listActivities(db, sql`(${at})`, { endingAfter: new Date(), limit: 50 }),
        serviceByMonth(db, { people, accountId: caller.accountId }, timeZone),
      ]);
      return {
        compounds: compounds.map(({ communityId, compoundId, name }) => ({ communityId, compoundId, name })),
        openRequests: requests,
        activities: await presentActivities(db, caller, rows.slice(0, 50)),
        months,
      };
    },

    /** The phone's "my hours": who the caller is in each community, what they served, their recent sign-ups. */
    async mine(caller: Caller) {
      const people = await myPeople(db, caller);
      const [served, rows] = await Promise.all([
        repo.servedBy(db, people),
        repo.signupsOfPeople(db, people, 50),
      ]);
      return {
        people: people.map((p) => ({ personId: p.id, communityId: p.communityId, name: p.name })),
        personTimes: served.personTimes,
        hours: hoursOf(served.minutes),
        signups: rows.map((r) => ({
          ...presentSignup(r.signup, r.name),
          title: r.title,
          place: r.place,
          startsAt: r.startsAt,
          endsAt: r.endsAt,
        })),
      };
    },
  };
}
export type VolunteersService = ReturnType<typeof volunteersService>;
