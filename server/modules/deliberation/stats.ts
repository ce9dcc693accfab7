import { and, eq, gte, lt, sql, type AnyColumn } from 'drizzle-orm';
import { canAnywhere } from '../../../domain/auth/policy';
import { addDays, localDate, startOfLocalDay } from '../../../domain/common/local-date';
import { progressOf, tallyProgress } from '../../../domain/deliberation/follow-ups';
import { monthsBetween, share, statsPeriod } from '../../../domain/deliberation/stats';
import { MEETING_KINDS } from '../../../domain/deliberation/meetings';
import type { Db } from '../../db/client';
import { meeting, resolution, topic } from '../../db/schema';
import { forbidden, invalid, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { findNode, nodeRefs } from '../org/repository';
import { inScopePlaces } from '../auth/scope-sql';
import { accessOf } from './access';
import { followUpsWhere } from './meeting-repository';
import type { StatsQuery, StatsResponse } from './schema';

const counts = () => ({ sessions: 0, resolutions: 0, consensus: 0 });

/**
 * Sessions, resolutions and consensus under a node in a period (seed 001: 160 sessions, 110 consensus items in a
 * year of one street), and how the work they created stands. A street holds a few hundred meetings a year, so the
 * figures are counted from the meeting rows themselves (indexed by community and time) rather than a rollup.
 */
export function deliberationStats(db: Db, timeZone: string) {
  return async function stats(caller: Caller, q: StatsQuery): Promise<StatsResponse> {
    if (!canAnywhere(caller.grants, 'deliberation.read'))
      throw forbidden('statistics of deliberations are for staff');
    const a = await accessOf(db, caller);
    const node = await findNode(db, a.read, q.nodeId);
    if (!node) throw notFound('node');
    if (node.kind === 'building' || node.kind === 'unit')
      throw invalid([{ path: 'querystring.nodeId', message: 'statistics are kept per compound and above' }]);
    const period = statsPeriod(q, localDate(new Date(), timeZone));
    if ('field' in period) throw invalid([{ path: period.field, message: period.message }]);
    const start = startOfLocalDay(period.from, timeZone);
    const end = startOfLocalDay(addDays(period.to, 1), timeZone);

    const under = (communityId: AnyColumn, path: AnyColumn) =>
      and(
        inScopePlaces(a.read, communityId, path),
        node.communityId !== null ? sql`${communityId} = ${node.communityId}` : undefined,
        sql`${path} like ${`${node.path}%`}`,
      );
    const held = and(
      under(meeting.communityId, meeting.placePath),
      eq(meeting.status, 'held'),
      gte(meeting.startsAt, start),
      lt(meeting.startsAt, end),
    )!;
    const [meetings, resolutions, followUps, [raised]] = await Promise.all([
      db
        .select({ communityId: meeting.communityId, kind: meeting.kind, startsAt: meeting.startsAt })
        .from(meeting)
        .where(held),
      db
        .select({
          communityId: resolution.communityId,
          consensus: resolution.consensus,
          topicId: resolution.topicId,
          startsAt: meeting.startsAt,
        })
        .from(resolution)
        .innerJoin(
          meeting,
          and(eq(meeting.communityId, resolution.communityId), eq(meeting.id, resolution.meetingId)),
        )
        .where(held),
      followUpsWhere(db, held),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(topic)
        .where(
          and(
            under(topic.communityId, topic.placePath),
            gte(topic.createdAt, start),
            lt(topic.createdAt, end),
          ),
        ),
    ]);

    const month = (d: Date) => localDate(d, timeZone).slice(0, 7);
    const byMonth = new Map(monthsBetween(period.from, period.to).map((m) => [m, counts()]));
    const byCommunity = new Map<number, ReturnType<typeof counts>>();
    const bucket = (communityId: number) => {
      if (!byCommunity.has(communityId)) byCommunity.set(communityId, counts());
      return byCommunity.get(communityId)!;
    };
    for (const m of meetings) {
      byMonth.get(month(m.startsAt))!.sessions++;
      bucket(m.communityId).sessions++;
    }
    for (const r of resolutions) {
      for (const c of [byMonth.get(month(r.startsAt))!, bucket(r.communityId)]) {
        c.resolutions++;
        if (r.consensus) c.consensus++;
      }
    }
    const now = new Date();
    const progress = followUps.map((f) =>
      progressOf(
        f.kind === 'task'
          ? { kind: 'task', status: f.status ?? 'open', dueOn: f.dueOn ?? period.to }
          : { kind: 'event', eventStatus: f.eventStatus ?? 'reported', eventDeadline: f.eventDeadline },
        now,
        timeZone,
      ),
    );
    const names = await nodeRefs(db, [...byCommunity.keys()], [], null);
    const consensus = resolutions.filter((r) => r.consensus).length;
    const { total, open, overdue, done, dropped } = tallyProgress(progress);
    return {
      nodeId: node.id,
      from: period.from,
      to: period.to,
      sessions: meetings.length,
      resolutions: resolutions.length,
      consensus,
      consensusRate: share(consensus, resolutions.length),
      byKind: MEETING_KINDS.map((kind) => ({
        kind,
        sessions: meetings.filter((m) => m.kind === kind).length,
      })),
      topicsRaised: raised?.n ?? 0,
      topicsResolved: resolutions.filter((r) => r.topicId !== null).length,
      followUps: { total, open, overdue, done, dropped },
      byMonth: [...byMonth].map(([m, c]) => ({ month: m, ...c })),
      byCommunity: [...byCommunity]
        .map(([communityId, c]) => ({ communityId, name: names.get(communityId)?.name ?? '', ...c }))
        .sort((x, y) => y.sessions - x.sessions),
    };
  };
}
