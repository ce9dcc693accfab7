import { canAnywhere, can } from '../../../domain/auth/policy';
import { ATTRIBUTE_SCHEMAS } from '../../../domain/org/attributes';
import { childKind, deriveChildCode, validateCode } from '../../../domain/org/tree';
import type { Db, Executor } from '../../db/client';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import { actorOf, type Actor } from '../auth/actor';
import { forgetCommunities, type Caller } from '../auth/caller';
import { appendAudit, GLOBAL_CHAIN } from '../audit/repository';
import { canManageKind } from './policy';
import { presentDetail, presentNode, presentNodes } from './presenter';
import * as repo from './repository';
import type { CreateNodeBody, ListNodesQuery, UpdateNodeBody } from './schema';
import { z } from 'zod';

const cursorShape = z.object({ code: z.string(), id: z.number() });

/** Reading the org tree is a staff matter; residents see their own places through their own pages. */
function requireRead(caller: Caller): void {
  if (!canAnywhere(caller.grants, 'org.read')) throw forbidden('the org tree is for staff');
}

async function visibleNode(db: Executor, caller: Caller, id: number, lock = false): Promise<repo.NodeRow> {
  const node = await repo.findNode(db, caller.scope, id, lock);
  if (!node) throw notFound('org node');
  if (!can(caller.grants, 'org.read', node.path)) throw forbidden('the org tree is for staff');
  return node;
}

const chainOf = (n: repo.NodeRow) =>
  n.kind === 'community' || n.communityId === null ? GLOBAL_CHAIN : n.communityId;

function checkAttributes(kind: repo.OrgKind, attributes: Record<string, unknown>): Record<string, unknown> {
  const parsed = ATTRIBUTE_SCHEMAS[kind].safeParse(attributes);
  if (parsed.success) return parsed.data;
  throw invalid(
    parsed.error.issues.map((i) => ({
      path: ['body', 'attributes', ...i.path].join('.'),
      message: i.message,
    })),
  );
}

function checkCode(kind: repo.OrgKind, code: string, parentCode: string | null): void {
  const check = validateCode(kind, code, parentCode);
  if (!check.ok) {
    const message =
      check.reason === 'format'
        ? `not a valid ${kind} code`
        : `must start with the parent's code ${parentCode ?? ''}`;
    throw invalid([{ path: 'body.code', message }]);
  }
}

/** Districts are the roots of the tree: created from the command line by whoever installs Linli. */
export async function createDistrict(
  db: Db,
  actor: Actor,
  name: string,
  code: string,
): Promise<repo.NodeRow> {
  checkCode('district', code, null);
  return db.transaction(async (tx) => {
    const row = await repo.insertDistrict(tx, { id: await repo.nextNodeId(tx), code, name });
    await appendAudit(tx, {
      communityId: GLOBAL_CHAIN,
      actor,
      action: 'org.node.create',
      entityType: 'org_node',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export function orgService(db: Db) {
  return {
    async getNode(caller: Caller, id: number) {
      const node = await repo.findNodeDetail(db, caller.scope, id);
      if (!node) throw notFound('org node');
      if (!can(caller.grants, 'org.read', node.path)) throw forbidden('the org tree is for staff');
      return presentDetail(caller, node);
    },

    async listNodes(caller: Caller, q: ListNodesQuery) {
      requireRead(caller);
      const after = decodeCursor(q.cursor, cursorShape);
      const paging = { kind: q.kind, after, limit: q.limit };
      let rows: repo.NodeRow[];
      if (q.parentId !== undefined) {
        rows = await repo.listChildren(db, await visibleNode(db, caller, q.parentId), paging);
      } else if (q.q !== undefined) {
        rows = await repo.searchNodes(db, caller.scope, q.q, paging);
      } else {
        rows = await topNodes(db, caller, paging);
      }
      const shown = await presentNodes(db, caller, rows.slice(0, q.limit));
      return page(
        rows,
        q.limit,
        (r) => shown.find((s) => s.id === r.id) as (typeof shown)[number],
        (r) => ({
          code: r.code,
          id: r.id,
        }),
      );
    },

    async createNode(caller: Caller, body: CreateNodeBody) {
      requireRead(caller);
      return db.transaction(async (tx) => {
        // Locked so that two creations under one parent cannot derive the same code.
        const parent = await visibleNode(tx, caller, body.parentId, true);
        if (childKind(parent.kind) !== body.kind) {
          throw invalid([
            {
              path: 'body.kind',
              message: `a ${parent.kind} can only contain ${childKind(parent.kind) ?? 'nothing'}`,
            },
          ]);
        }
        if (!canManageKind(caller.grants, body.kind, parent.path))
          throw forbidden(`you may not create a ${body.kind} here`);
        const attributes = checkAttributes(body.kind, body.attributes ?? {});
        let code = body.code;
        if (code === undefined) {
          try {
            code = deriveChildCode(parent.code, body.kind, await repo.childCodes(tx, parent));
          } catch {
            throw new AppError('conflict', 'no free code left under this parent');
          }
        } else {
          checkCode(body.kind, code, parent.code);
        }
        const id = await repo.nextNodeId(tx);
        const row = await repo.insertNode(tx, {
          id,
          kind: body.kind,
          parent,
          code,
          name: body.name,
          attributes,
        });
        if (row.kind === 'community') forgetCommunities();
        await appendAudit(tx, {
          communityId: chainOf(row),
          actor: actorOf(caller),
          action: 'org.node.create',
          entityType: 'org_node',
          entityId: row.id,
          after: row,
        });
        return presentNode(tx, caller, row);
      });
    },

    async updateNode(caller: Caller, id: number, body: UpdateNodeBody) {
      return db.transaction(async (tx) => {
        const before = await visibleNode(tx, caller, id, true);
        if (!canManageKind(caller.grants, before.kind, before.path))
          throw forbidden(`you may not change this ${before.kind}`);
        const attributes = body.attributes && checkAttributes(before.kind, body.attributes);
        if (body.code !== undefined && body.code !== before.code) {
          const parent =
            before.parentId === null ? null : await repo.findNode(tx, caller.scope, before.parentId);
          checkCode(before.kind, body.code, parent?.code ?? null);
          if ((await repo.childCodes(tx, before)).length) {
            throw new AppError(
              'wrong_state',
              'the code of a node with children cannot change: their codes derive from it',
            );
          }
        }
        const after = await repo.updateNode(tx, before, { name: body.name, code: body.code, attributes });
        await appendAudit(tx, {
          communityId: chainOf(after),
          actor: actorOf(caller),
          action: 'org.node.update',
          entityType: 'org_node',
          entityId: after.id,
          before,
          after,
        });
        return presentNode(tx, caller, after);
      });
    },
  };
}

/** The nodes the caller's roles are granted at, leaving out those inside another granted node. */
async function topNodes(db: Executor, caller: Caller, paging: repo.ChildPage): Promise<repo.NodeRow[]> {
  const tops = caller.grants.filter(
    (g) => !caller.grants.some((o) => o !== g && g.path.startsWith(o.path) && o.path !== g.path),
  );
  const unique = [...new Map(tops.map((g) => [g.nodeId, g])).values()];
  const rows = (await Promise.all(unique.map((g) => repo.findNode(db, caller.scope, g.nodeId)))).filter(
    (n): n is repo.NodeRow => n !== null,
  );
  const a = paging.after;
  return rows
    .filter((r) => !a || r.code > a.code || (r.code === a.code && r.id > a.id))
    .sort((x, y) => (x.code === y.code ? x.id - y.id : x.code < y.code ? -1 : 1))
    .slice(0, paging.limit + 1);
}
