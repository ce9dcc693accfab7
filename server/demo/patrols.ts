import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { addDays, localDate } from '../../domain/common/local-date';
import { GRID_CHECKLIST } from '../../domain/patrols/checklists';
import { pointCodeFrom } from '../../domain/patrols/patrol';
import { DEFAULT_GRID_ROUNDS } from '../../domain/patrols/rounds';
import type { Db } from '../db/client';
import { patrol, patrolAnswer, patrolCheckIn, patrolPlan, patrolPoint } from '../db/schema';
import { rng } from './registry';

const WEEKS = 4;

/**
 * 一日三巡 for the demo street: a plan per grid from four weeks ago, a point at every compound of a grid, and for the
 * grids with a grid worker four weeks of rounds (some missed, some with a failed item). Deterministic.
 */
export async function seedDemoPatrols(db: Db, timeZone: string, now = new Date()) {
  const random = rng(7);
  const grids = (
    await db.execute<{ communityId: string; id: string; name: string; path: string }>(sql`
      select g.community_id as "communityId", g.id, g.name, n.path
        from grid g join org_node n on n.id = g.community_id
       where g.status = 'active' order by g.community_id, g.id`)
  ).rows.map((g) => ({ ...g, communityId: Number(g.communityId), id: Number(g.id) }));
  if (!grids.length) return { plans: 0, patrols: 0 };
  const today = localDate(now, timeZone);
  const from = addDays(today, -7 * WEEKS);
  const plans = await db
    .insert(patrolPlan)
    .values(
      grids.map((g) => ({
        communityId: g.communityId,
        scope: 'grid' as const,
        gridId: g.id,
        nodePath: g.path,
        name: `${g.name}一日三巡`,
        windows: [...DEFAULT_GRID_ROUNDS],
        checklist: [...GRID_CHECKLIST],
        activeFrom: from,
      })),
    )
    .returning();
  const compounds = (
    await db.execute<{
      communityId: string;
      gridId: string;
      id: string;
      path: string;
      name: string;
      center: [number, number] | null;
    }>(sql`
      select c.community_id as "communityId", gc.grid_id as "gridId", c.id, c.path, c.name, c.attributes->'center' as center
        from grid_compound gc join place c on c.community_id = gc.community_id and c.id = gc.compound_id
       order by c.community_id, c.id`)
  ).rows;
  const points = await db
    .insert(patrolPoint)
    .values(
      compounds.map((c) => ({
        communityId: Number(c.communityId),
        placeId: Number(c.id),
        placePath: c.path,
        name: `${c.name}大门`,
        code: pointCodeFrom(createHash('sha256').update(`linli-demo-point-${c.id}`).digest()),
        lng: c.center?.[0] ?? null,
        lat: c.center?.[1] ?? null,
      })),
    )
    .returning();
  const workers = (
    await db.execute<{ gridId: string; accountId: string; name: string }>(sql`
      select w.grid_id as "gridId", w.account_id as "accountId", a.display_name as name
        from grid_worker w join account a on a.id = w.account_id`)
  ).rows;
  let made = 0;
  for (const w of workers) {
    const plan = plans.find((p) => p.gridId === Number(w.gridId));
    const point = points.find((pt) =>
      compounds.some((c) => Number(c.gridId) === plan?.gridId && Number(c.id) === pt.placeId),
    );
    if (!plan || !point) continue;
    for (let d = 0; d < 7 * WEEKS; d++) {
      const date = addDays(from, d);
      if (date >= today) break;
      for (const round of plan.windows) {
        // About one round in eight is missed.
        if (random() < 0.125) continue;
        const [h, m] = round.start.split(':').map(Number) as [number, number];
        const startedAt = new Date(
          `${date}T${String(h).padStart(2, '0')}:${String(m + 10 + Math.floor(random() * 40)).padStart(2, '0')}:00+08:00`,
        );
        const failed = random() < 0.15 ? GRID_CHECKLIST[Math.floor(random() * GRID_CHECKLIST.length)]! : null;
        const [p] = await db
          .insert(patrol)
          .values({
            communityId: plan.communityId,
            planId: plan.id,
            nodePath: plan.nodePath,
            leaderAccountId: Number(w.accountId),
            leaderName: w.name,
            status: 'finished',
            checklist: plan.checklist,
            startedAt,
            finishedAt: new Date(startedAt.getTime() + 35 * 60_000),
            checkIns: 1,
            failedItems: failed ? 1 : 0,
          })
          .returning();
        const [c] = await db
          .insert(patrolCheckIn)
          .values({
            communityId: p!.communityId,
            patrolId: p!.id,
            at: new Date(startedAt.getTime() + 5 * 60_000),
            pointId: point.id,
            placeId: point.placeId,
            placeName: point.name,
            lat: point.lat,
            lng: point.lng,
          })
          .returning();
        await db.insert(patrolAnswer).values(
          plan.checklist.map((item) => ({
            communityId: p!.communityId,
            patrolId: p!.id,
            itemCode: item.code,
            result: item.code === failed?.code ? ('fail' as const) : ('pass' as const),
            note: item.code === failed?.code ? '巡查发现，已现场提醒物业' : null,
            checkInId: c!.id,
            answeredAt: new Date(startedAt.getTime() + 10 * 60_000),
          })),
        );
        made += 1;
      }
    }
  }
  return { plans: plans.length, patrols: made };
}
