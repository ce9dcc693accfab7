import { and, asc, eq } from 'drizzle-orm';
import { ratePoints, ruleOf } from '../../../domain/volunteers/points';
import type { ActivityKind } from '../../../domain/volunteers/activities';
import type { Tx } from '../../db/client';
import { person, type event } from '../../db/schema';
import { appendAudit } from '../audit/repository';
import type { Actor } from '../auth/actor';
import { appendEntry, hasEntry, rulesOf, type NewEntry } from './ledger';

/** One earning: the ledger entry and its audit row, in the caller's transaction. */
async function earn(tx: Tx, actor: Actor, e: Omit<NewEntry, 'by'>, cause: Record<string, number>) {
  const entry = await appendEntry(tx, { ...e, by: { accountId: actor.id, name: actor.name } });
  await appendAudit(tx, {
    communityId: e.communityId,
    actor,
    action: 'points.earn',
    entityType: 'points_entry',
    entityId: entry.id,
    after: { personId: e.personId, kind: e.kind, ...cause, points: e.points, balance: entry.balanceAfter },
  });
  return entry;
}

/** Points for a check-out: the minutes served at the community's rate for the activity's kind. */
export async function awardService(
  tx: Tx,
  actor: Actor,
  s: { communityId: number; id: number; personId: number; minutes: number },
  activity: { kind: ActivityKind; title: string },
) {
  const points = ratePoints(await rulesOf(tx, s.communityId), activity.kind, s.minutes);
  if (points <= 0) return null;
  return earn(
    tx,
    actor,
    {
      communityId: s.communityId,
      personId: s.personId,
      kind: 'service',
      points,
      causeId: s.id,
      note: `${activity.title} ${s.minutes} 分钟`,
    },
    { signupId: s.id },
  );
}

type EventRow = typeof event.$inferSelect;

/**
 * 党员接单 pays when the loop closes: an open event taken by a resident earns that resident the community's
 * open-event points, inside the transaction that closed it, once per event (a reopened event closing again earns
 * nothing more). The taker's account is found as a person of the event's community; one with none earns nothing.
 */
export async function awardOpenEvent(tx: Tx, actor: Actor, before: EventRow, after: EventRow) {
  if (before.status === 'closed' || after.status !== 'closed') return null;
  if (after.dispatchMode !== 'open' || after.assigneeKind !== 'volunteer' || after.assigneeAccountId === null)
    return null;
  if (await hasEntry(tx, after.communityId, 'open_event', after.id)) return null;
  const [taker] = await tx
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.communityId, after.communityId), eq(person.accountId, after.assigneeAccountId)))
    .orderBy(asc(person.id))
    .limit(1);
  if (!taker) return null;
  const points = ruleOf(await rulesOf(tx, after.communityId), 'open_event');
  if (points <= 0) return null;
  return earn(
    tx,
    actor,
    {
      communityId: after.communityId,
      personId: taker.id,
      kind: 'open_event',
      points,
      causeId: after.id,
      note: `${after.categoryCode} #${after.id}`,
    },
    { eventId: after.id },
  );
}
