import { can } from '../../../domain/auth/policy';
import type { Executor } from '../../db/client';
import { venueStation } from '../../db/schema';
import { forbidden, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { homesOf, permissionScope } from '../auth/permission-scope';
import * as repo from './repository';

const staffScope = (db: Executor, caller: Caller) => permissionScope(db, caller, 'venue.read');

/**
 * The stations the caller sees (rooms and services are read joined to their station): staff by scope, residents
 * those of their compound and their community.
 */
export async function stationsOf(db: Executor, caller: Caller) {
  return repo.placedVisible(await staffScope(db, caller), homesOf(caller), venueStation);
}

export async function visibleStation(db: Executor, caller: Caller, id: number) {
  const s = await repo.findStation(db, await stationsOf(db, caller), id);
  if (!s) throw notFound('station');
  return s;
}

export async function visibleRoom(db: Executor, caller: Caller, id: number, lock = false) {
  const r = await repo.findRoom(db, await stationsOf(db, caller), id, lock);
  if (!r) throw notFound('room');
  return r;
}

export async function visibleService(db: Executor, caller: Caller, id: number, lock = false) {
  const s = await repo.findService(db, await stationsOf(db, caller), id, lock);
  if (!s) throw notFound('service');
  return s;
}

export async function bookingsOf(db: Executor, caller: Caller) {
  return repo.bookingsVisible(await staffScope(db, caller), caller.accountId);
}

export async function visibleBooking(db: Executor, caller: Caller, id: number, lock = false) {
  const b = await repo.findBooking(db, await bookingsOf(db, caller), id, lock);
  if (!b) throw notFound('booking');
  return b;
}

export const mayManage = (caller: Caller, path: string) => can(caller.grants, 'venue.manage', path);

export function requireManager(caller: Caller, path: string) {
  if (!mayManage(caller, path)) throw forbidden('only those who run this service station may do this');
}
