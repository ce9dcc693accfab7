import { sql } from 'drizzle-orm';
import { localDate } from '../../domain/common/local-date';
import type { PartnerKind } from '../../domain/projects/partners';
import type { Db, Tx } from '../db/client';
import { systemCaller, type Caller } from '../modules/auth/caller';
import { act } from '../modules/projects/act';
import { recordEntry, type NewEntry } from '../modules/projects/ledger';
import { addResource, createProject, raiseNeed } from '../modules/projects/lists';
import { createPartner, recordFulfilment, signAgreement } from '../modules/projects/partners';
import { visibleProject } from '../modules/projects/access';

const PARTNERS: { community: string; kind: PartnerKind; name: string; contact: string; done: number }[] = [
  { community: '景华社区', kind: 'hospital', name: '福田区人民医院', contact: '医务科', done: 4 },
  { community: '景华社区', kind: 'school', name: '景华小学', contact: '德育处', done: 3 },
  { community: '景华社区', kind: 'enterprise', name: '深圳供电局福田分局', contact: '党建办', done: 2 },
  { community: '福中社区', kind: 'agency', name: '福田区城市管理和综合执法局', contact: '办公室', done: 4 },
  { community: '福中社区', kind: 'enterprise', name: '招商银行福中支行', contact: '行长办公室', done: 1 },
];

const idOf = async (db: Tx, q: ReturnType<typeof sql>) => {
  const r = await db.execute<{ id: string }>(q);
  return r.rows[0] ? Number(r.rows[0].id) : null;
};

async function entry(tx: Tx, caller: Caller, projectId: number, e: Omit<NewEntry, 'by'>) {
  const p = await visibleProject(tx, caller, projectId, true);
  await recordEntry(tx, caller, p, { ...e, by: { accountId: null, name: '景华社区工作站' } });
}

/**
 * Seed 001's co-building and seed 003's crowdfunded CCTV: partner units with this year's agreements (the default
 * commitments) and what each has done, a needs and resources list, and micro-projects at each stage — 怡枫园's CCTV
 * crowdfunded by its residents, each contribution with its receipt. Written through the use cases, audit included.
 */
export async function seedDemoProjects(db: Db, timeZone: string, now = new Date()) {
  const caller = await systemCaller(db, 'seed', 'street_staff');
  const today = localDate(now, timeZone);
  const year = today.slice(0, 4);
  let partners = 0;
  let projects = 0;
  await db.transaction(async (tx) => {
    const communities = new Map<string, number>();
    for (const r of (
      await tx.execute<{ id: string; name: string }>(
        sql`select id, name from org_node where kind = 'community'`,
      )
    ).rows)
      communities.set(r.name, Number(r.id));
    for (const [i, p] of PARTNERS.entries()) {
      const nodeId = communities.get(p.community);
      if (!nodeId) continue;
      const unit = await createPartner(tx, caller, {
        nodeId,
        kind: p.kind,
        name: p.name,
        contact: p.contact,
      });
      const signed = await signAgreement(tx, caller, unit.id, {
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
      });
      partners += 1;
      const commitments = await tx.execute<{ id: string; kind: string }>(
        sql`select id, kind from partner_commitment where community_id = ${signed.communityId}
             and agreement_id = (select max(id) from partner_agreement where community_id = ${signed.communityId} and partner_id = ${unit.id})
             order by id`,
      );
      const joint = commitments.rows.find((c) => c.kind === 'joint_activity');
      const activity = await idOf(
        tx,
        sql`select id from volunteer_activity where community_id = ${signed.communityId} and starts_at < now() order by id limit 1 offset ${i}`,
      );
      // A quarter's joint activity for the first `done` quarters begun (the last partners fall behind).
      for (let q = 0; q < p.done; q++) {
        const doneOn = `${year}-${String(q * 3 + 2).padStart(2, '0')}-15`;
        if (joint && doneOn <= today)
          await recordFulfilment(tx, caller, unit.id, {
            commitmentId: Number(joint.id),
            doneOn,
            note: `${p.name}与社区联合开展共建活动`,
            ...(activity && q === 0 ? { activityId: activity } : {}),
          });
      }
      for (const c of commitments.rows.filter((c) => c.kind !== 'joint_activity' && p.done >= 3))
        await recordFulfilment(tx, caller, unit.id, {
          commitmentId: Number(c.id),
          doneOn: `${year}-06-20`,
          note: c.kind === 'practical_thing' ? '为居民办实事：义诊、维修、讲座' : '协助调解一起邻里纠纷',
        });
    }

    const jinghua = communities.get('景华社区');
    const yifengyuan = await idOf(tx, sql`select id from place where name = '怡枫园' and kind = 'compound'`);
    if (!jinghua || !yifengyuan) return;
    const cctvNeed = await raiseNeed(tx, caller, {
      nodeId: yifengyuan,
      title: '小区出入口和车棚加装监控',
      description: '车棚电动车电瓶多次被盗，居民希望加装高清监控并接入门岗。',
    });
    const lightNeed = await raiseNeed(tx, caller, { nodeId: yifengyuan, title: '3栋楼道感应灯更换' });
    await raiseNeed(tx, caller, { nodeId: jinghua, title: '社区长者饭堂增加送餐服务' });
    const fund = await addResource(tx, caller, {
      nodeId: jinghua,
      kind: 'fund',
      name: `${year}年民生微实事资金`,
      amount: 20_000_000,
    });
    const partner = await idOf(tx, sql`select id from partner_unit where name = '深圳供电局福田分局'`);
    const power = partner
      ? await addResource(tx, caller, {
          nodeId: jinghua,
          kind: 'partner',
          name: '供电局党员服务队',
          partnerId: partner,
        })
      : null;
    await addResource(tx, caller, {
      nodeId: jinghua,
      kind: 'venue',
      name: '居民会客厅',
      venue: '景华社区党群服务中心一楼',
    });

    const cctv = await createProject(tx, caller, {
      nodeId: yifengyuan,
      title: '怡枫园车棚与出入口监控（居民众筹）',
      description: '安装高清摄像头12个、硬盘录像机1台，接入门岗；社区资金出大头，居民自愿众筹其余部分。',
      budget: 3_600_000,
      crowdfunding: true,
      needIds: [cctvNeed.id],
      resourceIds: [fund.id],
    });
    await act(tx, caller, cctv.id, 'approve', {});
    await entry(tx, caller, cctv.id, { kind: 'community_fund', amount: 2_400_000, note: '民生微实事资金' });
    const residents = await tx.execute<{ id: string }>(sql`
      select distinct o.person_id as id from house_owner o join house h on h.community_id = o.community_id and h.id = o.house_id
       where h.community_id = ${jinghua} and h.place_path like ${`%/${yifengyuan}/%`} order by 1 limit 24`);
    for (const [i, r] of residents.rows.entries())
      await entry(tx, caller, cctv.id, {
        kind: 'contribution',
        amount: [20_000, 50_000, 30_000, 100_000][i % 4]!,
        personId: Number(r.id),
        note: '居民众筹',
      });
    await act(tx, caller, cctv.id, 'start', {});
    await entry(tx, caller, cctv.id, {
      kind: 'expense',
      amount: 1_800_000,
      payee: '深圳市安防工程有限公司',
      note: '首期款：设备与安装',
    });

    const light = await createProject(tx, caller, {
      nodeId: yifengyuan,
      title: '3栋楼道感应灯更换',
      budget: 480_000,
      needIds: [lightNeed.id],
      resourceIds: power ? [power.id] : [],
    });
    await act(tx, caller, light.id, 'approve', {});
    projects = 2;
  });
  return { partners, projects };
}
