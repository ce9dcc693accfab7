import { or, eq } from 'drizzle-orm';
import { z } from 'zod';
import { maskMiddle } from '../../../domain/common/mask';
import { topicMachine, type TopicAction, type TopicRelation } from '../../../domain/deliberation/topics';
import type { Db, Executor, Tx } from '../../db/client';
import { topic } from '../../db/schema';
import { AppError, invalid, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { audit, presentedPage } from '../governance/support';
import { findNode } from '../org/repository';
import {
  accessOf,
  isHomeOf,
  listedUnder,
  manages,
  placeNamer,
  reads,
  type Access,
  type Placed,
} from './access';
import type { RaiseTopicBody, TopicDetail, TopicListQuery, TopicSummary } from './schema';
import * as repo from './topic-repository';

const byId = z.object({ id: z.number() });

export function topicRelations(a: Access, t: repo.TopicRow): Set<TopicRelation> {
  const r = new Set<TopicRelation>();
  if (manages(a, t)) r.add('manager');
  if (reads(a, t)) r.add('viewer');
  if (isHomeOf(a, t)) r.add('resident');
  if (t.raisedByAccountId === a.caller.accountId) r.add('raiser');
  return r;
}

/** Residents see other residents by surname only (苏**); staff over the place see the names residents gave. */
const nameFor = (
  a: Access,
  at: Placed,
  who: { name: string; kind: 'resident' | 'staff'; accountId: number },
) =>
  who.kind === 'staff' || who.accountId === a.caller.accountId || reads(a, at)
    ? who.name
    : maskMiddle(who.name, 1, 0);

export async function topicSummaries(
  db: Executor,
  a: Access,
  rows: repo.TopicRow[],
): Promise<TopicSummary[]> {
  const name = await placeNamer(db, rows);
  return rows.map((t) => ({
    id: t.id,
    communityId: t.communityId,
    compoundId: t.compoundId,
    placeName: name(t),
    title: t.title,
    status: t.status,
    source: t.source,
    raisedByName: nameFor(a, t, { name: t.raisedByName, kind: t.source, accountId: t.raisedByAccountId }),
    supportCount: t.supportCount,
    commentCount: t.commentCount,
    createdAt: t.createdAt,
  }));
}

/** The topic a caller may see (else 404): staff in scope, residents of its compound, and whoever raised it. */
export const visibleTopic = (a: Access) =>
  or(repo.visibleTopics(a), eq(topic.raisedByAccountId, a.caller.accountId))!;

/** Checks `action` against the machine on a row the transaction has locked; throws the refusal. */
export function checkTopic(a: Access, t: repo.TopicRow, action: TopicAction, supported = false) {
  const refusal = topicMachine.refuse(action, { status: t.status, supported }, topicRelations(a, t));
  if (refusal) throw new AppError(refusal.code, refusal.message);
}

/** Topics: raising, the thread, supports, and the actions outside meetings (drop, withdraw). */
export function topicsService(db: Db) {
  /** Where a topic goes: a home compound of a resident, or a community or compound staff can read. */
  async function placeFor(a: Access, nodeId: number): Promise<Placed & { source: 'resident' | 'staff' }> {
    const node = await findNode(db, a.read, nodeId);
    if (node) {
      if (node.communityId === null || (node.kind !== 'community' && node.kind !== 'compound'))
        throw invalid([{ path: 'body.nodeId', message: 'a topic is about a community or a compound' }]);
      return {
        communityId: node.communityId,
        compoundId: node.kind === 'compound' ? node.id : null,
        placePath: node.path,
        source: 'staff',
      };
    }
    const home = a.homes.find((h) => h.compoundId === nodeId);
    if (!home) throw notFound('place');
    return {
      communityId: home.communityId,
      compoundId: home.compoundId,
      placePath: home.compoundPath,
      source: 'resident',
    };
  }

  async function detail(ex: Executor, a: Access, t: repo.TopicRow): Promise<TopicDetail> {
    const [[summary], supported, meeting, resolution] = await Promise.all([
      topicSummaries(ex, a, [t]),
      repo.supportedBy(ex, t, a.caller.accountId),
      repo.currentMeeting(ex, t),
      repo.resolutionOfTopic(ex, t),
    ]);
    return {
      ...summary!,
      body: t.body,
      supportedByMe: supported,
      meeting,
      resolution,
      actions: topicMachine.allowed({ status: t.status, supported }, topicRelations(a, t)),
    };
  }

  async function locked(tx: Tx, a: Access, id: number) {
    const t = await repo.findTopic(tx, visibleTopic(a), id, true);
    if (!t) throw notFound('topic');
    return t;
  }

  return {
    async list(caller: Caller, q: TopicListQuery) {
      const a = await accessOf(db, caller);
      const under = q.nodeId === undefined ? undefined : await listedUnder(db, a, q.nodeId);
      const rows = await repo.listTopics(db, {
        visible: repo.visibleTopics(a),
        under,
        status: q.status,
        beforeId: decodeCursor(q.cursor, byId)?.id,
        limit: q.limit,
      });
      return presentedPage(rows, q.limit, (shown) => topicSummaries(db, a, shown));
    },

    async raise(caller: Caller, body: RaiseTopicBody) {
      const a = await accessOf(db, caller);
      const where = await placeFor(a, body.nodeId);
      return db.transaction(async (tx) => {
        const t = await repo.insertTopic(tx, {
          ...where,
          title: body.title,
          body: body.body,
          status: 'open',
          raisedByAccountId: caller.accountId,
          raisedByName: caller.displayName,
        });
        await audit(tx, caller, {
          communityId: t.communityId,
          action: 'topic.raise',
          entityType: 'topic',
          entityId: t.id,
          after: { title: t.title, placePath: t.placePath, source: t.source },
        });
        return detail(tx, a, t);
      });
    },

    async get(caller: Caller, id: number) {
      const a = await accessOf(db, caller);
      const t = await repo.findTopic(db, visibleTopic(a), id);
      if (!t) throw notFound('topic');
      return detail(db, a, t);
    },

    async comments(caller: Caller, id: number, cursor: string | undefined, limit: number) {
      const a = await accessOf(db, caller);
      const t = await repo.findTopic(db, visibleTopic(a), id);
      if (!t) throw notFound('topic');
      const rows = await repo.listComments(db, t, decodeCursor(cursor, byId)?.id, limit);
      return page(
        rows,
        limit,
        (c) => ({
          id: c.id,
          authorName: nameFor(a, t, { name: c.authorName, kind: c.authorKind, accountId: c.accountId }),
          authorKind: c.authorKind,
          body: c.body,
          createdAt: c.createdAt,
        }),
        (c) => ({ id: c.id }),
      );
    },

    async comment(caller: Caller, id: number, body: string) {
      const a = await accessOf(db, caller);
      return db.transaction(async (tx) => {
        const t = await locked(tx, a, id);
        checkTopic(a, t, 'comment');
        const rel = topicRelations(a, t);
        const c = await repo.insertComment(tx, {
          communityId: t.communityId,
          topicId: t.id,
          accountId: caller.accountId,
          authorName: caller.displayName,
          authorKind: rel.has('viewer') || rel.has('manager') ? 'staff' : 'resident',
          body,
        });
        await audit(tx, caller, {
          communityId: t.communityId,
          action: 'topic.comment',
          entityType: 'topic',
          entityId: t.id,
          after: { commentId: c.id },
        });
        return {
          id: c.id,
          authorName: c.authorName,
          authorKind: c.authorKind,
          body: c.body,
          createdAt: c.createdAt,
        };
      });
    },

    /** support, drop (conveners) and withdraw (the raiser, before it is on an agenda). */
    async act(caller: Caller, id: number, action: 'support' | 'drop' | 'withdraw', reason?: string) {
      const a = await accessOf(db, caller);
      return db.transaction(async (tx) => {
        const before = await locked(tx, a, id);
        checkTopic(a, before, action, await repo.supportedBy(tx, before, caller.accountId));
        const after =
          action === 'support'
            ? await repo.insertSupport(tx, before, caller.accountId)
            : await repo.setTopicStatus(tx, before, topicMachine.stateAfter(action, before.status));
        await audit(tx, caller, {
          communityId: after.communityId,
          action: `topic.${action}`,
          entityType: 'topic',
          entityId: after.id,
          before: { status: before.status, supportCount: before.supportCount },
          after: { status: after.status, supportCount: after.supportCount, ...(reason ? { reason } : {}) },
        });
        return detail(tx, a, after);
      });
    },
  };
}
