import { z } from 'zod';
import { can, canAnywhere } from '../../../domain/auth/policy';
import { mergeAreas, type Area } from '../../../domain/org/geo';
import { gridCode, validateGridCode } from '../../../domain/org/tree';
import type { Db, Executor, Tx } from '../../db/client';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode, type NodeRow } from '../org/repository';
import { myGrid } from './my-grid';
import * as repo from './repository';
import type { CreateGridBody, GridListQuery, GridResponse, MergeGridsBody, UpdateGridBody } from './schema';

async function present(
  db: Executor,
  caller: Caller,
  rows: repo.GridRow[],
  communityPaths: Map<number, string>,
): Promise<GridResponse[]> {
  const [compounds, workers] = await Promise.all([repo.compoundsOf(db, rows), repo.workersOf(db, rows)]);
  const names = await repo.accountNames(db, [...new Set(workers.map((w) => w.accountId))]);
  return rows.map((g) => {
    const path = communityPaths.get(g.communityId);
    const manage = path !== undefined && can(caller.grants, 'grid.manage', path) && g.status === 'active';
    return {
      ...g,
      polygon: g.polygon as Area,
      compounds: compounds
        .filter((c) => c.gridId === g.id)
        .map(({ compoundId, name, relation }) => ({ compoundId, name, relation })),
      workers: workers
        .filter((w) => w.gridId === g.id)
        .map((w) => ({ accountId: w.accountId, displayName: names.get(w.accountId) ?? '' })),
      actions: manage ? (['update', 'merge'] as const).slice() : [],
    };
  });
}

async function community(
  db: Executor,
  caller: Caller,
  id: number,
  field = 'body.communityId',
): Promise<NodeRow> {
  const node = await findNode(db, caller.scope, id);
  if (!node || !caller.scope.fullCommunityIds.includes(id)) throw notFound('community');
  if (node.kind !== 'community') throw invalid([{ path: field, message: 'not a community' }]);
  return node;
}

async function paths(db: Executor, caller: Caller, rows: repo.GridRow[]) {
  const out = new Map<number, string>();
  for (const id of new Set(rows.map((r) => r.communityId)))
    out.set(id, (await community(db, caller, id)).path);
  return out;
}

async function requireManage(db: Executor, caller: Caller, communityId: number): Promise<NodeRow> {
  const node = await community(db, caller, communityId);
  if (!can(caller.grants, 'grid.manage', node.path))
    throw forbidden('you may not manage the grids of this community');
  return node;
}

async function writable(tx: Tx, caller: Caller, id: number) {
  const g = await repo.findGrid(tx, caller.scope, id, true);
  if (!g) throw notFound('grid');
  const node = await requireManage(tx, caller, g.communityId);
  if (g.status !== 'active') throw new AppError('wrong_state', 'a merged grid cannot change');
  return { g, node };
}

async function pickCode(tx: Tx, node: NodeRow, code: string | undefined): Promise<string> {
  const taken = await repo.gridCodes(tx, node.id);
  if (code === undefined) {
    const used = taken.filter((c) => c.startsWith(node.code)).map((c) => Number(c.slice(node.code.length)));
    const next = Math.max(0, ...used) + 1;
    if (next > 999) throw new AppError('conflict', 'no free grid code left in this community');
    return gridCode(node.code, next);
  }
  if (!validateGridCode(code, node.code).ok)
    throw invalid([{ path: 'body.code', message: `must be ${node.code} followed by 3 digits` }]);
  return code;
}

async function audit(
  tx: Tx,
  caller: Caller,
  action: string,
  g: repo.GridRow,
  before: unknown,
  after: unknown,
) {
  await appendAudit(tx, {
    communityId: g.communityId,
    actor: actorOf(caller),
    action,
    entityType: 'grid',
    entityId: g.id,
    before,
    after,
  });
}

const cursorShape = z.object({ id: z.number() });

export function gridsService(db: Db) {
  const one = async (ex: Executor, caller: Caller, g: repo.GridRow) =>
    (await present(ex, caller, [g], await paths(ex, caller, [g])))[0] as GridResponse;

  return {
    mine: (caller: Caller) => myGrid(db, caller),

    async list(caller: Caller, q: GridListQuery) {
      if (!canAnywhere(caller.grants, 'org.read')) throw forbidden('grids are for staff');
      if (q.communityId !== undefined) await community(db, caller, q.communityId, 'querystring.communityId');
      const rows = await repo.listGrids(db, caller.scope, {
        ...q,
        afterId: decodeCursor(q.cursor, cursorShape)?.id,
      });
      const shown = await present(db, caller, rows.slice(0, q.limit), await paths(db, caller, rows));
      return page(
        rows,
        q.limit,
        (r) => shown.find((s) => s.id === r.id) as GridResponse,
        (r) => ({ id: r.id }),
      );
    },

    async get(caller: Caller, id: number) {
      const g = await repo.findGrid(db, caller.scope, id);
      if (!g) throw notFound('grid');
      if (!canAnywhere(caller.grants, 'org.read')) throw forbidden('grids are for staff');
      return one(db, caller, g);
    },

    async create(caller: Caller, body: CreateGridBody) {
      return db.transaction(async (tx) => {
        const node = await requireManage(tx, caller, body.communityId);
        const code = await pickCode(tx, node, body.code);
        const g = await repo.insertGrid(tx, {
          ...body,
          code,
          supervisionPhone: body.supervisionPhone ?? null,
          contactPhone: body.contactPhone ?? null,
        });
        await audit(tx, caller, 'grid.create', g, null, g);
        return one(tx, caller, g);
      });
    },

    async update(caller: Caller, id: number, body: UpdateGridBody) {
      return db.transaction(async (tx) => {
        const { g } = await writable(tx, caller, id);
        const after = await repo.updateGrid(tx, g, body);
        await audit(tx, caller, 'grid.update', g, g, after);
        return one(tx, caller, after);
      });
    },

    async setCompounds(
      caller: Caller,
      id: number,
      items: { compoundId: number; relation: 'equal' | 'compound_larger' | 'compound_smaller' }[],
    ) {
      return db.transaction(async (tx) => {
        const { g } = await writable(tx, caller, id);
        const ids = items.map((i) => i.compoundId);
        const found = new Set(await repo.compoundIdsIn(tx, g.communityId, ids));
        const missing = items.flatMap((i, n) =>
          found.has(i.compoundId)
            ? []
            : [{ path: `body.compounds.${n}.compoundId`, message: 'not a compound of this community' }],
        );
        if (missing.length) throw invalid(missing);
        if (new Set(ids).size !== ids.length)
          throw invalid([{ path: 'body.compounds', message: 'a compound is listed twice' }]);
        const before = await repo.compoundsOf(tx, [g]);
        await repo.replaceCompounds(tx, g, items);
        await audit(tx, caller, 'grid.compounds', g, before, items);
        return one(tx, caller, g);
      });
    },

    async setWorkers(caller: Caller, id: number, accountIds: number[]) {
      return db.transaction(async (tx) => {
        const { g } = await writable(tx, caller, id);
        const unique = [...new Set(accountIds)];
        const ok = new Set(await repo.gridWorkerAccountsIn(tx, g.communityId, unique));
        const bad = unique.filter((a) => !ok.has(a));
        if (bad.length)
          throw invalid([
            { path: 'body.accountIds', message: `not grid workers of this community: ${bad.join(', ')}` },
          ]);
        const before = await repo.workersOf(tx, [g]);
        await repo.replaceWorkers(tx, g, unique);
        await audit(tx, caller, 'grid.workers', g, before, unique);
        return one(tx, caller, g);
      });
    },

    /** Seed 004's 15 basic grids → 2 comprehensive ones: members pass their area, compounds and workers on. */
    async merge(caller: Caller, body: MergeGridsBody) {
      return db.transaction(async (tx) => {
        const ids = [...new Set(body.gridIds)];
        const first = await repo.findGrid(tx, caller.scope, ids[0] as number);
        if (!first) throw notFound('grid');
        const members = await repo.lockGrids(tx, first.communityId, ids);
        if (members.length !== ids.length)
          throw invalid([{ path: 'body.gridIds', message: 'all grids must exist and lie in one community' }]);
        if (members.some((m) => m.status !== 'active'))
          throw new AppError('wrong_state', 'a grid that is already merged cannot merge again');
        const node = await requireManage(tx, caller, first.communityId);
        const [compounds, workers] = await Promise.all([
          repo.compoundsOf(tx, members),
          repo.workersOf(tx, members),
        ]);
        const merged = await repo.insertGrid(tx, {
          communityId: first.communityId,
          kind: body.kind,
          code: await pickCode(tx, node, body.code),
          name: body.name,
          polygon: mergeAreas(members.map((m) => m.polygon as Area)),
          supervisionPhone: members.find((m) => m.supervisionPhone)?.supervisionPhone ?? null,
          contactPhone: members.find((m) => m.contactPhone)?.contactPhone ?? null,
        });
        await repo.replaceCompounds(tx, merged, [
          ...new Map(
            compounds.map((c) => [c.compoundId, { compoundId: c.compoundId, relation: c.relation }]),
          ).values(),
        ]);
        await repo.replaceWorkers(tx, merged, [...new Set(workers.map((w) => w.accountId))]);
        for (const m of members) {
          const after = await repo.updateGrid(tx, m, { status: 'merged', mergedIntoId: merged.id });
          await audit(tx, caller, 'grid.merge_into', m, m, after);
        }
        await audit(tx, caller, 'grid.merge', merged, null, { ...merged, members: ids });
        return one(tx, caller, merged);
      });
    },
  };
}
