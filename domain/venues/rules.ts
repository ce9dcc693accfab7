/**
 * Venues (issue 6 item 5; seeds 000, 003, 004: 115 service stations whose rooms residents book): a station's rooms,
 * their weekly opening hours, when a booking may be made or cancelled, and how busy a room was in a month. No clock
 * or database here; the database itself keeps bookings of one room from overlapping (an exclusion constraint).
 */
import { DEFAULT_TIME_ZONE, localDate, startOfLocalDay } from '../common/local-date';
export { hoursOf } from '../volunteers/activities';

/** 党群服务中心, 党群服务站, 居民会客厅 (as a stand-alone venue), 红色驿站, anything else. */
export const STATION_KINDS = ['service_center', 'service_station', 'parlour', 'red_post', 'other'] as const;
export type StationKind = (typeof STATION_KINDS)[number];

/** 居民会客厅 / meeting room, reading room, activity room, anything else. */
export const ROOM_KINDS = ['meeting', 'reading', 'activity', 'other'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export const BOOKING_STATES = ['confirmed', 'cancelled'] as const;
export type BookingState = (typeof BOOKING_STATES)[number];

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening period of a weekday, local wall-clock `HH:MM`; a day may have several (a lunch break between). */
export interface OpeningSlot {
  weekday: Weekday;
  opens: string;
  closes: string;
}

/** Bookings are taken up to this far ahead, so a room is not reserved for a whole year by one resident. */
export const BOOKING_HORIZON_DAYS = 60;
/** Bookings start and end on a quarter hour, as the phone's time picker offers them. */
export const BOOKING_STEP_MINUTES = 15;

export interface Problem {
  field: string;
  message: string;
}

const HM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Minutes after midnight of `HH:MM` (24:00 allowed as a closing time), or null when it is not a time. */
export function minutesOf(hm: string): number | null {
  if (!HM.test(hm)) return null;
  const [h, m] = hm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** What is wrong with a room's weekly hours: bad times, a period closing before it opens, periods that overlap. */
export function openingProblems(slots: readonly OpeningSlot[]): Problem[] {
  const out: Problem[] = [];
  slots.forEach((s, i) => {
    const opens = minutesOf(s.opens);
    const closes = minutesOf(s.closes);
    if (opens === null || s.opens === '24:00')
      out.push({ field: `openingHours.${i}.opens`, message: 'a time of day written HH:MM' });
    if (closes === null)
      out.push({ field: `openingHours.${i}.closes`, message: 'a time of day written HH:MM' });
    if (opens !== null && closes !== null && closes <= opens)
      out.push({ field: `openingHours.${i}.closes`, message: 'must be after the opening time' });
  });
  if (out.length) return out;
  for (const day of WEEKDAYS) {
    const mine = slots
      .map((s, i) => ({ i, opens: minutesOf(s.opens)!, closes: minutesOf(s.closes)!, weekday: s.weekday }))
      .filter((s) => s.weekday === day)
      .sort((a, b) => a.opens - b.opens);
    for (let k = 1; k < mine.length; k++)
      if (mine[k]!.opens < mine[k - 1]!.closes)
        out.push({
          field: `openingHours.${mine[k]!.i}.opens`,
          message: 'overlaps another period of the same day',
        });
  }
  return out;
}

/** The ISO weekday of a calendar date `YYYY-MM-DD`. */
export function weekdayOf(date: string): Weekday {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (d === 0 ? 7 : d) as Weekday;
}

/** Where an instant falls on the local wall clock: its date, weekday and minutes after midnight. */
export function wallTime(at: Date, timeZone: string = DEFAULT_TIME_ZONE) {
  const date = localDate(at, timeZone);
  const minutes = Math.round((at.getTime() - startOfLocalDay(date, timeZone).getTime()) / 60_000);
  return { date, weekday: weekdayOf(date), minutes };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:MM` on the zone's wall clock: how a booking's times are typed and named back. */
export function wallClockText(at: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const w = wallTime(at, timeZone);
  return `${w.date} ${pad2(Math.floor(w.minutes / 60))}:${pad2(w.minutes % 60)}`;
}

export interface BookingRequest {
  startsAt: Date;
  endsAt: Date;
  attendees: number;
}
export interface RoomFacts {
  capacity: number;
  active: boolean;
  openingHours: readonly OpeningSlot[];
}

/**
 * Why a room cannot be booked for this time (each problem names its field), or nothing. Overlap with other bookings
 * is not decided here: the database refuses it, so two requests at the same moment cannot both win.
 */
export function bookingProblems(
  room: RoomFacts,
  b: BookingRequest,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): Problem[] {
  const out: Problem[] = [];
  if (!room.active) out.push({ field: 'roomId', message: 'this room is closed for bookings' });
  if (b.endsAt <= b.startsAt) out.push({ field: 'endsAt', message: 'must be after the start' });
  if (b.startsAt < now) out.push({ field: 'startsAt', message: 'cannot book a time in the past' });
  if (b.startsAt.getTime() - now.getTime() > BOOKING_HORIZON_DAYS * 86_400_000)
    out.push({ field: 'startsAt', message: `bookings are taken up to ${BOOKING_HORIZON_DAYS} days ahead` });
  if (b.attendees > room.capacity)
    out.push({ field: 'attendees', message: `the room holds at most ${room.capacity} people` });
  for (const [field, at] of [
    ['startsAt', b.startsAt],
    ['endsAt', b.endsAt],
  ] as const)
    if (at.getTime() % (BOOKING_STEP_MINUTES * 60_000) !== 0)
      out.push({ field, message: `book in steps of ${BOOKING_STEP_MINUTES} minutes` });
  if (out.length) return out;
  if (!withinOpeningHours(room.openingHours, b.startsAt, b.endsAt, timeZone))
    out.push({ field: 'startsAt', message: 'the room is not open for the whole of this time' });
  return out;
}

/** Does [startsAt, endsAt) lie inside one opening period of one local day? */
export function withinOpeningHours(
  slots: readonly OpeningSlot[],
  startsAt: Date,
  endsAt: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): boolean {
  const start = wallTime(startsAt, timeZone);
  const end = wallTime(endsAt, timeZone);
  // A booking ending at midnight ends at minute 1440 of its start day.
  const endMinutes = end.date === start.date ? end.minutes : end.minutes === 0 ? 1440 : -1;
  if (endMinutes < 0) return false;
  return slots.some(
    (s) =>
      s.weekday === start.weekday &&
      minutesOf(s.opens)! <= start.minutes &&
      endMinutes <= minutesOf(s.closes)!,
  );
}

/** Minutes a room is open in a month `YYYY-MM` by its weekly hours (holidays are not subtracted). */
export function openMinutesInMonth(slots: readonly OpeningSlot[], month: string): number {
  const perDay = new Map<Weekday, number>();
  for (const s of slots)
    perDay.set(s.weekday, (perDay.get(s.weekday) ?? 0) + minutesOf(s.closes)! - minutesOf(s.opens)!);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  let total = 0;
  for (let d = 1; d <= days; d++)
    total += perDay.get(weekdayOf(`${month}-${String(d).padStart(2, '0')}`)) ?? 0;
  return total;
}

/** Booked share of the open time, 0–1 to three places; null for a room that was not open at all that month. */
export function occupancy(bookedMinutes: number, openMinutes: number): number | null {
  if (openMinutes <= 0) return null;
  return Math.round((bookedMinutes / openMinutes) * 1000) / 1000;
}

export interface Refusal {
  code: 'wrong_state';
  message: string;
}

/** A booking may be cancelled while it is confirmed and has not begun. */
export function refuseCancel(b: { status: BookingState; startsAt: Date }, now: Date): Refusal | null {
  if (b.status !== 'confirmed') return { code: 'wrong_state', message: 'this booking is already cancelled' };
  if (b.startsAt <= now)
    return { code: 'wrong_state', message: 'a booking that has begun cannot be cancelled' };
  return null;
}
