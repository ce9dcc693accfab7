import { sql } from 'drizzle-orm';
import { hoursOf } from '../../../domain/volunteers/activities';
import type { Executor } from '../../db/client';
import { event, place, volunteerSignup } from '../../db/schema';
import type { Caller } from '../auth/caller';
import { homeCompounds } from '../auth/permission-scope';
import { openCompounds, type OpenIn } from '../events/repository';
import { signupsOfThem, type PersonRef } from './repository';

/**
 * The compounds where the caller serves as a party member (党员服务, seed 003's 双报到): those they checked in to and,
 * for a party member, their home compounds, with each compound's path and its community's, which is what
 * activities there hang on.
 */
export async function serviceCompounds(db: Executor, caller: Caller) {
  const homes = homeCompounds(caller).map((h) => ({ communityId: h.communityId, compoundId: h.compoundId }));
  const served: OpenIn[] = await openCompounds(db, caller.accountId, homes);
  if (!served.length) return [];
  const keys = sql.join(
    served.map((c) => sql`(${c.communityId}::bigint, ${c.compoundId}::bigint)`),
    sql`, `,
  );
  const r = await db.execute<{ communityId: string; id: string; name: string; path: string }>(sql`
    select community_id as "communityId", id, name, path from ${place} where (community_id, id) in (${keys}) order by id`);
  return r.rows.map((c) => ({
    communityId: Number(c.communityId),
    compoundId: Number(c.id),
    name: c.name,
    path: c.path,
    /** The community's own path: the compound's with its last id cut off. */
    communityPath: c.path.replace(/\d+\/$/, ''),
  }));
}

export type ServiceCompound = Awaited<ReturnType<typeof serviceCompounds>>[number];

/** The open requests of those compounds nobody has taken yet (党员接单), newest first. */
export async function openRequests(db: Executor, compounds: ServiceCompound[], limit = 50) {
  if (!compounds.length) return [];
  const keys = sql.join(
    compounds.map((c) => sql`(${c.communityId}::bigint, ${c.compoundId}::bigint)`),
    sql`, `,
  );
  const r = await db.execute<{
    id: string;
    compoundId: string;
    categoryCode: string;
    description: string;
    reportedAt: string;
  }>(sql`
    select id, compound_id as "compoundId", category_code as "categoryCode", description, reported_at as "reportedAt"
      from ${event}
     where (community_id, compound_id) in (${keys}) and dispatch_mode = 'open' and status = 'dispatched'
       and assignee_account_id is null
     order by id desc limit ${limit}`);
  const names = new Map(compounds.map((c) => [c.compoundId, c.name]));
  return r.rows.map((e) => ({
    id: Number(e.id),
    compoundName: names.get(Number(e.compoundId)) ?? '',
    categoryCode: e.categoryCode,
    description: e.description,
    reportedAt: new Date(e.reportedAt),
  }));
}

/**
 * A party member's service month by month, in the server's time zone: hours and person-times of volunteering, and
 * the open requests they took that were then closed.
 */
export async function serviceByMonth(
  db: Executor,
  who: { people: PersonRef[]; accountId: number },
  timeZone: string,
  months = 12,
) {
  const theirs = who.people.length ? signupsOfThem(who.people) : sql`false`;
  const r = await db.execute<{ month: string; minutes: number; personTimes: number; requests: number }>(sql`
    with served as (
      select to_char(checked_out_at at time zone ${timeZone}, 'YYYY-MM') as month, minutes, 0 as request
        from ${volunteerSignup} where ${theirs} and minutes is not null
      union all
      select to_char(closed_at at time zone ${timeZone}, 'YYYY-MM'), 0, 1
        from ${event} where assignee_account_id = ${who.accountId} and assignee_kind = 'volunteer'
         and status = 'closed')
    select month, sum(minutes)::int as minutes, (count(*) - sum(request))::int as "personTimes",
           sum(request)::int as requests
      from served group by month order by month desc limit ${months}`);
  return r.rows.map((m) => ({
    month: m.month,
    hours: hoursOf(m.minutes),
    personTimes: m.personTimes,
    requests: m.requests,
  }));
}
