import { progressOf, taskMachine, type TaskRelation } from '../../../domain/deliberation/follow-ups';
import { meetingMachine } from '../../../domain/deliberation/meetings';
import type { Executor } from '../../db/client';
import { can } from '../../../domain/auth/policy';
import { placeNamer, type Access } from './access';
import * as repo from './meeting-repository';
import { meetingFacts, meetingRelations } from './meeting-relations';
import type { FollowUpResponse, MeetingDetail, MeetingSummary } from './schema';
import { topicSummaries } from './topics';

export async function meetingSummaries(db: Executor, rows: repo.MeetingRow[]): Promise<MeetingSummary[]> {
  const name = await placeNamer(db, rows);
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    kind: m.kind,
    startsAt: m.startsAt,
    location: m.location,
    status: m.status,
    communityId: m.communityId,
    compoundId: m.compoundId,
    placeName: name(m),
    convenedByName: m.convenedByName,
  }));
}

export function presentFollowUp(
  a: Access,
  f: repo.FollowUpRow,
  now: Date,
  timeZone: string,
): FollowUpResponse {
  const rel = new Set<TaskRelation>();
  if (f.ownerAccountId === a.caller.accountId) rel.add('owner');
  if (can(a.caller.grants, 'deliberation.manage', f.meetingPath)) rel.add('manager');
  const task = f.kind === 'task' && f.status !== null && f.dueOn !== null;
  return {
    id: f.id,
    kind: f.kind,
    title: f.title,
    progress: progressOf(
      task
        ? { kind: 'task', status: f.status!, dueOn: f.dueOn! }
        : { kind: 'event', eventStatus: f.eventStatus ?? 'reported', eventDeadline: f.eventDeadline },
      now,
      timeZone,
    ),
    ownerName: f.ownerName,
    dueOn: f.dueOn,
    status: f.status,
    doneAt: f.doneAt,
    event:
      f.eventId !== null && f.eventStatus !== null
        ? { id: f.eventId, status: f.eventStatus, deadline: f.eventDeadline }
        : null,
    actions: task ? taskMachine.allowed({ status: f.status! }, rel) : [],
  };
}

export async function meetingDetail(
  db: Executor,
  a: Access,
  m: repo.MeetingRow,
  timeZone: string,
): Promise<MeetingDetail> {
  const [[summary], invitees, agenda, resolutions] = await Promise.all([
    meetingSummaries(db, [m]),
    repo.inviteesOf(db, m),
    repo.agendaOf(db, m),
    repo.resolutionsOf(db, m),
  ]);
  const topics = await topicSummaries(
    db,
    a,
    agenda.map((x) => x.topic),
  );
  const invited = invitees.some((i) => i.accountId === a.caller.accountId);
  const now = new Date();
  return {
    ...summary!,
    minutes: m.minutes,
    otherAttendees: m.otherAttendees,
    heldAt: m.heldAt,
    cancelReason: m.cancelReason,
    invitees,
    agenda: topics.map((t, i) => ({ ...t, position: agenda[i]!.position })),
    resolutions: resolutions.map((r) => ({
      ...r,
      followUps: r.followUps.map((f) => presentFollowUp(a, f, now, timeZone)),
    })),
    actions: meetingMachine.allowed(meetingFacts(m, now), meetingRelations(a, m, invited)),
  };
}
