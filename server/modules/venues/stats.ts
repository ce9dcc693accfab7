import { startOfLocalDay } from '../../../domain/common/local-date';
import { hoursOf, occupancy, openMinutesInMonth } from '../../../domain/venues/rules';
import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { permissionScope } from '../auth/permission-scope';
import { subtreeOf } from '../org/subtree';
import * as repo from './repository';
import type { StatsQuery, StatsResponse } from './schema';
import { venueStation } from '../../db/schema';
import { inScopePlaces } from '../auth/scope-sql';

/** The local month `YYYY-MM` as the instants [from, to). */
export function monthBounds(month: string, timeZone: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: startOfLocalDay(`${month}-01`, timeZone), to: startOfLocalDay(`${next}-01`, timeZone) };
}

/**
 * Usage of each room and station in a month: confirmed bookings that start in it, the hours booked, and the share of
 * the room's opening hours they fill. A community has a handful of rooms and a few hundred bookings a month, so this
 * is counted from the bookings, not kept in a rollup.
 */
export async function venueStats(
  db: Executor,
  caller: Caller,
  q: StatsQuery,
  timeZone: string,
): Promise<StatsResponse> {
  const scope = await permissionScope(db, caller, 'venue.read');
  const { from, to } = monthBounds(q.month, timeZone);
  const rows = await repo.usage(
    db,
    inScopePlaces(scope, venueStation.communityId, venueStation.nodePath),
    await subtreeOf(db, scope, q.nodeId),
    from,
    to,
  );
  const stations = new Map<
    string,
    StatsResponse['stations'][number] & { openMinutes: number; minutes: number }
  >();
  for (const r of rows) {
    const key = `${r.room.communityId}:${r.room.stationId}`;
    const s = stations.get(key) ?? {
      stationId: r.room.stationId,
      name: r.stationName,
      bookings: 0,
      hours: 0,
      openHours: 0,
      occupancy: null,
      rooms: [],
      openMinutes: 0,
      minutes: 0,
    };
    const open = openMinutesInMonth(r.room.openingHours, q.month);
    s.rooms.push({
      roomId: r.room.id,
      name: r.room.name,
      bookings: r.bookings,
      hours: hoursOf(r.minutes),
      openHours: hoursOf(open),
      occupancy: occupancy(r.minutes, open),
    });
    s.bookings += r.bookings;
    s.minutes += r.minutes;
    s.openMinutes += open;
    stations.set(key, s);
  }
  return {
    month: q.month,
    stations: [...stations.values()].map(({ openMinutes, minutes, ...s }) => ({
      ...s,
      hours: hoursOf(minutes),
      openHours: hoursOf(openMinutes),
      occupancy: occupancy(minutes, openMinutes),
    })),
  };
}
