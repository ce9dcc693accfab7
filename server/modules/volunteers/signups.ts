import {
  minutesServed,
  refuseCheckIn,
  refuseCheckOut,
  refuseSignUp,
  refuseWithdraw,
  type CheckMethod,
  type Refusal,
} from '../../../domain/volunteers/activities';
import type { CheckAction } from '../../../domain/volunteers/check-code';
import type { Tx } from '../../db/client';
import { AppError, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { awardService } from '../points/award';
import { myPersonIn, requireManager, visibleActivity } from './access';
import { codeMatches } from './check-code';
import * as repo from './repository';
import type { CheckBody } from './schema';

const refused = (r: Refusal | null) => {
  if (r) throw new AppError(r.code, r.message);
};

/**
 * Signs a person up: a resident themselves, or staff who organise here for anyone of the community. The activity
 * row is locked `for update`, so concurrent sign-ups queue and each sees the count the previous one left; the
 * table's check constraint holds the capacity even so.
 */
export async function signUp(tx: Tx, caller: Caller, activityId: number, personId?: number) {
  const a = await visibleActivity(tx, caller, activityId, true);
  let who: { id: number; name: string };
  if (personId !== undefined) {
    requireManager(caller, a.nodePath);
    const p = await repo.findPerson(tx, a.communityId, personId);
    if (!p) throw invalid([{ path: 'body.personId', message: "not a resident of the activity's community" }]);
    who = p;
  } else who = await myPersonIn(tx, caller, a.communityId);
  const now = new Date();
  const existing = await repo.findSignup(tx, a, { personId: who.id }, true);
  if (existing && !existing.cancelledAt) throw new AppError('conflict', 'already signed up');
  refused(refuseSignUp(a, now));
  const s = existing
    ? await repo.updateSignup(tx, existing, { cancelledAt: null, signedUpAt: now })
    : await repo.insertSignup(tx, a, who.id, now);
  await repo.countSignup(tx, a, 1);
  await appendAudit(tx, {
    communityId: a.communityId,
    actor: actorOf(caller),
    action: 'volunteer.sign_up',
    entityType: 'volunteer_activity',
    entityId: a.id,
    after: { signupId: s.id, personId: who.id },
  });
  return { signup: s, name: who.name };
}

export async function withdraw(tx: Tx, caller: Caller, activityId: number) {
  const a = await visibleActivity(tx, caller, activityId, true);
  const me = await myPersonIn(tx, caller, a.communityId);
  const s = await repo.findSignup(tx, a, { personId: me.id }, true);
  if (!s) throw notFound('sign-up');
  refused(refuseWithdraw(s));
  const after = await repo.updateSignup(tx, s, { cancelledAt: new Date() });
  await repo.countSignup(tx, a, -1);
  await appendAudit(tx, {
    communityId: a.communityId,
    actor: actorOf(caller),
    action: 'volunteer.withdraw',
    entityType: 'volunteer_activity',
    entityId: a.id,
    before: { signupId: s.id, personId: me.id },
  });
  return { signup: after, name: me.name };
}

/**
 * Checks a sign-up in or out. Check-out fixes the minutes served and pays the points in the same transaction;
 * the sign-up row is locked, so two check-outs cannot both pay.
 */
async function check(
  tx: Tx,
  caller: Caller,
  a: repo.ActivityRow,
  s: repo.SignupRow,
  action: CheckAction,
  method: CheckMethod,
) {
  const now = new Date();
  let after: repo.SignupRow;
  let points: number | null = null;
  if (action === 'in') {
    refused(refuseCheckIn(a, s, now));
    after = await repo.updateSignup(tx, s, { checkedInAt: now, checkedInBy: method });
  } else {
    refused(refuseCheckOut(a, s, now));
    const minutes = minutesServed(a, s.checkedInAt!, now);
    after = await repo.updateSignup(tx, s, { checkedOutAt: now, checkedOutBy: method, minutes });
    points = (await awardService(tx, actorOf(caller), { ...after, minutes }, a))?.points ?? null;
  }
  await appendAudit(tx, {
    communityId: a.communityId,
    actor: actorOf(caller),
    action: `volunteer.check_${action}`,
    entityType: 'volunteer_activity',
    entityId: a.id,
    after: { signupId: s.id, personId: s.personId, method, minutes: after.minutes },
  });
  return { signup: after, points };
}

/** The organiser checks a volunteer in or out by hand (someone without a phone, or after the fact). */
export async function checkByOrganiser(
  tx: Tx,
  caller: Caller,
  activityId: number,
  signupId: number,
  action: CheckAction,
) {
  const a = await visibleActivity(tx, caller, activityId);
  requireManager(caller, a.nodePath);
  const s = await repo.findSignup(tx, a, { id: signupId }, true);
  if (!s) throw notFound('sign-up');
  const name = (await repo.findPerson(tx, a.communityId, s.personId))?.name ?? '';
  return { ...(await check(tx, caller, a, s, action, 'organiser')), name };
}

/** A volunteer checks themselves in or out with the code on the organiser's phone (scanned or typed). */
export async function checkByCode(tx: Tx, caller: Caller, body: CheckBody) {
  const a = await visibleActivity(tx, caller, body.activityId);
  const me = await myPersonIn(tx, caller, a.communityId);
  const s = await repo.findSignup(tx, a, { personId: me.id }, true);
  if (!s || s.cancelledAt) throw new AppError('wrong_state', 'you have not signed up for this activity');
  if (!codeMatches(a, body.action, body.code, new Date()))
    throw invalid([{ path: 'body.code', message: 'the code is wrong or has expired; scan the current one' }]);
  return { ...(await check(tx, caller, a, s, body.action, 'code')), name: me.name };
}
