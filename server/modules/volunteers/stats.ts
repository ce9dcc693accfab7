import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { hoursOf } from '../../../domain/volunteers/activities';
import type { Executor } from '../../db/client';
import { person, volunteerActivity, volunteerSignup, volunteerTeam } from '../../db/schema';
import { decodeCursor, encodeCursor } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { permissionScope } from '../auth/permission-scope';
import { inScopePlaces } from '../auth/scope-sql';
import { pathRefs } from '../org/repository';
import { subtreeOf } from '../org/subtree';
import type { StatsQuery } from './schema';

type Row = {
  key: string;
  communityId: string;
  activities: number;
  personTimes: number;
  people: number;
  minutes: number;
};

const byOffset = z.object({ offset: z.number().int().min(0) });

/**
 * Hours and person-times (人次) of service: every checked-out sign-up of the activities the caller sees, grouped by
 * person, team, or the next level of the org tree under `nodeId` (communities of a street, compounds of a
 * community). Counted from the sign-ups themselves: a street's year is a few thousand rows (seed 002: 8,500).
 */
export async function volunteerStats(db: Executor, caller: Caller, q: StatsQuery) {
  const scope = await permissionScope(db, caller, 'volunteer.read');
  const under = await subtreeOf(db, scope, q.nodeId);
  const a = volunteerActivity;
  const where: SQL[] = [
    inScopePlaces(scope, a.communityId, a.nodePath),
    sql`s.minutes is not null`,
    sql`${a.status} = 'open'`,
  ];
  if (under?.communityId != null) where.push(sql`${a.communityId} = ${under.communityId}`);
  if (under) where.push(sql`${a.nodePath} like ${`${under.path}%`}`);
  if (q.from) where.push(sql`${a.startsAt} >= ${q.from}`);
  if (q.to) where.push(sql`${a.startsAt} < ${q.to}`);
  // The child of `under` an activity lies in: the path's id after under's own; the node itself when it is there.
  const depth = under ? under.path.split('/').filter(Boolean).length : 0;
  const key =
    q.by === 'person'
      ? sql`s.person_id::text`
      : q.by === 'team'
        ? sql`coalesce(${a.teamId}::text, '0')`
        : under
          ? sql`coalesce(nullif(split_part(${a.nodePath}, '/', ${depth + 2}), ''), split_part(${a.nodePath}, '/', ${depth + 1}))`
          : sql`${a.communityId}::text`;
  const cond = sql.join(where, sql` and `);
  const offset = decodeCursor(q.cursor, byOffset)?.offset ?? 0;
  const r = await db.execute<Row>(sql`
    select ${key} as key, min(${a.communityId})::text as "communityId", count(distinct ${a.id})::int as activities,
           count(*)::int as "personTimes", count(distinct (s.community_id, s.person_id))::int as people,
           sum(s.minutes)::int as minutes
      from ${volunteerSignup} s join ${a} on ${a.communityId} = s.community_id and ${a.id} = s.activity_id
     where ${cond}
     group by 1 order by minutes desc, 1 limit ${q.limit + 1} offset ${offset}`);
  const total = await db.execute<Omit<Row, 'key' | 'communityId'>>(sql`
    select count(distinct (${a.communityId}, ${a.id}))::int as activities, count(*)::int as "personTimes",
           count(distinct (s.community_id, s.person_id))::int as people, coalesce(sum(s.minutes), 0)::int as minutes
      from ${volunteerSignup} s join ${a} on ${a.communityId} = s.community_id and ${a.id} = s.activity_id
     where ${cond}`);
  const more = r.rows.length > q.limit;
  const rows = r.rows.slice(0, q.limit);
  const names = await namesOf(db, q.by, rows);
  const t = total.rows[0]!;
  return {
    items: rows.map((row) => ({
      id: Number(row.key),
      name: names.get(row.key) ?? (q.by === 'team' && row.key === '0' ? '—' : ''),
      activities: row.activities,
      personTimes: row.personTimes,
      people: row.people,
      minutes: row.minutes,
      hours: hoursOf(row.minutes),
    })),
    nextCursor: more ? encodeCursor({ offset: offset + q.limit }) : null,
    total: {
      activities: t.activities,
      personTimes: t.personTimes,
      people: t.people,
      hours: hoursOf(t.minutes),
    },
  };
}

async function namesOf(db: Executor, by: StatsQuery['by'], rows: Row[]): Promise<Map<string, string>> {
  if (!rows.length) return new Map();
  const pairs = rows.map((r) => sql`(${Number(r.communityId)}::bigint, ${Number(r.key)}::bigint)`);
  if (by === 'person' || by === 'team') {
    const t = by === 'person' ? person : volunteerTeam;
    const found = await db.execute<{ id: string; name: string }>(
      sql`select id::text, name from ${t} where (community_id, id) in (${sql.join(pairs, sql`, `)})`,
    );
    return new Map(found.rows.map((f) => [String(f.id), f.name]));
  }
  const refs = await pathRefs(
    db,
    rows.map((r) => ({ path: `/${r.key}/`, communityId: Number(r.communityId) })),
  );
  return new Map([...refs.values()].map((ref) => [String(ref.id), ref.name]));
}
