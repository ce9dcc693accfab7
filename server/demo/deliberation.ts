import { eq, inArray, sql } from 'drizzle-orm';
import { addDays, localDate, startOfLocalDay } from '../../domain/common/local-date';
import type { MeetingKind } from '../../domain/deliberation/meetings';
import { DEFAULT_DIMENSIONS } from '../../domain/evaluations/rounds';
import type { Db } from '../db/client';
import {
  account,
  agendaItem,
  evaluationResponse,
  evaluationRound,
  followUp,
  governanceBody,
  house,
  meeting,
  meetingInvitee,
  resolution,
  topic,
  topicComment,
} from '../db/schema';
import { rng, SURNAMES } from './registry';

const DAY = 86_400_000;

/** What residents of old compounds bring to their councils (seeds 000–003). */
const TOPICS: [string, string][] = [
  ['楼道堆放杂物清理', '楼道长期堆放纸箱和旧家具，影响通行，也有消防隐患。'],
  ['电动车进楼充电', '有住户把电动车推进楼道充电，希望集中建充电棚。'],
  ['停车位紧张', '晚上车位不够，消防通道也被占用，希望重新划线。'],
  ['高空抛物治理', '近期多次发现高空抛物，希望加装监控并宣传。'],
  ['绿化带改造', '中心绿化带杂草丛生，建议改造成休闲区。'],
  ['垃圾分类投放点调整', '投放点离住户太近，夏天异味大，建议挪到北门。'],
  ['加装电梯意向征集', '老人上下楼困难，希望征集各单元加装电梯意向。'],
  ['外墙瓷砖脱落', '外墙瓷砖有脱落，存在安全隐患，需要维修。'],
  ['广场舞噪音', '晚上广场舞音量太大，影响休息，希望约定时段和音量。'],
  ['宠物粪便管理', '有人遛狗不清理粪便，建议设置提示牌和拾便箱。'],
  ['快递柜设置', '快递堆在门岗，希望增设智能快递柜。'],
  ['物业费收支公开', '希望物业按季度公开物业费收支明细。'],
  ['二次供水水箱清洗', '水箱多久清洗一次？希望公示清洗记录。'],
  ['门禁系统升级', '门禁经常失灵，外来人员随意进出。'],
  ['儿童游乐设施老化', '滑梯生锈，存在安全隐患，建议更换。'],
  ['老年人助餐点', '独居老人吃饭不便，希望在党群服务站设助餐点。'],
  ['违章搭建整治', '一楼住户在公共绿地搭建雨棚，希望依法整治。'],
  ['维修资金使用公示', '屋面防水维修使用了维修资金，希望公示明细。'],
];

const RESOLUTIONS = [
  '物业两周内完成整改，业委会监督验收，结果在公告栏公示。',
  '由党支部牵头、物业配合，分楼栋开展集中清理。',
  '征求全体住户意见后实施，方案公示七天。',
  '社区协调街道职能部门联合处理，网格员跟踪反馈。',
  '业委会拟定管理规约补充条款，提交业主大会表决。',
  '物业增设设施，费用从公共收益中列支并公示。',
];

const MINUTES = '会议由小区党支部书记主持，各方围绕议题充分协商，形成一致意见，明确责任分工和完成时限。';

interface Compound {
  communityId: number;
  id: number;
  name: string;
  path: string;
  company: string | null;
}

/**
 * A year of deliberation across the demo street (seed 001's scale: about 160 sessions and 110 consensus items a
 * year): each compound's bodies, monthly joint meetings and councils with their topics, resolutions and follow-up
 * tasks, open topics of the last weeks, a coming joint meeting, and quarterly evaluations of the property companies.
 * Written straight to the tables like the events year, in a few bulk inserts. Deterministic.
 */
export async function seedDemoDeliberation(db: Db, timeZone: string, now = new Date()) {
  const random = rng(5005);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const today = localDate(now, timeZone);
  const compounds: Compound[] = (
    await db.execute<{ communityId: number; id: number; name: string; path: string; company: string | null }>(
      sql`select community_id as "communityId", id, name, path, attributes->>'propertyCompany' as company
        from place where kind = 'compound' order by id`,
    )
  ).rows;
  const staff = new Map(
    (
      await db
        .select({ id: account.id, username: account.username, name: account.displayName })
        .from(account)
        .where(
          inArray(account.username, [
            'jinghua.worker',
            'fuzhong.worker',
            'lianhua.street',
            'yifengyuan.owner1',
          ]),
        )
    ).map((a) => [a.username, a]),
  );
  const street = staff.get('lianhua.street')!;
  const owner1 = staff.get('yifengyuan.owner1')!;
  const convenerOf = (c: Compound, i: number) =>
    i === 0 ? staff.get('jinghua.worker')! : i === 1 ? (staff.get('fuzhong.worker') ?? street) : street;
  const communityIndex = new Map([...new Set(compounds.map((c) => c.communityId))].map((id, i) => [id, i]));

  let sessions = 0;
  let resolutions = 0;
  for (const c of compounds) {
    const convener = convenerOf(c, communityIndex.get(c.communityId)!);
    const bodies = await db
      .insert(governanceBody)
      .values([
        {
          communityId: c.communityId,
          placeId: c.id,
          placePath: c.path,
          kind: 'party_org' as const,
          partyLevel: 'compound_branch' as const,
          name: `${c.name}党支部`,
        },
        ...(c.company
          ? [
              {
                communityId: c.communityId,
                placeId: c.id,
                placePath: c.path,
                kind: 'owners_committee' as const,
                name: `${c.name}业主委员会`,
              },
              {
                communityId: c.communityId,
                placeId: c.id,
                placePath: c.path,
                kind: 'property_company' as const,
                name: c.company,
              },
            ]
          : []),
      ])
      .returning({ id: governanceBody.id, name: governanceBody.name, kind: governanceBody.kind });

    const plan: { kind: MeetingKind; at: Date }[] = [];
    for (let month = 12; month >= 1; month--) {
      const day = addDays(today, -month * 30 + Math.floor(random() * 20));
      const at = (hour: number) => new Date(startOfLocalDay(day, timeZone).getTime() + hour * 3_600_000);
      plan.push({ kind: 'residents_council', at: at(19) });
      if (c.company) plan.push({ kind: 'joint_meeting', at: at(15) });
    }
    if (c.company)
      plan.push({ kind: 'owners_assembly', at: new Date(now.getTime() - (100 + random() * 150) * DAY) });

    for (const p of plan) {
      const held = await db
        .insert(meeting)
        .values({
          communityId: c.communityId,
          kind: p.kind,
          compoundId: c.id,
          placePath: c.path,
          title: `${c.name}${localDate(p.at, timeZone).slice(5, 7).replace(/^0/, '')}月${p.kind === 'joint_meeting' ? '联席会议' : p.kind === 'owners_assembly' ? '业主大会' : '居民议事会'}`,
          startsAt: p.at,
          location: `${c.name}党群服务站`,
          status: 'held',
          minutes: MINUTES,
          otherAttendees: p.kind === 'joint_meeting' ? 0 : 8 + Math.floor(random() * 30),
          heldAt: new Date(p.at.getTime() + 2 * 3_600_000),
          convenedByAccountId: convener.id,
          convenedByName: convener.name,
          createdAt: new Date(p.at.getTime() - 10 * DAY),
        })
        .returning();
      const m = held[0]!;
      sessions++;
      if (p.kind === 'joint_meeting')
        await db.insert(meetingInvitee).values(
          bodies.map((b) => ({
            communityId: c.communityId,
            meetingId: m.id,
            bodyId: b.id,
            name: b.name,
            attended: true,
          })),
        );
      const r = random();
      const count = r < 0.15 ? 0 : r < 0.7 ? 1 : r < 0.95 ? 2 : 3;
      for (let i = 0; i < count; i++) {
        const [title, text] = pick(TOPICS);
        const raisedAt = new Date(p.at.getTime() - (5 + random() * 20) * DAY);
        const [t] = await db
          .insert(topic)
          .values({
            communityId: c.communityId,
            compoundId: c.id,
            placePath: c.path,
            title,
            body: text,
            status: 'resolved',
            source: random() < 0.7 ? 'resident' : 'staff',
            raisedByAccountId: convener.id,
            raisedByName:
              random() < 0.7 ? `${pick(SURNAMES)}${pick(['女士', '先生', '阿姨', '伯伯'])}` : convener.name,
            // Supports of residents who have no demo account: counted, without a row per account.
            supportCount: Math.floor(random() * 40),
            createdAt: raisedAt,
            updatedAt: p.at,
          })
          .returning();
        await db
          .insert(agendaItem)
          .values({ communityId: c.communityId, meetingId: m.id, topicId: t!.id, position: i + 1 });
        const [res] = await db
          .insert(resolution)
          .values({
            communityId: c.communityId,
            meetingId: m.id,
            topicId: t!.id,
            text: pick(RESOLUTIONS),
            consensus: random() < 0.62,
            createdByAccountId: convener.id,
            createdAt: new Date(p.at.getTime() + 3 * 3_600_000),
          })
          .returning();
        resolutions++;
        if (random() < 0.5) {
          const dueOn = addDays(localDate(p.at, timeZone), 7 + Math.floor(random() * 24));
          const done = dueOn < today ? random() < 0.88 : random() < 0.3;
          await db.insert(followUp).values({
            communityId: c.communityId,
            resolutionId: res!.id,
            kind: 'task',
            title: `落实：${title}`,
            ownerAccountId: convener.id,
            ownerName: convener.name,
            dueOn,
            status: done ? 'done' : 'open',
            doneAt: done
              ? new Date(Math.min(startOfLocalDay(dueOn, timeZone).getTime(), now.getTime()))
              : null,
          });
        }
      }
    }

    // The last weeks: open topics residents are discussing, the first of 怡枫园's raised by the demo resident.
    const open = [];
    for (let i = 0; i < 3; i++) {
      const [title, text] = TOPICS[(c.id * 3 + i) % TOPICS.length]!;
      const mine = c.name === '怡枫园' && i < 2;
      const [t] = await db
        .insert(topic)
        .values({
          communityId: c.communityId,
          compoundId: c.id,
          placePath: c.path,
          title,
          body: text,
          status: 'open',
          source: 'resident',
          raisedByAccountId: mine ? owner1.id : convener.id,
          raisedByName: mine ? owner1.name : `${pick(SURNAMES)}${pick(['女士', '先生', '阿姨'])}`,
          supportCount: 3 + Math.floor(random() * 20),
          commentCount: 2,
          createdAt: new Date(now.getTime() - (2 + random() * 18) * DAY),
        })
        .returning();
      open.push(t!);
      await db.insert(topicComment).values([
        {
          communityId: c.communityId,
          topicId: t!.id,
          accountId: convener.id,
          authorName: `${pick(SURNAMES)}女士`,
          authorKind: 'resident' as const,
          body: '同意，希望尽快解决。',
          createdAt: new Date(t!.createdAt.getTime() + DAY),
        },
        {
          communityId: c.communityId,
          topicId: t!.id,
          accountId: convener.id,
          authorName: convener.name,
          authorKind: 'staff' as const,
          body: '已收到，将提交下次联席会议讨论。',
          createdAt: new Date(t!.createdAt.getTime() + 2 * DAY),
        },
      ]);
    }
    if (c.company) {
      // The coming joint meeting, with two of the open topics on its agenda.
      const [next] = await db
        .insert(meeting)
        .values({
          communityId: c.communityId,
          kind: 'joint_meeting',
          compoundId: c.id,
          placePath: c.path,
          title: `${c.name}联席会议（下期）`,
          startsAt: new Date(startOfLocalDay(addDays(today, 5), timeZone).getTime() + 15 * 3_600_000),
          location: `${c.name}党群服务站`,
          status: 'planned',
          convenedByAccountId: convener.id,
          convenedByName: convener.name,
        })
        .returning();
      await db.insert(meetingInvitee).values(
        bodies.map((b) => ({
          communityId: c.communityId,
          meetingId: next!.id,
          bodyId: b.id,
          name: b.name,
        })),
      );
      for (const [i, t] of open.slice(0, 2).entries()) {
        await db.update(topic).set({ status: 'scheduled' }).where(eq(topic.id, t.id));
        await db
          .insert(agendaItem)
          .values({ communityId: c.communityId, meetingId: next!.id, topicId: t.id, position: i + 1 });
      }
      await seedEvaluations(
        db,
        c,
        bodies.find((b) => b.kind === 'property_company')!.id,
        convener,
        today,
        random,
      );
    }
  }
  return { sessions, resolutions };
}

/** Four closed quarterly rounds and the current open one; the ratings improve a little each quarter. */
async function seedEvaluations(
  db: Db,
  c: Compound,
  bodyId: number,
  by: { id: number; name: string },
  today: string,
  random: () => number,
) {
  const households =
    (
      await db
        .select({ n: sql<number>`count(*)::int` })
        .from(house)
        .where(sql`${house.communityId} = ${c.communityId} and ${house.placePath} like ${`${c.path}%`}`)
    )[0]?.n ?? 0;
  const dimensions = [...DEFAULT_DIMENSIONS.property_company];
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  for (let back = 4; back >= 0; back--) {
    const q = quarter - back;
    const y = year + Math.floor(q / 4);
    const qq = ((q % 4) + 4) % 4;
    const periodFrom = `${y}-${String(qq * 3 + 1).padStart(2, '0')}-01`;
    const periodTo = addDays(
      qq === 3 ? `${y + 1}-01-01` : `${y}-${String(qq * 3 + 4).padStart(2, '0')}-01`,
      -1,
    );
    const current = back === 0;
    const [round] = await db
      .insert(evaluationRound)
      .values({
        communityId: c.communityId,
        compoundId: c.id,
        placePath: c.path,
        target: 'property_company',
        bodyId,
        targetName: c.company!,
        title: `${y}年第${qq + 1}季度物业服务评议`,
        periodFrom,
        periodTo,
        closesOn: current ? addDays(today, 14) : addDays(periodTo, 15),
        dimensions,
        status: current ? 'open' : 'closed',
        createdByAccountId: by.id,
        createdByName: by.name,
      })
      .returning();
    const answers = Math.floor(households * (current ? 0.15 : 0.35 + random() * 0.25));
    const base = 3.3 + (4 - back) * 0.15;
    // Residents without demo accounts: negative ids never match an account.
    const rows = Array.from({ length: answers }, (_, i) => ({
      communityId: c.communityId,
      roundId: round!.id,
      accountId: -(i + 1),
      scores: Object.fromEntries(
        dimensions.map((d) => [
          d.code,
          Math.max(
            1,
            Math.min(5, Math.round(base + (d.code === 'fees' ? -0.5 : 0) + (random() - 0.5) * 2.4)),
          ),
        ]),
      ),
      comment:
        random() < 0.1
          ? pick(['希望加强夜间巡逻', '保洁比以前好了', '维修响应还要再快一些', '收费明细希望按月公示'])
          : null,
    }));
    for (let i = 0; i < rows.length; i += 500)
      await db.insert(evaluationResponse).values(rows.slice(i, i + 500));
  }
  function pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(random() * xs.length)]!;
  }
}
