import { z } from 'zod';
import { checkPassword } from '../../../domain/accounts/password-policy';
import { can, canAnywhere } from '../../../domain/auth/policy';
import { ROLE_NODE_KINDS } from '../../../domain/auth/roles';
import type { Db, Executor, Tx } from '../../db/client';
import { forbidden, invalid, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import { actorOf } from '../auth/actor';
import { describeGrants, toGrants, type Caller } from '../auth/caller';
import { hashPassword } from '../auth/passwords';
import { appendAudit, GLOBAL_CHAIN } from '../audit/repository';
import { findNode } from '../org/repository';
import * as repo from './repository';
import type { CreateAccountBody, GrantBody } from './schema';

const PASSWORD_MESSAGES = {
  too_short: 'at least 10 characters',
  same_as_username: 'must not contain the username',
  common: 'too common; choose another',
} as const;

function requireManage(caller: Caller): void {
  if (!canAnywhere(caller.grants, 'account.manage'))
    throw forbidden('accounts are managed by administrators');
}

export function passwordProblems(password: string, username: string) {
  return checkPassword(password, username).map((v) => ({
    path: 'body.password',
    message: PASSWORD_MESSAGES[v],
  }));
}

/** Resolves a grant's node in the caller's scope and checks the role fits the node's level. */
async function resolveGrant(db: Executor, caller: Caller, g: GrantBody, index: number) {
  const node = await findNode(db, caller.scope, g.nodeId);
  if (!node || !can(caller.grants, 'account.manage', node.path)) throw notFound(`org node ${g.nodeId}`);
  if (!ROLE_NODE_KINDS[g.role].includes(node.kind)) {
    throw invalid([
      {
        path: `body.roles.${index}.role`,
        message: `${g.role} is granted at ${ROLE_NODE_KINDS[g.role].join(' / ')}, not at a ${node.kind}`,
      },
    ]);
  }
  return {
    role: g.role,
    nodeId: node.id,
    nodeKind: node.kind,
    nodePath: node.path,
    communityId: node.kind === 'community' ? null : node.communityId,
  };
}

const cursorShape = z.object({ id: z.number() });

/** `rightsChanged`: an account's grants changed; its cached sessions must be read afresh (auth service). */
export function accountsService(db: Db, rightsChanged: (accountId: number) => void = () => {}) {
  async function present(ex: Executor, rows: repo.AccountRowLike[]) {
    const grants = await repo.grantsOf(
      ex,
      rows.map((r) => r.id),
    );
    const now = new Date();
    return Promise.all(
      rows.map(async (a) => ({
        id: a.id,
        username: a.username,
        displayName: a.displayName,
        createdAt: a.createdAt,
        locked: !!a.lockedUntil && a.lockedUntil > now,
        roles: await describeGrants(
          ex,
          toGrants(
            grants
              .filter((g) => g.accountId === a.id)
              .map((g) => ({
                role: g.role,
                nodeId: g.nodeId,
                nodeKind: g.nodeKind,
                path: g.nodePath,
                communityId: g.communityId,
              })),
          ),
        ),
      })),
    );
  }

  async function manageable(tx: Executor, caller: Caller, id: number) {
    const [row] = (await repo.listAccounts(tx, caller.scope.globalPaths, undefined, id - 1, 1)).filter(
      (a) => a.id === id,
    );
    if (!row) throw notFound('account');
    return row;
  }

  return {
    async list(caller: Caller, q: string | undefined, cursor: string | undefined, limit: number) {
      requireManage(caller);
      const after = decodeCursor(cursor, cursorShape);
      const rows = await repo.listAccounts(db, caller.scope.globalPaths, q, after?.id, limit);
      const shown = await present(db, rows.slice(0, limit));
      return page(
        rows,
        limit,
        (r) => shown.find((s) => s.id === r.id) as (typeof shown)[number],
        (r) => ({ id: r.id }),
      );
    },

    async create(caller: Caller, body: CreateAccountBody) {
      requireManage(caller);
      const problems = passwordProblems(body.password, body.username);
      if (problems.length) throw invalid(problems);
      const passwordHash = await hashPassword(body.password);
      return db.transaction(async (tx) => {
        const grants = await Promise.all(body.roles.map((g, i) => resolveGrant(tx, caller, g, i)));
        const created = await repo.insertAccount(tx, {
          username: body.username,
          displayName: body.displayName,
          passwordHash,
        });
        for (const g of grants) await repo.insertGrant(tx, { accountId: created.id, ...g });
        await appendAudit(tx, {
          communityId: GLOBAL_CHAIN,
          actor: actorOf(caller),
          action: 'account.create',
          entityType: 'account',
          entityId: created.id,
          after: { username: created.username, displayName: created.displayName, roles: body.roles },
        });
        const [shown] = await present(tx, [created]);
        return shown as NonNullable<typeof shown>;
      });
    },

    async grant(caller: Caller, id: number, body: GrantBody) {
      requireManage(caller);
      const shown = await db.transaction(async (tx) => {
        const acc = await manageable(tx, caller, id);
        const g = await resolveGrant(tx, caller, body, 0);
        await repo.insertGrant(tx, { accountId: id, ...g });
        await auditRole(tx, caller, 'account.role.grant', id, body);
        const [row] = await present(tx, [acc]);
        return row as NonNullable<typeof row>;
      });
      rightsChanged(id);
      return shown;
    },

    async revoke(caller: Caller, id: number, body: GrantBody) {
      requireManage(caller);
      await db.transaction(async (tx) => {
        await manageable(tx, caller, id);
        await resolveGrant(tx, caller, body, 0).catch(() => {
          throw notFound('role');
        });
        if (!(await repo.deleteGrant(tx, id, body.role, body.nodeId))) throw notFound('role');
        await auditRole(tx, caller, 'account.role.revoke', id, body);
      });
      rightsChanged(id);
    },

    async unlock(caller: Caller, id: number) {
      requireManage(caller);
      return db.transaction(async (tx) => {
        const acc = await manageable(tx, caller, id);
        await repo.unlock(tx, id);
        await auditRole(tx, caller, 'account.unlock', id, undefined);
        const [shown] = await present(tx, [{ ...acc, lockedUntil: null }]);
        return shown as NonNullable<typeof shown>;
      });
    },
  };
}

async function auditRole(tx: Tx, caller: Caller, action: string, accountId: number, after: unknown) {
  await appendAudit(tx, {
    communityId: GLOBAL_CHAIN,
    actor: actorOf(caller),
    action,
    entityType: 'account',
    entityId: accountId,
    after,
  });
}
