import type { SQL } from 'drizzle-orm';
import { z } from 'zod';
import { worksEvents } from '../../../domain/events/parties';
import type { Db } from '../../db/client';
import { forbidden, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { compoundsOf, findGrid } from '../grids/repository';
import { findNode } from '../org/repository';
import { inboxOf, markRead, unreadCount } from './notify';
import { placeRefs, summarize } from './presenter';
import * as repo from './repository';
import type { ListQuery } from './schema';

const byId = z.object({ id: z.number() });
const byDeadline = z.object({ id: z.number(), deadline: z.string().nullable() });

/** Lists of events (the dispatch board, the handler's inbox, a resident's reports) and the in-app inbox. */
export function eventReads(db: Db, visibleFor: (caller: Caller) => Promise<SQL>) {
  return {
    async list(caller: Caller, q: ListQuery) {
      const staff = worksEvents(caller.grants);
      if (q.nodeId !== undefined || q.assignedToMe) {
        if (!staff) throw forbidden('residents see their own reports');
      }
      let under: repo.ListFilter['under'];
      if (q.nodeId !== undefined) {
        const n = await findNode(db, caller.scope, q.nodeId);
        if (!n) throw notFound('node');
        under = { path: n.path, communityId: n.communityId };
      }
      let compounds: repo.ListFilter['compounds'];
      if (q.gridId !== undefined) {
        if (!staff) throw forbidden('residents see their own reports');
        const g = await findGrid(db, caller.scope, q.gridId);
        if (!g) throw notFound('grid');
        const ids = (await compoundsOf(db, [g])).map((c) => c.compoundId);
        compounds = { communityId: g.communityId, ids };
      }
      const inbox = q.assignedToMe === true;
      const rows = await repo.listEvents(db, {
        // An event assigned to the caller lies under the node their party role is granted at, so the inbox needs
        // no visibility filter of its own (and reads straight down the running-events index).
        visible: inbox ? undefined : await visibleFor(caller),
        status: q.status,
        categoryCode: q.categoryCode,
        under,
        compounds,
        assigned: inbox ? repo.assignedTo(caller.grants, caller.accountId) : undefined,
        reportedBy: q.mine || !staff ? caller.accountId : undefined,
        overdue: q.overdue,
        byDeadline: inbox,
        after: inbox ? decodeCursor(q.cursor, byDeadline) : decodeCursor(q.cursor, byId),
        limit: q.limit,
      });
      const refs = await placeRefs(db, rows.slice(0, q.limit));
      const now = new Date();
      return page(
        rows,
        q.limit,
        (e) => summarize(e, refs, now),
        (e) => (inbox ? { id: e.id, deadline: e.deadline?.toISOString() ?? null } : { id: e.id }),
      );
    },

    async inbox(caller: Caller, unread: boolean, cursor: string | undefined, limit: number) {
      const rows = await inboxOf(db, caller.accountId, decodeCursor(cursor, byId)?.id, limit, unread);
      return {
        ...page(
          rows,
          limit,
          (r) => ({
            id: r.id,
            eventId: r.eventId,
            kind: r.kind,
            text: r.text,
            read: r.readAt !== null,
            createdAt: r.createdAt,
          }),
          (r) => ({ id: r.id }),
        ),
        unread: await unreadCount(db, caller.accountId),
      };
    },

    async markRead(caller: Caller, ids: number[] | undefined) {
      await markRead(db, caller.accountId, ids ?? 'all');
      return { unread: await unreadCount(db, caller.accountId) };
    },
  };
}
