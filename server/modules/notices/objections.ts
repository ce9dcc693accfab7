import { mayResolve, objectionsOpen } from '../../../domain/notices/period';
import type { Db } from '../../db/client';
import { AppError, forbidden, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { isAudience, mayManageNotice, visibleNotice } from './access';
import * as repo from './repository';

type ObjectionOut = ReturnType<typeof objectionOut>;
const objectionOut = (o: repo.ObjectionRow, caller: Caller) => ({
  id: o.id,
  noticeId: o.noticeId,
  authorName: o.authorName,
  text: o.text,
  status: o.status,
  reply: o.reply,
  resolvedByName: o.resolvedByName,
  resolvedAt: o.resolvedAt,
  createdAt: o.createdAt,
  mine: o.accountId === caller.accountId,
});

/** Written objections to a notice (RULES.md §2): residents under its audience file them while it runs; staff resolve. */
export function noticeObjections(db: Db) {
  return {
    /** Staff who manage the notice see every objection; a resident sees their own. */
    async list(caller: Caller, noticeId: number): Promise<{ items: ObjectionOut[] }> {
      const n = await visibleNotice(db, caller, noticeId);
      const rows = await repo.objectionsOf(db, n, mayManageNotice(caller, n) ? undefined : caller.accountId);
      return { items: rows.map((o) => objectionOut(o, caller)) };
    },

    async file(caller: Caller, noticeId: number, text: string): Promise<ObjectionOut> {
      return db.transaction(async (tx) => {
        const n = await visibleNotice(tx, caller, noticeId, true);
        if (!isAudience(caller, n))
          throw forbidden('objections come from the residents the notice is posted to');
        if (!objectionsOpen(n, new Date()))
          throw new AppError('wrong_state', 'objections are taken only while the notice runs');
        const o = await repo.insertObjection(tx, {
          communityId: n.communityId,
          noticeId: n.id,
          accountId: caller.accountId,
          authorName: caller.displayName,
          text,
        });
        await appendAudit(tx, {
          communityId: n.communityId,
          actor: actorOf(caller),
          action: 'notice.object',
          entityType: 'notice',
          entityId: n.id,
          after: { objectionId: o.id, text },
        });
        return objectionOut(o, caller);
      });
    },

    async resolve(
      caller: Caller,
      noticeId: number,
      objectionId: number,
      body: { resolution: 'accepted' | 'dismissed'; reply: string },
    ): Promise<ObjectionOut> {
      return db.transaction(async (tx) => {
        const n = await visibleNotice(tx, caller, noticeId);
        if (!mayManageNotice(caller, n)) throw forbidden();
        const before = await repo.findObjection(tx, n, objectionId);
        if (!before) throw notFound('objection');
        if (!mayResolve(before.status))
          throw new AppError('wrong_state', 'this objection is already resolved');
        const after = await repo.updateObjection(tx, before, {
          status: body.resolution,
          reply: body.reply,
          resolvedByAccountId: caller.accountId,
          resolvedByName: caller.displayName,
          resolvedAt: new Date(),
        });
        await appendAudit(tx, {
          communityId: n.communityId,
          actor: actorOf(caller),
          action: 'notice.resolve_objection',
          entityType: 'notice',
          entityId: n.id,
          before: { objectionId: before.id, status: before.status },
          after: { objectionId: after.id, status: after.status, reply: after.reply },
        });
        return objectionOut(after, caller);
      });
    },
  };
}
