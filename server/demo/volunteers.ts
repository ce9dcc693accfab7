import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { ACTIVITY_KINDS, minutesServed, type ActivityKind } from '../../domain/volunteers/activities';
import { DEFAULT_RULES, pointsForService } from '../../domain/volunteers/points';
import type { Db } from '../db/client';
import {
  pointsAccount,
  pointsEntry,
  pointsRedemption,
  pointsReward,
  volunteerActivity,
  volunteerMember,
  volunteerSignup,
  volunteerTeam,
} from '../db/schema';
import { linkPerson } from '../modules/residents/repository';
import { rng } from './registry';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BATCH = 1_000;

const TITLES: Record<ActivityKind, string[]> = {
  environment: ['楼道清洁日', '垃圾分类督导', '小区绿化补种'],
  elderly_care: ['探访独居老人', '长者理发日', '陪老人就医'],
  safety_patrol: ['夜间平安巡逻', '消防通道清理', '防诈骗宣传'],
  culture: ['社区广场舞活动', '亲子读书会', '中秋游园'],
  civility: ['文明养犬劝导', '电动车规范停放劝导'],
  party_service: ['党员先锋服务日', '党员义诊'],
  other: ['社区义剪', '旧物交换'],
};
const REWARDS = [
  { name: '环保购物袋', cost: 30 },
  { name: '洗衣液一瓶', cost: 60 },
  { name: '社区食堂餐券', cost: 100 },
  { name: '家电免费维修一次', cost: 150 },
];

type Place = {
  communityId: number;
  id: number;
  path: string;
  name: string;
  kind: 'community' | 'compound';
};

async function insertAll<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/**
 * Seed 002's year of volunteering across the demo street: teams per community and compound and one for the whole
 * street, 420 activities with about 8,500 person-times of attendance, the points each check-out earned, rewards and
 * some redemptions, and a few activities ahead to sign up for. `yifengyuan.owner1` is linked to an owner of
 * 怡枫园 1栋 1单元 so the phone pages have a volunteer to show. Deterministic; written in bulk like the events.
 */
export async function seedDemoVolunteers(db: Db, now = new Date()) {
  const random = rng(6);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const places = (
    await db.execute<Place>(sql`
      select id as "communityId", id, path, name, 'community' as kind from org_node where kind = 'community'
      union all
      select community_id, id, path, name, 'compound' from place where kind = 'compound'
      order by 1, 2`)
  ).rows.map((p) => ({ ...p, communityId: Number(p.communityId), id: Number(p.id) }));
  const people = new Map<number, number[]>();
  for (const r of (
    await db.execute<{ communityId: string; id: string }>(
      sql`select community_id as "communityId", id from person order by community_id, id`,
    )
  ).rows) {
    const list = people.get(Number(r.communityId)) ?? [];
    if (list.length < 300) list.push(Number(r.id));
    people.set(Number(r.communityId), list);
  }
  await linkOwner1(db);
  const street = await db.execute<{ id: string; path: string }>(
    sql`select id, path from org_node where kind = 'street' limit 1`,
  );
  const organiser = { organiserAccountId: 0, organiserName: '社区工作站' };

  // Teams: one per community and compound, one for the whole street kept by the first community.
  const teamRows: (typeof volunteerTeam.$inferInsert)[] = places.map((p) => ({
    communityId: p.communityId,
    level: p.kind,
    nodeId: p.id,
    nodePath: p.path,
    name: `${p.name}志愿服务队`,
  }));
  const first = places[0]!;
  if (street.rows[0])
    teamRows.push({
      communityId: first.communityId,
      level: 'street',
      nodeId: Number(street.rows[0].id),
      nodePath: street.rows[0].path,
      name: '莲花街道党员先锋队',
    });
  const teams = await db.insert(volunteerTeam).values(teamRows).returning();
  const members = teams.flatMap((t) => {
    const pool = people.get(t.communityId) ?? [];
    return pool.slice(0, 12).map((personId, i) => ({
      communityId: t.communityId,
      teamId: t.id,
      personId,
      role: i === 0 ? ('leader' as const) : ('member' as const),
    }));
  });
  await insertAll(members, (c) => db.insert(volunteerMember).values(c).onConflictDoNothing());

  // A year of activities, then attendance: each volunteer served the activity's time, some left early.
  const activities = [];
  for (let i = 0; i < 420; i++) {
    const p = pick(places);
    const kind = pick(ACTIVITY_KINDS);
    const day = Math.floor((now.getTime() - (365 - (i * 364) / 420) * DAY) / DAY) * DAY;
    const startsAt = new Date(day + (1 + Math.floor(random() * 10)) * HOUR);
    const endsAt = new Date(startsAt.getTime() + (1 + Math.floor(random() * 3)) * HOUR);
    const team = teams.find((t) => t.communityId === p.communityId && t.nodeId === p.id);
    activities.push({
      communityId: p.communityId,
      teamId: team?.id ?? null,
      nodeId: p.id,
      nodePath: p.path,
      kind,
      title: pick(TITLES[kind]),
      place: p.name,
      startsAt,
      endsAt,
      capacity: 30,
      signedUp: 0,
      checkSecret: randomBytes(32).toString('base64url'),
      ...organiser,
    });
  }
  const saved = [];
  for (let i = 0; i < activities.length; i += 200)
    saved.push(
      ...(await db
        .insert(volunteerActivity)
        .values(activities.slice(i, i + 200))
        .returning()),
    );
  const signups = [];
  for (const a of saved) {
    const pool = people.get(a.communityId) ?? [];
    const n = Math.min(pool.length, 14 + Math.floor(random() * 13));
    const start = Math.floor(random() * Math.max(1, pool.length - n));
    for (const personId of pool.slice(start, start + n)) {
      const out = random() < 0.15 ? new Date(a.endsAt.getTime() - 30 * 60_000) : a.endsAt;
      signups.push({
        communityId: a.communityId,
        activityId: a.id,
        personId,
        signedUpAt: new Date(a.startsAt.getTime() - 2 * DAY),
        checkedInAt: a.startsAt,
        checkedInBy: pick(['organiser', 'code'] as const),
        checkedOutAt: out,
        checkedOutBy: pick(['organiser', 'code'] as const),
        minutes: minutesServed(a, a.startsAt, out),
      });
    }
  }
  const savedSignups: (typeof volunteerSignup.$inferSelect)[] = [];
  await insertAll(signups, async (c) =>
    savedSignups.push(...(await db.insert(volunteerSignup).values(c).returning())),
  );
  await db.execute(sql`update volunteer_activity a set signed_up = (select count(*) from volunteer_signup s
    where s.community_id = a.community_id and s.activity_id = a.id)`);

  // The passbooks: every check-out's points in order, then a few redemptions, with the balance each left.
  const kindOf = new Map(saved.map((a) => [a.id, a]));
  const balance = new Map<string, number>();
  const entries: (typeof pointsEntry.$inferInsert)[] = [];
  for (const s of savedSignups.sort((x, y) => x.checkedOutAt!.getTime() - y.checkedOutAt!.getTime())) {
    const a = kindOf.get(s.activityId)!;
    const points = pointsForService(s.minutes!, DEFAULT_RULES[a.kind]);
    const key = `${s.communityId}:${s.personId}`;
    const next = (balance.get(key) ?? 0) + points;
    balance.set(key, next);
    entries.push({
      communityId: s.communityId,
      personId: s.personId,
      kind: 'service',
      points,
      balanceAfter: next,
      causeId: s.id,
      note: `${a.title} ${s.minutes} 分钟`,
      byName: '社区工作站',
      createdAt: s.checkedOutAt!,
    });
  }
  const rewards = await db
    .insert(pointsReward)
    .values(
      places
        .filter((p) => p.kind === 'community')
        .flatMap((p) =>
          REWARDS.map((r) => ({ communityId: p.communityId, nodeId: p.id, nodePath: p.path, ...r })),
        ),
    )
    .returning();
  const redemptions = [];
  for (const [key, held] of balance) {
    if (random() > 0.3) continue;
    const [communityId, personId] = key.split(':').map(Number) as [number, number];
    const reward = rewards.find((r) => r.communityId === communityId && r.cost <= held);
    if (reward)
      redemptions.push({ communityId, personId, reward, at: new Date(now.getTime() - random() * 20 * DAY) });
  }
  for (const r of redemptions) {
    const [row] = await db
      .insert(pointsRedemption)
      .values({
        communityId: r.communityId,
        rewardId: r.reward.id,
        personId: r.personId,
        rewardName: r.reward.name,
        cost: r.reward.cost,
        status: random() < 0.6 ? 'delivered' : 'requested',
        createdAt: r.at,
      })
      .returning();
    const key = `${r.communityId}:${r.personId}`;
    const next = balance.get(key)! - r.reward.cost;
    balance.set(key, next);
    entries.push({
      communityId: r.communityId,
      personId: r.personId,
      kind: 'redemption',
      points: -r.reward.cost,
      balanceAfter: next,
      causeId: row!.id,
      note: r.reward.name,
      byName: '社区工作站',
      createdAt: r.at,
    });
  }
  await insertAll(
    [...balance].map(([key, b]) => {
      const [communityId, personId] = key.split(':').map(Number) as [number, number];
      return { communityId, personId, balance: b };
    }),
    (c) => db.insert(pointsAccount).values(c),
  );
  await insertAll(entries, (c) => db.insert(pointsEntry).values(c));

  // Next week's activities at every compound, open for sign-up on the phone.
  const ahead = places
    .filter((p) => p.kind === 'compound')
    .map((p, i) => {
      const startsAt = new Date(Math.floor(now.getTime() / DAY) * DAY + (2 + (i % 5)) * DAY + 1 * HOUR);
      const kind = ACTIVITY_KINDS[i % ACTIVITY_KINDS.length]!;
      return {
        communityId: p.communityId,
        teamId: teams.find((t) => t.nodeId === p.id)?.id ?? null,
        nodeId: p.id,
        nodePath: p.path,
        kind,
        title: TITLES[kind][0]!,
        place: `${p.name} 党群服务站`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * HOUR),
        capacity: 20,
        checkSecret: randomBytes(32).toString('base64url'),
        ...organiser,
      };
    });
  if (ahead.length) await db.insert(volunteerActivity).values(ahead);
  return { teams: teams.length, activities: saved.length + ahead.length, personTimes: savedSignups.length };
}

/** 怡枫园's demo resident as an owner there, as binding the house would have made them. */
async function linkOwner1(db: Db) {
  const r = await db.execute<{ communityId: string; personId: string; accountId: string }>(sql`
    select o.community_id as "communityId", o.person_id as "personId", a.id as "accountId"
      from house h
      join place c on c.community_id = h.community_id and c.name = '怡枫园' and h.place_path like c.path || '%'
      join house_owner o on o.community_id = h.community_id and o.house_id = h.id
      join account a on a.username = 'yifengyuan.owner1'
     order by h.place_path, h.number limit 1`);
  const row = r.rows[0];
  if (row) await linkPerson(db, Number(row.communityId), Number(row.personId), Number(row.accountId));
}
