import { sql } from 'drizzle-orm';
import { CHINA_2026, deadlineFrom } from '../../domain/events/calendar';
import { DEFAULT_CATEGORIES, type Category, type PartyKind } from '../../domain/events/categories';
import { responsibleParty } from '../../domain/events/parties';
import type { Db } from '../db/client';
import { event, eventLog } from '../db/schema';
import { locationOf } from '../modules/events/locate';
import { compoundFacts, type EventRow } from '../modules/events/repository';
import { applyRollup } from '../modules/events/rollup';
import { pathRefs } from '../modules/org/repository';
import { rng, SURNAMES } from './registry';

const HOUR = 3_600_000;
/** When the demo's hotspot was reported: four times within three weeks, over the default of three in 30 days. */
export const HOTSPOT_DAYS_AGO = [20, 13, 6, 2];
const DAY = 24 * HOUR;

/** How often each kind of problem comes up in an old compound (lights and rubbish far more than façades). */
const WEIGHTS: Record<string, number> = {
  'facility.light': 14,
  sanitation: 12,
  'sanitation.garbage': 8,
  noise: 8,
  'noise.renovation': 5,
  parking: 10,
  pets: 5,
  'neighbour.dispute': 5,
  'property.dispute': 4,
  'fire.hazard': 5,
  'facility.elevator': 4,
  'facility.facade': 2,
  'construction.illegal': 3,
  security: 2,
  'service.elderly': 6,
  // Device matters come from the simulated feed (server/demo/devices.ts), not from the year of reports.
  'fire.hazard.alarm': 0,
  'facility.water': 0,
  'facility.access': 0,
  'facility.device': 0,
};

/**
 * A year of events across the demo street (DESIGN.md "Demo data"), each with its whole timeline and its share of
 * the statistics, so the dashboards and the ledger have something true to show. Deterministic.
 */
export async function seedDemoEvents(db: Db, timeZone: string, now = new Date()): Promise<number> {
  const random = rng(2026);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const weighted = DEFAULT_CATEGORIES.flatMap((c) => Array<Category>(WEIGHTS[c.code] ?? 1).fill(c));
  const buildings = (
    await db.execute<{ communityId: number; id: number; path: string }>(
      sql`select community_id as "communityId", id, path from place where kind = 'building' order by id`,
    )
  ).rows;
  const refs = await pathRefs(
    db,
    buildings.map((b) => ({ path: b.path, communityId: b.communityId })),
  );
  const bodies = new Map<number, Map<string, string>>();
  /** One event with its timeline and rollup share; `random` drives its times and outcome. */
  async function seedOne(b: (typeof buildings)[number], c: Category, daysAgo: number, random: () => number) {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const loc = locationOf(b.path);
    const compoundId = loc.compound!.id;
    if (!bodies.has(compoundId))
      bodies.set(compoundId, (await compoundFacts(db, b.communityId, compoundId)).bodies);
    const names = bodies.get(compoundId)!;
    const party = responsibleParty(c, loc, new Set(names.keys()) as Set<PartyKind>);
    const partyName =
      names.get(party.kind) ??
      (party.kind.endsWith('department')
        ? `${refs.get(party.nodeId)?.name ?? ''} ${party.department ?? ''}`.trim()
        : (refs.get(party.nodeId)?.name ?? ''));
    const reportedAt = new Date(now.getTime() - daysAgo * DAY + (8 + random() * 12) * HOUR - 24 * HOUR);
    const dispatchedAt = new Date(reportedAt.getTime() + (c.autoDispatch ? 0 : (0.5 + random() * 4) * HOUR));
    const deadline = deadlineFrom(dispatchedAt, c.deadline, CHINA_2026, timeZone);
    const span = deadline.getTime() - dispatchedAt.getTime();
    const handledAt = new Date(
      Math.min(
        dispatchedAt.getTime() + span * (0.15 + random() * (random() < 0.9 ? 0.8 : 1.6)),
        now.getTime() - HOUR / 2,
      ),
    );
    const closedAt = new Date(handledAt.getTime() + (1 + random() * 5) * HOUR);
    const rework = random() < 0.08 ? 1 : 0;
    // The last days still have work on the board: waiting for a dispatcher, with the party, being handled.
    const stage =
      daysAgo <= 5 ? pick(['waiting', 'dispatched', 'in_progress', 'in_progress', 'handled'] as const) : null;
    const waiting = stage === 'waiting' && !c.autoDispatch;
    const rejected = stage === null && random() < 0.03;
    const done = stage === null && closedAt.getTime() < now.getTime() && !rejected;
    const status: EventRow['status'] = waiting
      ? 'reported'
      : rejected
        ? 'rejected'
        : done
          ? 'closed'
          : stage === 'handled' || (stage === null && handledAt.getTime() < now.getTime())
            ? 'handled'
            : stage === 'in_progress' || (stage === null && dispatchedAt.getTime() < now.getTime() - HOUR)
              ? 'in_progress'
              : 'dispatched';
    const rated = done && random() < 0.75;
    const r = random();
    const rating = rated ? (r < 0.6 ? 5 : r < 0.85 ? 4 : r < 0.93 ? 3 : r < 0.97 ? 2 : 1) : null;
    const reporter = `${pick(SURNAMES)}${pick(['女士', '先生', '阿姨', '伯伯'])}`;
    const [row] = await db
      .insert(event)
      .values({
        communityId: b.communityId,
        categoryCode: c.code,
        description: `${c.name['zh-CN']}：${refs.get(b.id)?.name ?? ''}附近`,
        status,
        level: party.level,
        placeId: b.id,
        placePath: b.path,
        compoundId,
        channel: pick(['resident', 'resident', 'resident', 'patrol', 'console'] as const),
        reporterName: reporter,
        dispatchMode: c.dispatchMode,
        ...(rejected || waiting
          ? {}
          : {
              assigneeKind: party.kind,
              assigneeNodeId: party.nodeId,
              assigneeNodePath: party.nodePath,
              assigneeDepartment: party.department,
              assigneeName: partyName,
              deadline,
              dispatchedAt,
            }),
        acceptedAt: rejected || waiting ? null : dispatchedAt,
        reportedAt,
        handledAt: status === 'handled' || done ? handledAt : null,
        closedAt: done ? closedAt : null,
        reworkCount: done ? rework : 0,
        rating,
        updatedAt: done ? closedAt : reportedAt,
      })
      .returning();
    const e = row!;
    const steps: [string, EventRow['status'] | null, EventRow['status'], Date, string | null][] = [
      ['report', null, 'reported', reportedAt, null],
    ];
    if (rejected) steps.push(['reject', 'reported', 'rejected', dispatchedAt, 'duplicate']);
    else if (!waiting) {
      steps.push(['dispatch', 'reported', 'dispatched', dispatchedAt, null]);
      if (status !== 'dispatched')
        steps.push(['start', 'dispatched', 'in_progress', new Date(dispatchedAt.getTime() + HOUR), null]);
      if (status === 'handled' || done) steps.push(['handle', 'in_progress', 'handled', handledAt, '已处理']);
      if (done && rework)
        steps.push(
          ['rework', 'handled', 'in_progress', closedAt, '未彻底解决'],
          ['handle', 'in_progress', 'handled', closedAt, '已返工处理'],
        );
      if (done) steps.push(['verify', 'handled', 'closed', closedAt, '现场核查通过']);
      if (rating !== null)
        steps.push(['rate', 'closed', 'closed', new Date(closedAt.getTime() + 3 * HOUR), null]);
    }
    await db.insert(eventLog).values(
      steps.map(([action, fromStatus, toStatus, at, note]) => ({
        communityId: e.communityId,
        eventId: e.id,
        action,
        fromStatus,
        toStatus,
        actorName:
          action === 'report' || action === 'rate'
            ? reporter
            : action === 'verify' || action === 'rework'
              ? '网格员'
              : partyName,
        note,
        data: action === 'rate' ? { score: rating } : {},
        at,
      })),
    );
    await applyRollup(db, null, e, timeZone);
  }

  let count = 0;
  for (let daysAgo = 365; daysAgo >= 1; daysAgo--) {
    const perDay = 1 + Math.floor(random() * 3);
    for (let i = 0; i < perDay; i++) {
      const b = pick(buildings);
      const c = pick(weighted);
      await seedOne(b, c, daysAgo, random);
      count++;
    }
  }
  // A hotspot for the early warnings (issue 7): rubbish piling up again and again by one building of 景华社区 in
  // the last weeks. Its own generator, so the year above stays exactly as it was.
  const hot = buildings[0];
  const garbage = DEFAULT_CATEGORIES.find((x) => x.code === 'sanitation.garbage');
  if (hot && garbage) {
    const cluster = rng(7);
    for (const daysAgo of HOTSPOT_DAYS_AGO) {
      await seedOne(hot, garbage, daysAgo, cluster);
      count++;
    }
  }
  return count;
}
