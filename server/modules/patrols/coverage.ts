import ExcelJS from 'exceljs';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { daysBetween, endOfLocalDay, startOfLocalDay } from '../../../domain/common/local-date';
import { coverage, rate, sumRows, type CoverageRow } from '../../../domain/patrols/coverage';
import type { Db } from '../../db/client';
import { buildingLeader } from '../../db/schema';
import { forbidden, invalid, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import { accountNames } from '../grids/repository';
import { findNode } from '../org/repository';
import { can } from '../../../domain/auth/policy';
import * as repo from './repository';
import type { CoverageQuery, CoverageResponse } from './schema';

export const MAX_COVERAGE_DAYS = 366;

/** Rounds done against planned in one community, per grid, building and walker (domain/patrols/coverage.ts). */
export async function coverageReport(
  db: Db,
  caller: Caller,
  q: CoverageQuery,
  timeZone: string,
): Promise<CoverageResponse> {
  const community = await findNode(db, caller.scope, q.communityId);
  if (!community || community.kind !== 'community') throw notFound('community');
  if (!can(caller.grants, 'patrol.manage', community.path))
    throw forbidden('coverage is read by those who set the plans');
  const days = daysBetween(q.from, q.to);
  if (days < 0) throw invalid([{ path: 'querystring.to', message: 'before from' }]);
  if (days >= MAX_COVERAGE_DAYS)
    throw invalid([{ path: 'querystring.to', message: `at most ${MAX_COVERAGE_DAYS} days` }]);
  const input = await repo.coverageInput(
    db,
    q.communityId,
    startOfLocalDay(q.from, timeZone),
    endOfLocalDay(q.to, timeZone),
  );
  const buildingIds = input.plans.flatMap((p) => (p.buildingId === null ? [] : [p.buildingId]));
  const leaders = buildingIds.length
    ? await db
        .select({ buildingId: buildingLeader.buildingId, accountId: buildingLeader.accountId })
        .from(buildingLeader)
        .where(
          and(
            eq(buildingLeader.communityId, q.communityId),
            inArray(buildingLeader.buildingId, buildingIds),
            isNull(buildingLeader.endedOn),
            sql`${buildingLeader.accountId} is not null`,
          ),
        )
    : [];
  const membersOf = new Map<number, number[]>();
  for (const m of input.members)
    membersOf.set(m.patrolId, [...(membersOf.get(m.patrolId) ?? []), m.accountId!]);
  const c = coverage(
    input.plans.map((p) => ({
      id: p.id,
      windows: p.windows,
      activeFrom: p.activeFrom,
      activeTo: p.activeTo,
      workerIds:
        p.scope === 'grid'
          ? input.workers.filter((w) => w.gridId === p.gridId).map((w) => w.accountId)
          : leaders.filter((l) => l.buildingId === p.buildingId).map((l) => l.accountId!),
    })),
    input.patrols.map((t) => ({
      planId: t.planId,
      startedAt: t.startedAt,
      finished: t.status === 'finished',
      accountIds: [t.leaderAccountId, ...(membersOf.get(t.id) ?? [])],
      failedItems: t.failedItems,
      eventsFiled: t.eventsFiled,
    })),
    { from: q.from, to: q.to, timeZone, period: q.period },
  );
  const nameOf = await repo.targetNames(db, input.plans);
  const grouped = (scope: 'grid' | 'building') => {
    const by = new Map<number, { name: string; rows: CoverageRow[][] }>();
    for (const p of input.plans.filter((x) => x.scope === scope)) {
      const key = (scope === 'grid' ? p.gridId : p.buildingId)!;
      const g = by.get(key) ?? { name: nameOf(p), rows: [] };
      g.rows.push(c.byPlan.get(p.id) ?? []);
      by.set(key, g);
    }
    return [...by].map(([id, g]) => ({ id, name: g.name, rows: sumRows(g.rows) }));
  };
  const names = await accountNames(db, [...c.byWorker.keys()]);
  return {
    from: q.from,
    to: q.to,
    period: q.period,
    grids: grouped('grid').map((g) => ({ gridId: g.id, name: g.name, rows: g.rows })),
    buildings: grouped('building').map((g) => ({ buildingId: g.id, name: g.name, rows: g.rows })),
    workers: [...c.byWorker]
      .map(([accountId, rows]) => ({ accountId, name: names.get(accountId) ?? '', rows }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  };
}

const HEADER = ['对象', '期间', '应巡', '已巡', '完成率', '计划外', '不合格项', '上报事件'];

/** The coverage as a ledger (台账): one sheet per grouping. */
export async function coverageSheet(r: CoverageResponse) {
  const wb = new ExcelJS.Workbook();
  const sheet = (title: string, groups: { name: string; rows: CoverageRow[] }[]) => {
    const ws = wb.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [{ width: 24 }, { width: 12 }, ...HEADER.slice(2).map(() => ({ width: 10 }))];
    ws.addRow(HEADER).font = { bold: true };
    for (const g of groups)
      for (const row of g.rows) {
        const share = rate(row);
        ws.addRow([
          g.name,
          row.period,
          row.planned,
          row.done,
          share === null ? '' : Math.round(share * 1000) / 10,
          row.extra,
          row.failedItems,
          row.eventsFiled,
        ]);
      }
  };
  sheet('网格', r.grids);
  sheet('楼栋', r.buildings);
  sheet('巡查人员', r.workers);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
