import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { systemCaller, type Caller } from '../modules/auth/caller';
import {
  draftConvention,
  closeVote as closeConventionVote,
  startVote as startConventionVote,
} from '../modules/conventions/use-cases';
import { giveConsent } from '../modules/elevators/consent';
import { saveCosts } from '../modules/elevators/costs';
import { closeVote, startVote } from '../modules/elevators/decide';
import { publishPlan } from '../modules/elevators/plan-notice';
import { startInstallation } from '../modules/elevators/start-installation';
import { castBallot } from '../modules/votes/cast-ballot';
import { rng } from './registry';

/** The id of a place of 市政大院 by its names (`['2栋', '1单元']`), or the compound itself. */
async function placeOf(db: Db, names: string[]): Promise<number> {
  const r = await db.execute<{ id: string }>(sql`
    with recursive p as (
      select id, community_id, 0 as depth from place where name = '市政大院' and kind = 'compound'
      union all
      select c.id, c.community_id, p.depth + 1 from place c
        join p on c.community_id = p.community_id and c.parent_id = p.id
       where c.name = (${sql.param(names)}::text[])[p.depth + 1]
    )
    select id from p where depth = ${names.length}`);
  return Number(r.rows[0]!.id);
}

/**
 * Paper ballots for the electorate, as the owners' committee enters them from the collected forms: most agree,
 * a few disagree, some never answer (deterministic).
 */
async function paperBallots(tx: Tx, caller: Caller, voteId: number, turnout: number, seed: number) {
  const next = rng(seed);
  const houses = await tx.execute<{ h: string }>(
    sql`select house_id as h from vote_elector where vote_id = ${voteId} order by house_id`,
  );
  for (const { h } of houses.rows) {
    if (next() > turnout) continue;
    const choice = next() < 0.93 ? 'agree' : 'disagree';
    await castBallot(tx, caller, voteId, { houseId: Number(h), choice, channel: 'paper' });
  }
}

/**
 * Owner decisions of 市政大院 (seed 002: its old buildings got elevators): one retrofit well under way — approved by
 * the owners of 2栋 1单元, consented by the owner of 101, its plan on notice, the cost table saved — and a compound
 * convention adopted and open for signatures. 1栋 1单元, whose owners have demo logins, is left free to try it all.
 */
export async function seedDemoDecisions(
  db: Db,
  timeZone: string,
): Promise<{ elevators: number; conventions: number }> {
  // The street office runs both (the administrator may not run owner votes).
  const caller = await systemCaller(db, 'seed', 'street_staff');
  const unitId = await placeOf(db, ['2栋', '1单元']);
  await db.transaction(async (tx) => {
    const occupied = await tx.execute<{ id: string }>(
      sql`select h.id from house h join place u on u.community_id = h.community_id and u.id = h.place_id
           where u.id = ${unitId} and h.number = '101'`,
    );
    const e = await startInstallation(tx, caller, {
      unitId,
      title: '市政大院2栋1单元加装电梯',
      plan: '在2栋1单元北侧楼梯间外加建电梯井道，平层入户，停靠1–7层；井道占用101室北侧部分专有庭院。总预算68万元，由业主按楼层分摊，另申请政府补贴。',
      occupiedHouseIds: occupied.rows.map((r) => Number(r.id)),
    });
    const voting = await startVote(tx, caller, e.id);
    await paperBallots(tx, caller, voting.voteId!, 0.95, 2019);
    await closeVote(tx, caller, e.id, timeZone);
    for (const r of occupied.rows)
      await giveConsent(tx, caller, e.id, { houseId: Number(r.id), channel: 'paper' });
    await publishPlan(tx, caller, e.id);
    await saveCosts(tx, caller, e.id, {
      budget: 680_000,
      weights: [0, 0.6, 0.8, 1, 1.2, 1.4, 1.6].map((weight, i) => ({ floor: i + 1, weight })),
    });
  });
  const compoundId = await placeOf(db, []);
  await db.transaction(async (tx) => {
    const c = await draftConvention(tx, caller, {
      nodeId: compoundId,
      title: '市政大院邻里公约',
      body: '一、爱护公共设施，不占用楼道和消防通道；\n二、垃圾分类，定时定点投放；\n三、文明养犬，牵绳出行；\n四、不高空抛物，不私拉电线充电；\n五、邻里互助，关心独居老人。',
    });
    const voting = await startConventionVote(tx, caller, c.id);
    await paperBallots(tx, caller, voting.voteId!, 0.85, 2020);
    await closeConventionVote(tx, caller, c.id, timeZone);
  });
  return { elevators: 1, conventions: 1 };
}
