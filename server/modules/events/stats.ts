import { and, eq, sql, type SQL } from 'drizzle-orm';
import { addDays, daysBetween, localDate } from '../../../domain/common/local-date';
import { rates } from '../../../domain/events/metrics';
import { worksEvents } from '../../../domain/events/parties';
import type { Db } from '../../db/client';
import { eventRollup, orgNode } from '../../db/schema';
import { forbidden, invalid, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { findNode } from '../org/repository';
import { eventScope } from './scope';
import { coarseStats, fineStats } from './stats-coarse';

/** The longest period one request may ask for: two years of days. */
const MAX_DAYS = 731;

/**
 * The rollup rows of a node the caller sees: a compound's, a community's, or those of the whole communities in
 * the caller's scope under a street or district. 404 outside the scope; 400 below the compound (the rollup is
 * kept per compound). `communityIds` says which communities the rows come from; `compound` that the rows are
 * part of one (so the coarse per-community rollups do not apply).
 */
export async function rollupRowsOf(
  db: Db,
  caller: Caller,
  nodeId: number,
): Promise<{ where: SQL; communityIds: number[]; compound: boolean }> {
  const scope = await eventScope(db, caller);
  const n = await findNode(db, scope, nodeId);
  if (!n) throw notFound('node');
  if (n.kind === 'building' || n.kind === 'unit')
    throw invalid([{ path: 'querystring.nodeId', message: 'statistics are kept per compound and above' }]);
  if (n.kind === 'compound')
    return {
      where: and(eq(eventRollup.communityId, n.communityId!), eq(eventRollup.compoundId, n.id))!,
      communityIds: [n.communityId!],
      compound: true,
    };
  if (n.kind === 'community')
    return { where: eq(eventRollup.communityId, n.id), communityIds: [n.id], compound: false };
  const under = await db
    .select({ id: orgNode.id })
    .from(orgNode)
    .where(and(eq(orgNode.kind, 'community'), sql`${orgNode.path} like ${`${n.path}%`}`));
  const ids = under.map((r) => r.id).filter((id) => scope.fullCommunityIds.includes(id));
  return {
    where: sql`${eventRollup.communityId} = any(${sql.param(ids)}::bigint[])`,
    communityIds: ids,
    compound: false,
  };
}

/** Event statistics of a node and period, summed from the rollups (RULES.md §7 metrics). */
export function eventStats(db: Db, timeZone: string) {
  return async function stats(
    caller: Caller,
    q: { nodeId: number; from?: string | undefined; to?: string | undefined },
  ) {
    if (!worksEvents(caller.grants)) throw forbidden('statistics of events are for the staff who work them');
    const to = q.to ?? localDate(new Date(), timeZone);
    const from = q.from ?? addDays(to, -29);
    const span = daysBetween(from, to);
    if (span < 0) throw invalid([{ path: 'querystring.from', message: 'after `to`' }]);
    if (span >= MAX_DAYS) throw invalid([{ path: 'querystring.from', message: `at most ${MAX_DAYS} days` }]);
    const rows = await rollupRowsOf(db, caller, q.nodeId);
    const { counters, byCategory, byDay } = rows.compound
      ? await fineStats(db, rows.where, from, to)
      : await coarseStats(db, rows.communityIds, from, to);
    return {
      nodeId: q.nodeId,
      from,
      to,
      ...rates(counters),
      byCategory: byCategory.filter((c) => c.count > 0).sort((a, b) => b.count - a.count),
      byDay,
    };
  };
}
