import { activityPhase, hoursOf, refuseSignUp } from '../../../domain/volunteers/activities';
import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { pathOf, pathRefs } from '../org/repository';
import { mayManage, myPeople } from './access';
import * as repo from './repository';
import type { ActivityAction, ActivityResponse, SignupResponse, TeamResponse } from './schema';

export async function presentTeams(
  db: Executor,
  caller: Caller,
  rows: { team: repo.TeamRow; members: number }[],
): Promise<TeamResponse[]> {
  const refs = await pathRefs(
    db,
    rows.map((r) => ({ path: r.team.nodePath, communityId: r.team.communityId })),
  );
  return rows.map(({ team: t, members }) => ({
    id: t.id,
    communityId: t.communityId,
    level: t.level,
    nodeId: t.nodeId,
    path: pathOf({ path: t.nodePath }, refs),
    name: t.name,
    description: t.description,
    members,
    createdAt: t.createdAt,
    actions: mayManage(caller, t.nodePath) ? ['manage'] : [],
  }));
}

function actionsOf(
  caller: Caller,
  a: repo.ActivityRow,
  mine: repo.SignupRow | undefined,
  isResident: boolean,
  now: Date,
): ActivityAction[] {
  const out: ActivityAction[] = [];
  const phase = activityPhase(a, now);
  if (mayManage(caller, a.nodePath)) {
    out.push('roster', 'check');
    if (a.status === 'open' && phase !== 'ended') out.push('cancel', 'show_code');
  }
  if (!isResident) return out;
  if (!mine) {
    if (!refuseSignUp(a, now)) out.push('sign_up');
  } else if (!mine.checkedInAt) {
    out.push('withdraw');
    if (a.status === 'open' && phase !== 'ended') out.push('check_in');
  } else if (!mine.checkedOutAt) out.push('check_out');
  return out;
}

export async function presentActivities(
  db: Executor,
  caller: Caller,
  rows: repo.ActivityRow[],
  now = new Date(),
): Promise<ActivityResponse[]> {
  const people = await myPeople(db, caller);
  const [refs, teams, signups] = await Promise.all([
    pathRefs(
      db,
      rows.map((a) => ({ path: a.nodePath, communityId: a.communityId })),
    ),
    repo.teamNames(
      db,
      rows.flatMap((a) => (a.teamId ? [{ communityId: a.communityId, id: a.teamId }] : [])),
    ),
    repo.signupsOf(
      db,
      rows,
      people.map((p) => p.id),
    ),
  ]);
  const mine = new Map(signups.map((s) => [`${s.communityId}:${s.activityId}`, s]));
  return rows.map((a) => {
    const my = mine.get(`${a.communityId}:${a.id}`);
    const isResident = people.some((p) => p.communityId === a.communityId);
    return {
      id: a.id,
      communityId: a.communityId,
      teamId: a.teamId,
      teamName: a.teamId ? (teams.get(`${a.communityId}:${a.teamId}`) ?? null) : null,
      nodeId: a.nodeId,
      path: pathOf({ path: a.nodePath }, refs),
      kind: a.kind,
      title: a.title,
      description: a.description,
      place: a.place,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      capacity: a.capacity,
      signedUp: a.signedUp,
      status: a.status,
      phase: activityPhase(a, now),
      organiserName: a.organiserName,
      mySignup: my
        ? { id: my.id, checkedInAt: my.checkedInAt, checkedOutAt: my.checkedOutAt, minutes: my.minutes }
        : null,
      actions: actionsOf(caller, a, my, isResident, now),
    };
  });
}

export const presentActivity = async (db: Executor, caller: Caller, a: repo.ActivityRow) =>
  (await presentActivities(db, caller, [a]))[0]!;

export function presentSignup(s: repo.SignupRow, name: string, points: number | null = null): SignupResponse {
  return {
    id: s.id,
    activityId: s.activityId,
    personId: s.personId,
    name,
    signedUpAt: s.signedUpAt,
    cancelledAt: s.cancelledAt,
    checkedInAt: s.checkedInAt,
    checkedInBy: s.checkedInBy,
    checkedOutAt: s.checkedOutAt,
    checkedOutBy: s.checkedOutBy,
    minutes: s.minutes,
    hours: s.minutes === null ? null : hoursOf(s.minutes),
    points,
  };
}
