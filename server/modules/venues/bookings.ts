import { bookingProblems, refuseCancel, wallClockText } from '../../../domain/venues/rules';
import type { Tx } from '../../db/client';
import { AppError, forbidden, invalid, sqlState } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { myPersonIn } from '../volunteers/access';
import { mayManage, visibleBooking, visibleRoom } from './access';
import * as repo from './repository';
import type { BookingBody } from './schema';

const EXCLUSION_VIOLATION = '23P01';

/** "2026-12-07 14:00–16:00" on the local wall clock, as the conflict message names the time already taken. */
export function span(startsAt: Date, endsAt: Date, timeZone: string) {
  const s = wallClockText(startsAt, timeZone);
  const e = wallClockText(endsAt, timeZone);
  return `${s}–${e.slice(0, 10) === s.slice(0, 10) ? e.slice(11) : e}`;
}

/**
 * Books a room: a resident of the station's community for themselves, or staff who run the station. The rules of
 * `domain/venues` are checked first; overlap is left to the database, whose exclusion constraint makes the second of
 * two racing requests wait for the first and then fail, so exactly one wins. The insert runs in a savepoint, so the
 * refusal can name the booking it collided with.
 */
export async function book(tx: Tx, caller: Caller, body: BookingBody, timeZone: string) {
  const { room, stationName } = await visibleRoom(tx, caller, body.roomId);
  const staff = mayManage(caller, room.nodePath);
  const booker = staff ? null : await myPersonIn(tx, caller, room.communityId);
  const problems = bookingProblems(room, body, new Date(), timeZone);
  if (problems.length) throw invalid(problems.map((p) => ({ path: `body.${p.field}`, message: p.message })));
  let b: repo.BookingRow;
  try {
    b = await tx.transaction((sp) =>
      repo.insertBooking(sp, {
        communityId: room.communityId,
        roomId: room.id,
        stationId: room.stationId,
        nodePath: room.nodePath,
        startsAt: body.startsAt,
        endsAt: body.endsAt,
        attendees: body.attendees,
        purpose: body.purpose,
        bookerPersonId: booker?.id ?? null,
        bookedByAccountId: caller.accountId,
        bookedByName: booker?.name ?? caller.displayName,
      }),
    );
  } catch (err) {
    if (sqlState(err) !== EXCLUSION_VIOLATION) throw err;
    const [clash] = await repo.taken(tx, room, body.startsAt, body.endsAt);
    const when = clash
      ? span(clash.startsAt, clash.endsAt, timeZone)
      : span(body.startsAt, body.endsAt, timeZone);
    throw new AppError('booking_conflict', `${room.name} is already booked ${when}; choose another time`, {
      startsAt: clash?.startsAt.toISOString() ?? null,
      endsAt: clash?.endsAt.toISOString() ?? null,
    });
  }
  await appendAudit(tx, {
    communityId: b.communityId,
    actor: actorOf(caller),
    action: 'venue.book',
    entityType: 'venue_booking',
    entityId: b.id,
    after: {
      roomId: b.roomId,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      attendees: b.attendees,
      bookerPersonId: b.bookerPersonId,
    },
  });
  return { booking: b, roomName: room.name, stationName };
}

/** The booker or those who run the station cancel a booking that has not begun; the row stays, its time is freed. */
export async function cancel(tx: Tx, caller: Caller, id: number) {
  const row = await visibleBooking(tx, caller, id, true);
  const b = row.booking;
  if (b.bookedByAccountId !== caller.accountId && !mayManage(caller, b.nodePath))
    throw forbidden('only the booker or those who run this station may cancel it');
  const refusal = refuseCancel(b, new Date());
  if (refusal) throw new AppError(refusal.code, refusal.message);
  const after = await repo.updateBooking(tx, b, {
    status: 'cancelled',
    cancelledAt: new Date(),
    cancelledByName: caller.displayName,
  });
  await appendAudit(tx, {
    communityId: b.communityId,
    actor: actorOf(caller),
    action: 'venue.cancel',
    entityType: 'venue_booking',
    entityId: b.id,
    before: { status: b.status },
    after: { status: after.status },
  });
  return { ...row, booking: after };
}
