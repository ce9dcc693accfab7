import { sql } from 'drizzle-orm';
import { addDays, localDate, startOfLocalDay } from '../../domain/common/local-date';
import { WEEKDAYS, type OpeningSlot, type RoomKind } from '../../domain/venues/rules';
import type { Db } from '../db/client';
import { serviceItem, venueBooking, venueRoom, venueStation } from '../db/schema';
import { rng } from './registry';

const MINUTE = 60_000;

/** A community centre's week: weekdays with a lunch break and evenings, weekends by day. */
const CENTRE_HOURS: OpeningSlot[] = [
  ...([1, 2, 3, 4, 5] as const).flatMap((weekday) => [
    { weekday, opens: '09:00', closes: '12:00' },
    { weekday, opens: '14:00', closes: '21:00' },
  ]),
  ...([6, 7] as const).map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })),
];
/** A compound's parlour is open every day from morning to evening. */
const PARLOUR_HOURS: OpeningSlot[] = WEEKDAYS.map((weekday) => ({
  weekday,
  opens: '08:00',
  closes: '22:00',
}));

const CENTRE_ROOMS: { kind: RoomKind; name: string; capacity: number }[] = [
  { kind: 'meeting', name: '议事厅', capacity: 30 },
  { kind: 'reading', name: '阅览室', capacity: 20 },
  { kind: 'activity', name: '多功能活动室', capacity: 40 },
];

const PURPOSES = [
  '楼栋议事会',
  '长者健康讲座',
  '亲子读书会',
  '书法兴趣班',
  '业委会例会',
  '志愿者培训',
  '调解会谈',
];

const ID_CARD = '居民身份证原件';
const HUKOU = '户口簿';
const PHOTO = '近期一寸白底彩色照片';
/** Seed 004's "431 services in one place": a typical community centre's share, some handled at a self-service machine. */
const GUIDE: {
  name: string;
  department: string;
  location: string;
  materials: string[];
  selfService?: boolean;
  online?: string;
}[] = [
  {
    name: '户籍迁入（投靠）',
    department: '公安派出所',
    location: '综合窗口 1 号',
    materials: [ID_CARD, HUKOU, '投靠关系证明'],
  },
  {
    name: '户籍迁出',
    department: '公安派出所',
    location: '综合窗口 1 号',
    materials: [ID_CARD, HUKOU, '准迁证'],
  },
  {
    name: '出生登记（入户）',
    department: '公安派出所',
    location: '综合窗口 1 号',
    materials: ['出生医学证明', '父母身份证', HUKOU],
  },
  {
    name: '户籍证明开具',
    department: '公安派出所',
    location: '自助服务区',
    materials: [ID_CARD],
    selfService: true,
  },
  {
    name: '居住证申领',
    department: '公安派出所',
    location: '综合窗口 2 号',
    materials: [ID_CARD, '租赁合同或房产证明', PHOTO],
    online: 'https://example.gov.cn/juzhuzheng',
  },
  {
    name: '居住证签注',
    department: '公安派出所',
    location: '自助服务区',
    materials: [ID_CARD, '居住证'],
    selfService: true,
  },
  {
    name: '居住登记申报',
    department: '出租屋综管所',
    location: '综合窗口 2 号',
    materials: [ID_CARD, '租赁合同'],
    selfService: true,
    online: 'https://example.gov.cn/juzhudengji',
  },
  {
    name: '社保参保登记',
    department: '人力资源和社会保障局',
    location: '综合窗口 3 号',
    materials: [ID_CARD, '劳动合同'],
  },
  {
    name: '社保缴费记录打印',
    department: '人力资源和社会保障局',
    location: '自助服务区',
    materials: [ID_CARD],
    selfService: true,
  },
  {
    name: '社保卡申领',
    department: '人力资源和社会保障局',
    location: '综合窗口 3 号',
    materials: [ID_CARD, PHOTO],
    online: 'https://example.gov.cn/shebaoka',
  },
  {
    name: '社保卡挂失补办',
    department: '人力资源和社会保障局',
    location: '自助服务区',
    materials: [ID_CARD],
    selfService: true,
  },
  {
    name: '灵活就业人员养老保险登记',
    department: '人力资源和社会保障局',
    location: '综合窗口 3 号',
    materials: [ID_CARD],
  },
  {
    name: '城乡居民医保参保',
    department: '医疗保障局',
    location: '综合窗口 3 号',
    materials: [ID_CARD, HUKOU],
  },
  {
    name: '医保异地就医备案',
    department: '医疗保障局',
    location: '自助服务区',
    materials: [ID_CARD, '医保卡'],
    selfService: true,
    online: 'https://example.gov.cn/yidijiuyi',
  },
  {
    name: '医保个人账户查询',
    department: '医疗保障局',
    location: '自助服务区',
    materials: [ID_CARD],
    selfService: true,
  },
  {
    name: '门诊慢特病待遇申请',
    department: '医疗保障局',
    location: '综合窗口 3 号',
    materials: [ID_CARD, '医保卡', '病历及诊断证明'],
  },
  {
    name: '老年人优待证（老年证）办理',
    department: '民政局',
    location: '综合窗口 4 号',
    materials: [ID_CARD, PHOTO],
  },
  {
    name: '高龄津贴申领',
    department: '民政局',
    location: '综合窗口 4 号',
    materials: [ID_CARD, HUKOU, '银行卡'],
  },
  {
    name: '残疾人证申领',
    department: '残疾人联合会',
    location: '综合窗口 4 号',
    materials: [ID_CARD, HUKOU, '两寸白底彩色照片 3 张'],
  },
  {
    name: '残疾人两项补贴申请',
    department: '残疾人联合会',
    location: '综合窗口 4 号',
    materials: [ID_CARD, '残疾人证', '银行卡'],
  },
  {
    name: '最低生活保障申请',
    department: '民政局',
    location: '综合窗口 4 号',
    materials: [ID_CARD, HUKOU, '家庭收入及财产情况说明'],
  },
  {
    name: '临时救助申请',
    department: '民政局',
    location: '综合窗口 4 号',
    materials: [ID_CARD, '困难情况说明'],
  },
  {
    name: '生育登记',
    department: '卫生健康局（计生）',
    location: '综合窗口 5 号',
    materials: ['夫妻双方身份证', '结婚证'],
    selfService: true,
    online: 'https://example.gov.cn/shengyu',
  },
  {
    name: '独生子女父母奖励申领',
    department: '卫生健康局（计生）',
    location: '综合窗口 5 号',
    materials: [ID_CARD, '独生子女父母光荣证'],
  },
  {
    name: '流动人口婚育证明',
    department: '卫生健康局（计生）',
    location: '自助服务区',
    materials: [ID_CARD],
    selfService: true,
  },
  {
    name: '就业登记',
    department: '人力资源和社会保障局',
    location: '就业服务窗口',
    materials: [ID_CARD, '劳动合同'],
    selfService: true,
    online: 'https://example.gov.cn/jiuye',
  },
  {
    name: '失业登记',
    department: '人力资源和社会保障局',
    location: '就业服务窗口',
    materials: [ID_CARD, '解除劳动合同证明'],
  },
  {
    name: '就业困难人员认定',
    department: '人力资源和社会保障局',
    location: '就业服务窗口',
    materials: [ID_CARD, '失业登记证明'],
  },
  {
    name: '退役军人优待证申领',
    department: '退役军人事务局',
    location: '综合窗口 5 号',
    materials: [ID_CARD, '退役证', PHOTO],
  },
  {
    name: '无犯罪记录证明申请',
    department: '公安派出所',
    location: '自助服务区',
    materials: [ID_CARD],
    selfService: true,
    online: 'https://example.gov.cn/wufanzui',
  },
];

/**
 * Service stations across the demo street: a 党群服务中心 in each community (a meeting hall, a reading room and an
 * activity room) with its service guide, and a 居民会客厅 at each compound; bookings over the past four weeks and the
 * week ahead, on mornings and afternoons only, so the evenings stay free for the e2e journey. Deterministic.
 */
export async function seedDemoVenues(db: Db, timeZone: string, now = new Date()) {
  const random = rng(9);
  const places = (
    await db.execute<{ communityId: string; id: string; path: string; name: string; kind: string }>(sql`
      select id as "communityId", id, path, name, 'community' as kind from org_node where kind = 'community'
      union all
      select community_id, id, path, name, 'compound' from place where kind = 'compound'
      order by 1, 2`)
  ).rows;
  const stations = await db
    .insert(venueStation)
    .values(
      places.map((p) => ({
        communityId: Number(p.communityId),
        nodeId: Number(p.id),
        nodePath: p.path,
        kind: p.kind === 'community' ? ('service_center' as const) : ('parlour' as const),
        name: p.kind === 'community' ? `${p.name}党群服务中心` : `${p.name}居民会客厅`,
        address: p.kind === 'community' ? `${p.name}工作站一楼` : `${p.name}会所首层`,
        phone: p.kind === 'community' ? '0755-83000000' : null,
      })),
    )
    .returning();
  const rooms = await db
    .insert(venueRoom)
    .values(
      stations.flatMap((s) =>
        s.kind === 'service_center'
          ? CENTRE_ROOMS.map((r) => ({
              ...r,
              communityId: s.communityId,
              stationId: s.id,
              nodePath: s.nodePath,
              openingHours: CENTRE_HOURS,
            }))
          : [
              {
                kind: 'meeting' as const,
                name: '居民会客厅',
                capacity: 15,
                communityId: s.communityId,
                stationId: s.id,
                nodePath: s.nodePath,
                openingHours: PARLOUR_HOURS,
              },
            ],
      ),
    )
    .returning();

  const people = new Map<number, { id: number; name: string }[]>();
  for (const r of (
    await db.execute<{ communityId: string; id: string; name: string }>(
      sql`select community_id as "communityId", id, name from person order by community_id, id limit 2000`,
    )
  ).rows) {
    const list = people.get(Number(r.communityId)) ?? [];
    if (list.length < 50) list.push({ id: Number(r.id), name: r.name });
    people.set(Number(r.communityId), list);
  }
  const today = localDate(now, timeZone);
  const at = (day: number, minutes: number) =>
    new Date(startOfLocalDay(addDays(today, day), timeZone).getTime() + minutes * MINUTE);
  const bookings: (typeof venueBooking.$inferInsert)[] = [];
  for (const room of rooms) {
    const residents = people.get(room.communityId) ?? [];
    for (let day = -28; day <= 7; day += 1 + Math.floor(random() * 3)) {
      const resident = residents.length ? residents[Math.floor(random() * residents.length)]! : null;
      // 09:00–10:30 by a resident, 14:00–16:00 by the community: inside both kinds of opening hours.
      for (const [from, to, byResident] of [
        [540, 630, true],
        [840, 960, false],
      ] as const) {
        if (random() < 0.4 || (byResident && !resident)) continue;
        bookings.push({
          communityId: room.communityId,
          roomId: room.id,
          stationId: room.stationId,
          nodePath: room.nodePath,
          startsAt: at(day, from),
          endsAt: at(day, to),
          attendees: Math.min(room.capacity, 5 + Math.floor(random() * 10)),
          purpose: PURPOSES[Math.floor(random() * PURPOSES.length)]!,
          bookerPersonId: byResident ? resident!.id : null,
          // Demo bookings were taken at the desk; no account of the demo made them.
          bookedByAccountId: 0,
          bookedByName: byResident ? resident!.name : '社区工作站',
        });
      }
    }
  }
  for (let i = 0; i < bookings.length; i += 500)
    await db.insert(venueBooking).values(bookings.slice(i, i + 500));
  const centres = stations.filter((s) => s.kind === 'service_center');
  const services = centres.flatMap((s) =>
    GUIDE.map((g) => ({
      communityId: s.communityId,
      stationId: s.id,
      nodePath: s.nodePath,
      name: g.name,
      department: g.department,
      location: g.location,
      hours: g.selfService ? '自助服务区 24 小时开放' : '周一至周五 9:00–12:00，14:00–18:00',
      materials: g.materials,
      onlineUrl: g.online ?? null,
      selfService: g.selfService ?? false,
    })),
  );
  await db.insert(serviceItem).values(services);
  return {
    stations: stations.length,
    rooms: rooms.length,
    bookings: bookings.length,
    services: GUIDE.length,
  };
}
