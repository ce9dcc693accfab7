import { sql } from 'drizzle-orm';
import { CASE_TYPES, type CaseType } from '../../domain/mediation/machine';
import type { Db } from '../db/client';
import {
  mediationCase,
  mediationCaseMediator,
  mediationParty,
  mediationSession,
  mediator,
  selfOrg,
  selfOrgActivity,
  selfOrgMember,
  selfOrgStage,
  selfOrgSupport,
} from '../db/schema';
import { rng } from './registry';

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

type Place = { communityId: number; id: number; path: string; name: string };
type Person = { id: number; name: string };

async function placesAndPeople(db: Db) {
  const compounds = (
    await db.execute<Place>(sql`select community_id as "communityId", id, path, name from place
      where kind = 'compound' order by community_id, id`)
  ).rows.map((p) => ({ ...p, communityId: Number(p.communityId), id: Number(p.id) }));
  const people = new Map<number, Person[]>();
  for (const r of (
    await db.execute<{ communityId: string; id: string; name: string }>(sql`
      select community_id as "communityId", id, name from (
        select community_id, id, name, row_number() over (partition by community_id order by id) as n from person) p
      where n <= 60 order by community_id, id`)
  ).rows)
    people.set(Number(r.communityId), [
      ...(people.get(Number(r.communityId)) ?? []),
      { id: Number(r.id), name: r.name },
    ]);
  return { compounds: compounds.filter((c) => (people.get(c.communityId)?.length ?? 0) >= 20), people };
}

const TITLES: Record<CaseType, string[]> = {
  neighbour: ['楼上漏水致楼下受损', '宠物噪音扰邻', '公共走廊堆物纠纷'],
  property: ['物业费收缴争议', '停车位管理纠纷', '电梯维修费用分摊争议', '小区公共收益分配争议'],
  construction: ['装修噪音扰民', '装修损坏承重墙争议'],
  family: ['赡养老人纠纷', '房产继承纠纷'],
  labour: ['装修工人工资拖欠'],
  other: ['快递柜占用消防通道'],
};
const PLACES = ['居民议事厅', '党群服务站调解室', '小区物业办公室'];
/** Seed 001: property disputes fell 65.1 % — 43 in the earlier year, 15 in the latest. */
const PROPERTY = { previous: 43, latest: 15 };
const OTHERS = 14;

/**
 * Two years of people's mediation in the demo street: two mediators per community, property disputes falling from
 * 43 to 15 a year (seed 001's −65.1 %), a dozen or so other disputes, most settled and followed up, a few failed
 * and referred, the latest still open. Deterministic.
 */
export async function seedDemoMediation(db: Db, now = new Date()) {
  const random = rng(8);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const { compounds, people } = await placesAndPeople(db);
  if (!compounds.length) return { cases: 0, mediators: 0 };
  const mediators = [...people].flatMap(([communityId, ps]) =>
    ps.slice(0, 2).map((p) => ({ communityId, personId: p.id })),
  );
  await db.insert(mediator).values(mediators);
  // Cases opened 15–320 days ago fall in the latest twelve months; a year earlier, in the twelve before.
  const ages: { type: CaseType; age: number }[] = [
    ...Array.from({ length: PROPERTY.latest }, () => ({
      type: 'property' as const,
      age: 15 + random() * 305,
    })),
    ...Array.from({ length: PROPERTY.previous }, () => ({
      type: 'property' as const,
      age: 380 + random() * 305,
    })),
    ...Array.from({ length: OTHERS }, () => ({
      type: pick(CASE_TYPES.filter((t) => t !== 'property')),
      age: 5 + random() * 680,
    })),
  ].sort((a, b) => b.age - a.age);
  const rows = await db
    .insert(mediationCase)
    .values(
      ages.map(({ type, age }, i) => {
        // Favour 景华社区's compounds, so the console's first community has most of the story.
        const c = i % 3 ? compounds[0]! : pick(compounds);
        const opened = new Date(now.getTime() - age * DAY);
        const fate: 'open' | 'agreed' | 'referred' =
          age < 30 ? 'open' : random() < 0.85 ? 'agreed' : 'referred';
        const decided = new Date(opened.getTime() + (3 + random() * 10) * DAY);
        return {
          communityId: c.communityId,
          nodeId: c.id,
          nodePath: c.path,
          type,
          title: pick(TITLES[type]),
          summary: `${c.name}：${pick(TITLES[type])}，当事人申请调解。`,
          status: fate === 'open' ? ('open' as const) : ('closed' as const),
          outcome: fate === 'open' ? null : fate,
          agreement: fate === 'agreed' ? '双方自愿达成调解协议，按约定履行。' : null,
          failureReason: fate === 'referred' ? '双方分歧较大，调解未能达成一致。' : null,
          referredTo: fate === 'referred' ? pick(['街道人民调解委员会', '福田区人民法院诉前调解']) : null,
          followUpOn: fate === 'agreed' ? day(new Date(decided.getTime() + 14 * DAY)) : null,
          followUpResult: fate === 'agreed' ? '回访：协议已履行，双方无异议。' : null,
          openedAt: opened,
          decidedAt: fate === 'open' ? null : decided,
          closedAt: fate === 'open' ? null : new Date(decided.getTime() + 20 * DAY),
          createdByName: '社区调委会',
          createdAt: opened,
          updatedAt: opened,
        };
      }),
    )
    .returning();
  const parties: (typeof mediationParty.$inferInsert)[] = [];
  const sessions: (typeof mediationSession.$inferInsert)[] = [];
  const assigned: (typeof mediationCaseMediator.$inferInsert)[] = [];
  for (const c of rows) {
    const ps = people.get(c.communityId)!;
    const [a, b] = [
      ps[2 + Math.floor(random() * (ps.length - 2))]!,
      ps[2 + Math.floor(random() * (ps.length - 2))]!,
    ];
    const m = ps[Math.floor(random() * 2)]!;
    parties.push(
      { communityId: c.communityId, caseId: c.id, role: 'applicant', name: a.name, personId: a.id },
      { communityId: c.communityId, caseId: c.id, role: 'respondent', name: b.name, personId: b.id },
    );
    assigned.push({ communityId: c.communityId, caseId: c.id, personId: m.id });
    sessions.push({
      communityId: c.communityId,
      caseId: c.id,
      heldAt: new Date(c.openedAt.getTime() + 2 * DAY),
      place: pick(PLACES),
      notes: '调解员听取双方陈述，释法明理，提出调解方案。',
      attendees: [a.name, b.name, m.name],
      recordedByName: '社区调委会',
    });
  }
  await db.insert(mediationParty).values(parties);
  await db.insert(mediationCaseMediator).values(assigned);
  await db.insert(mediationSession).values(sessions);
  return { cases: rows.length, mediators: mediators.length };
}

const ORGS = [
  { name: '合唱团', kind: 'culture', stage: 'independent' },
  { name: '太极拳队', kind: 'sport', stage: 'incubated' },
  { name: '银龄互助队', kind: 'elderly_care', stage: 'incubated' },
  { name: '书画社', kind: 'interest', stage: 'forming' },
  { name: '邻里守望队', kind: 'volunteer', stage: 'incubated' },
] as const;

/**
 * A few self-organisations in each compound of the first communities, at every stage of incubation, with members,
 * the support the community gave them and, where there is one, a past culture activity they ran.
 */
export async function seedDemoSelfOrgs(db: Db, now = new Date()) {
  const random = rng(9);
  const { compounds, people } = await placesAndPeople(db);
  let count = 0;
  for (const [i, c] of compounds.slice(0, 6).entries()) {
    const ps = people.get(c.communityId)!;
    for (const [j, o] of ORGS.slice(0, i === 0 ? ORGS.length : 2 + (i % 3)).entries()) {
      const members = ps.slice(10 + j * 6, 16 + j * 6 + Math.floor(random() * 4));
      const [org] = await db
        .insert(selfOrg)
        .values({
          communityId: c.communityId,
          nodeId: c.id,
          nodePath: c.path,
          name: `${c.name}${o.name}`,
          kind: o.kind,
          description: `${c.name}居民自发组建的${o.name}`,
          leaderPersonId: members[0]!.id,
          stage: o.stage,
          createdAt: new Date(now.getTime() - 500 * DAY),
        })
        .returning();
      count++;
      const path = ['forming', 'incubated', 'independent'].slice(
        0,
        ['forming', 'incubated', 'independent'].indexOf(o.stage) + 1,
      );
      await db.insert(selfOrgStage).values(
        path.map((stage, k) => ({
          communityId: c.communityId,
          orgId: org!.id,
          fromStage: k ? (path[k - 1] as typeof o.stage) : null,
          toStage: stage as typeof o.stage,
          on: day(new Date(now.getTime() - (500 - k * 150) * DAY)),
          note: k ? '经社区评估，进入下一孵化阶段' : null,
          byName: '社区党委',
        })),
      );
      await db
        .insert(selfOrgMember)
        .values(members.map((p) => ({ communityId: c.communityId, orgId: org!.id, personId: p.id })));
      await db.insert(selfOrgSupport).values([
        {
          communityId: c.communityId,
          orgId: org!.id,
          kind: 'venue',
          provider: '党群服务站',
          amount: null,
          receivedOn: day(new Date(now.getTime() - 400 * DAY)),
          note: '每周二、四晚免费使用活动室',
        },
        ...(o.stage !== 'forming'
          ? [
              {
                communityId: c.communityId,
                orgId: org!.id,
                kind: 'funds' as const,
                provider: '社区党建经费',
                amount: 1000 + Math.floor(random() * 4) * 500,
                receivedOn: day(new Date(now.getTime() - 300 * DAY)),
                note: null,
              },
            ]
          : []),
      ]);
      if (o.kind === 'culture') {
        const a = await db.execute<{ id: string }>(sql`select id from volunteer_activity
          where community_id = ${c.communityId} and kind = 'culture' and ends_at < now()
            and not exists (select 1 from ${selfOrgActivity} s where s.community_id = volunteer_activity.community_id
              and s.activity_id = volunteer_activity.id)
          order by starts_at desc limit 2`);
        if (a.rows.length)
          await db
            .insert(selfOrgActivity)
            .values(
              a.rows.map((r) => ({ communityId: c.communityId, orgId: org!.id, activityId: Number(r.id) })),
            );
      }
    }
  }
  return { orgs: count };
}
