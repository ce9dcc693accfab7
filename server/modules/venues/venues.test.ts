import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../../domain/common/local-date';
import { weekdayOf, WEEKDAYS } from '../../../domain/venues/rules';
import { useTestApp } from '../../../test/db';
import { apiAs, login, type Session } from '../../../test/session';

const t = useTestApp();
const s: Record<string, Session> = {};
let jinghua: number;
let yifengyuan: number;
let owner1Person: number;

const { call, ok } = apiAs(() => t.app, s);
const idOf = async (name: string) =>
  Number(
    (
      await t.database.db.execute<{ id: number }>(
        sql`select id from place where name = ${name} union all select id from org_node where name = ${name}`,
      )
    ).rows[0]!.id,
  );

/** An instant `days` from today on Shanghai's wall clock at `hm`. */
const local = (days: number, hm: string) =>
  new Date(`${addDays(localDate(new Date(), 'Asia/Shanghai'), days)}T${hm}:00+08:00`).toISOString();
const ALL_WEEK = WEEKDAYS.map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

let station: number;
let room: number;

const newRoom = async (name: string, over: Record<string, unknown> = {}) =>
  (
    await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/venues/rooms', {
        stationId: station,
        kind: 'meeting',
        name,
        capacity: 12,
        openingHours: ALL_WEEK,
        ...over,
      }),
      201,
    )
  ).id;

const booking = (roomId: number, startsAt: string, endsAt: string, over: Record<string, unknown> = {}) => ({
  roomId,
  startsAt,
  endsAt,
  attendees: 6,
  purpose: '楼栋议事',
  ...over,
});

beforeAll(async () => {
  for (const u of [
    'jinghua.worker',
    'jinghua.grid1',
    'fuzhong.worker',
    'yifengyuan.owner1',
    'yifengyuan.property',
  ])
    s[u] = await login(t.app, u);
  jinghua = await idOf('景华社区');
  yifengyuan = await idOf('怡枫园');
  owner1Person = (
    await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/registry/people', { communityId: jinghua, name: '苏大姐' }),
      201,
    )
  ).id;
  // The account-to-person link is made by binding a house (registry issue); here it is set directly.
  await t.database.db.execute(
    sql`update person set account_id = ${s['yifengyuan.owner1']!.user.id} where id = ${owner1Person}`,
  );
  station = (
    await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/venues/stations', {
        nodeId: yifengyuan,
        kind: 'service_station',
        name: '怡枫园党群服务站',
        address: '怡枫园 3栋 首层',
      }),
      201,
    )
  ).id;
  room = await newRoom('居民会客厅');
});

describe('stations and rooms', () => {
  it('lets the community keep stations and rooms, and residents of the compound find them', async () => {
    const mine = await ok<{ items: { id: number; rooms: number; actions: string[] }[] }>(
      call('yifengyuan.owner1', 'GET', '/venues/stations'),
    );
    expect(mine.items.find((x) => x.id === station)).toMatchObject({ rooms: 1, actions: [] });
    const r = await ok<{ actions: string[]; stationName: string }>(
      call('yifengyuan.owner1', 'GET', `/venues/rooms/${room}`),
    );
    expect(r).toMatchObject({ actions: ['book'], stationName: '怡枫园党群服务站' });
    const staff = await ok<{ actions: string[] }>(
      call('jinghua.worker', 'GET', `/venues/stations/${station}`),
    );
    expect(staff.actions).toEqual(['manage']);
  });

  it('answers 404 outside the scope and 403 to those who only read', async () => {
    expect((await call('fuzhong.worker', 'GET', `/venues/stations/${station}`)).statusCode).toBe(404);
    expect((await call('fuzhong.worker', 'GET', `/venues/rooms/${room}`)).statusCode).toBe(404);
    const patch = await call('fuzhong.worker', 'PATCH', `/venues/rooms/${room}`, { capacity: 3 });
    expect(patch.statusCode).toBe(404);
    const grid = await call('jinghua.grid1', 'PATCH', `/venues/rooms/${room}`, { capacity: 3 });
    expect(grid.statusCode).toBe(403);
    const made = await call('yifengyuan.property', 'POST', '/venues/stations', {
      nodeId: yifengyuan,
      kind: 'parlour',
      name: '物业会客厅',
      address: '怡枫园',
    });
    expect(made.statusCode).toBe(403);
  });

  it('refuses opening hours that close before they open or overlap, naming the field', async () => {
    const res = await call('jinghua.worker', 'POST', '/venues/rooms', {
      stationId: station,
      kind: 'reading',
      name: '阅览室',
      capacity: 10,
      openingHours: [
        { weekday: 1, opens: '09:00', closes: '12:00' },
        { weekday: 1, opens: '11:00', closes: '13:00' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.fields[0].path).toBe('body.openingHours.1.opens');
  });
});

describe('bookings', () => {
  it('books within opening hours and capacity, and refuses the past, crowds and closed hours', async () => {
    // Weekdays 09:00–12:00 only: find next week's Monday.
    const monday = [7, 8, 9, 10, 11, 12, 13].find(
      (d) => weekdayOf(addDays(localDate(new Date(), 'Asia/Shanghai'), d)) === 1,
    )!;
    const reading = await newRoom('阅览室', {
      kind: 'reading',
      capacity: 4,
      openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '12:00' })),
    });
    const b = await ok<{ status: string; bookedByName: string; byResident: boolean; actions: string[] }>(
      call('yifengyuan.owner1', 'POST', '/venues/bookings', {
        ...booking(reading, local(monday, '09:00'), local(monday, '10:30')),
        attendees: 4,
      }),
      201,
    );
    expect(b).toMatchObject({
      status: 'confirmed',
      bookedByName: '苏大姐',
      byResident: true,
      actions: ['cancel'],
    });
    for (const [body, field] of [
      [booking(reading, local(monday, '11:00'), local(monday, '12:00'), { attendees: 5 }), 'body.attendees'],
      [booking(reading, local(monday, '11:30'), local(monday, '12:30'), { attendees: 2 }), 'body.startsAt'],
      [
        booking(reading, local(monday + 5, '10:00'), local(monday + 5, '11:00'), { attendees: 2 }),
        'body.startsAt',
      ],
      [booking(room, local(-1, '10:00'), local(-1, '11:00')), 'body.startsAt'],
    ] as const) {
      const res = await call('yifengyuan.owner1', 'POST', '/venues/bookings', body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().details.fields[0].path).toBe(field);
    }
  });

  it('refuses an overlapping booking with 409 booking_conflict naming the time taken; back-to-back is fine', async () => {
    await ok(
      call('jinghua.worker', 'POST', '/venues/bookings', booking(room, local(2, '14:00'), local(2, '16:00'))),
      201,
    );
    const clash = await call(
      'yifengyuan.owner1',
      'POST',
      '/venues/bookings',
      booking(room, local(2, '15:00'), local(2, '17:00')),
    );
    expect(clash.statusCode).toBe(409);
    const day = addDays(localDate(new Date(), 'Asia/Shanghai'), 2);
    expect(clash.json()).toMatchObject({
      code: 'booking_conflict',
      message: `居民会客厅 is already booked ${day} 14:00–16:00; choose another time`,
    });
    await ok(
      call(
        'yifengyuan.owner1',
        'POST',
        '/venues/bookings',
        booking(room, local(2, '16:00'), local(2, '17:00')),
      ),
      201,
    );
  });

  it('lets exactly one of 20 concurrent overlapping requests win, and leaves one row', async () => {
    const race = await newRoom('活动室', { kind: 'activity' });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(
          i % 2 ? 'yifengyuan.owner1' : 'jinghua.worker',
          'POST',
          '/venues/bookings',
          booking(race, local(3, i % 3 ? '09:00' : '09:30'), local(3, i % 4 ? '11:00' : '10:30')),
        ),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    for (const r of results.filter((x) => x.statusCode === 409))
      expect(r.json().code).toBe('booking_conflict');
    const rows = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from venue_booking where room_id = ${race}`,
    );
    expect(rows.rows[0]!.n).toBe(1);
  });

  it('holds even when the code is bypassed: the database refuses an overlapping row', async () => {
    const [b] = (
      await t.database.db.execute<{
        community_id: number;
        room_id: number;
        station_id: number;
        node_path: string;
      }>(
        sql`select community_id, room_id, station_id, node_path from venue_booking where room_id = ${room} and status = 'confirmed' limit 1`,
      )
    ).rows;
    const insert = t.database.db.execute(sql`insert into venue_booking
      (community_id, room_id, station_id, node_path, starts_at, ends_at, attendees, purpose, booked_by_account_id, booked_by_name)
      values (${b!.community_id}, ${b!.room_id}, ${b!.station_id}, ${b!.node_path}, ${local(2, '14:30')}, ${local(2, '15:00')}, 1, 'x', 0, 'x')`);
    const msg = await insert.then(
      () => 'accepted',
      (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
    );
    expect(msg).toMatch(/venue_booking_no_overlap/);
  });

  it('lets the booker or staff cancel, frees the time, and refuses others', async () => {
    const b = await ok<{ id: number }>(
      call(
        'yifengyuan.owner1',
        'POST',
        '/venues/bookings',
        booking(room, local(4, '10:00'), local(4, '11:00')),
      ),
      201,
    );
    expect((await call('fuzhong.worker', 'POST', `/venues/bookings/${b.id}/cancel`)).statusCode).toBe(404);
    expect((await call('jinghua.grid1', 'POST', `/venues/bookings/${b.id}/cancel`)).statusCode).toBe(403);
    const grid = await ok<{ bookedByName: string }>(call('jinghua.grid1', 'GET', `/venues/bookings/${b.id}`));
    expect(grid.bookedByName).toBe('苏*姐');
    const c = await ok<{ status: string; actions: string[] }>(
      call('yifengyuan.owner1', 'POST', `/venues/bookings/${b.id}/cancel`),
    );
    expect(c).toMatchObject({ status: 'cancelled', actions: [] });
    const again = await call('jinghua.worker', 'POST', `/venues/bookings/${b.id}/cancel`);
    expect(again.statusCode).toBe(409);
    await ok(
      call('jinghua.worker', 'POST', '/venues/bookings', booking(room, local(4, '10:00'), local(4, '11:00'))),
      201,
    );
    const audit = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where entity_type = 'venue_booking' and entity_id = ${b.id}`,
    );
    expect(audit.rows[0]!.n).toBe(2);
  });

  it('shows a resident the times taken without names, and their own bookings', async () => {
    const sched = await ok<{ taken: { startsAt: string }[] }>(
      call(
        'yifengyuan.owner1',
        'GET',
        `/venues/rooms/${room}/schedule?from=${local(2, '00:00')}&to=${local(3, '00:00')}`,
      ),
    );
    expect(sched.taken.map((x) => x.startsAt)).toEqual([local(2, '14:00'), local(2, '16:00')]);
    expect(Object.keys(sched.taken[0]!)).toEqual(['startsAt', 'endsAt']);
    const mine = await ok<{ items: { bookedByName: string }[] }>(
      call('yifengyuan.owner1', 'GET', '/venues/my-bookings'),
    );
    expect(mine.items.length).toBeGreaterThan(1);
    expect(new Set(mine.items.map((x) => x.bookedByName))).toEqual(new Set(['苏大姐']));
    expect((await call('yifengyuan.owner1', 'GET', '/venues/bookings')).statusCode).toBe(403);
  });
});

describe('usage and export', () => {
  it('counts bookings, hours and occupancy per room and station for the month', async () => {
    const month = local(2, '12:00').slice(0, 7);
    const stats = await ok<{
      stations: {
        stationId: number;
        bookings: number;
        rooms: { roomId: number; hours: number; openHours: number; occupancy: number }[];
      }[];
    }>(call('jinghua.worker', 'GET', `/venues/stats?month=${month}&nodeId=${yifengyuan}`));
    const st = stats.stations.find((x) => x.stationId === station)!;
    const r = st.rooms.find((x) => x.roomId === room)!;
    expect(r.openHours).toBeGreaterThanOrEqual(28 * 24);
    expect(r.hours).toBeGreaterThan(0);
    expect(r.occupancy).toBeCloseTo(r.hours / r.openHours, 2);
    expect((await call('fuzhong.worker', 'GET', `/venues/stats?month=${month}`)).json().stations).toEqual([]);
  });

  it('exports the month as xlsx', async () => {
    const month = local(2, '12:00').slice(0, 7);
    const res = await call('jinghua.worker', 'GET', `/venues/bookings.xlsx?month=${month}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('服务站');
    const purposes = ws.getColumn(6).values;
    expect(purposes).toContain('楼栋议事');
  });
});

describe('service guide', () => {
  it('is kept by staff and searched by residents by Chinese substring', async () => {
    await ok(
      call('jinghua.worker', 'POST', '/venues/services', {
        stationId: station,
        name: '居住证办理',
        department: '公安派出所',
        location: '一号窗口',
        hours: '工作日 9:00–17:00',
        materials: ['身份证', '租赁合同'],
        onlineUrl: 'https://example.org/juzhuzheng',
        selfService: true,
      }),
      201,
    );
    const old = await ok<{ id: number }>(
      call('jinghua.worker', 'POST', '/venues/services', {
        stationId: station,
        name: '老年证办理',
        department: '民政',
      }),
      201,
    );
    const found = await ok<{ items: { name: string; stationName: string; materials: string[] }[] }>(
      call('yifengyuan.owner1', 'GET', `/venues/services?q=${encodeURIComponent('居住')}`),
    );
    expect(found.items.map((x) => x.name)).toEqual(['居住证办理']);
    expect(found.items[0]).toMatchObject({
      stationName: '怡枫园党群服务站',
      materials: ['身份证', '租赁合同'],
    });
    const byMaterial = await ok<{ items: unknown[] }>(
      call('yifengyuan.owner1', 'GET', `/venues/services?q=${encodeURIComponent('租赁')}`),
    );
    expect(byMaterial.items).toHaveLength(1);
    const pct = await ok<{ items: unknown[] }>(call('yifengyuan.owner1', 'GET', '/venues/services?q=%25'));
    expect(pct.items).toHaveLength(0);
    await ok(call('jinghua.worker', 'PATCH', `/venues/services/${old.id}`, { active: false }));
    const all = await ok<{ items: unknown[] }>(call('yifengyuan.owner1', 'GET', '/venues/services'));
    expect(all.items).toHaveLength(1);
    expect((await call('fuzhong.worker', 'GET', `/venues/services/${old.id}`)).statusCode).toBe(404);
    const bad = await call('jinghua.worker', 'POST', '/venues/services', {
      stationId: station,
      name: 'x',
      department: 'y',
      onlineUrl: 'javascript:alert(1)',
    });
    expect(bad.statusCode).toBe(400);
  });
});
