import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { bookingProblems } from '../../domain/venues/rules';
import { useTestApp } from '../../test/db';
import { testKeys } from '../../test/keys';
import { as, login } from '../../test/session';
import { seedDemoRegistry } from './registry';
import { seedDemoVenues } from './venues';
import { seedDemoVolunteers } from './volunteers';

const t = useTestApp();

describe('the demo venues', () => {
  it('gives every community a centre with a service guide and every compound a parlour, bookings within hours', async () => {
    await seedDemoRegistry(t.database.db, testKeys, 'Asia/Shanghai');
    await seedDemoVolunteers(t.database.db);
    const v = await seedDemoVenues(t.database.db, 'Asia/Shanghai');
    expect(v.services).toBeGreaterThanOrEqual(30);
    expect(v.bookings).toBeGreaterThan(100);
    const rows = await t.database.db.execute<{
      startsAt: Date;
      endsAt: Date;
      attendees: number;
      capacity: number;
      openingHours: never;
    }>(sql`select b.starts_at as "startsAt", b.ends_at as "endsAt", b.attendees, r.capacity,
             r.opening_hours as "openingHours"
             from venue_booking b join venue_room r on r.community_id = b.community_id and r.id = b.room_id`);
    // Each demo booking obeys the rules a live one would (its start is checked against an instant before it).
    const wrong = rows.rows.filter(
      (b) =>
        bookingProblems(
          { capacity: b.capacity, active: true, openingHours: b.openingHours },
          { startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt), attendees: b.attendees },
          new Date(new Date(b.startsAt).getTime() - 1),
          'Asia/Shanghai',
        ).length,
    );
    expect(wrong).toEqual([]);
    // The phone's resident sees the community centre's rooms and their compound's parlour, and the guide.
    const owner = await login(t.app, 'yifengyuan.owner1');
    const rooms = await as(t.app, owner)({ method: 'GET', url: '/api/v1/venues/rooms' });
    expect(rooms.json().items.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['议事厅', '居民会客厅']),
    );
    const guide = await as(
      t.app,
      owner,
    )({ method: 'GET', url: `/api/v1/venues/services?q=${encodeURIComponent('社保')}` });
    expect(guide.json().items.length).toBeGreaterThanOrEqual(3);
  });
});
