import { and, eq, or } from 'drizzle-orm';
import { can } from '../../../domain/auth/policy';
import { localDate } from '../../../domain/common/local-date';
import { taskMachine, type TaskAction, type TaskRelation } from '../../../domain/deliberation/follow-ups';
import { topicMachine } from '../../../domain/deliberation/topics';
import type { Db, Tx } from '../../db/client';
import { followUp } from '../../db/schema';
import { AppError, invalid, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import type { EventsService } from '../events/service';
import type { EventRow } from '../events/repository';
import { findNode } from '../org/repository';
import { accessOf, type Access } from './access';
import { meetingDetail, presentFollowUp } from './meeting-presenter';
import { checkMeeting } from './meeting-relations';
import * as repo from './meeting-repository';
import type { FollowUpBody, ResolutionBody } from './schema';
import * as topics from './topic-repository';
import { audit } from '../governance/support';
import { checkTopic, visibleTopic } from './topics';

/**
 * Resolutions of a held meeting and the work they create. An event follow-up is filed through the events service
 * inside the resolution's transaction: a bad category refuses the whole resolution, nothing half-written.
 */
export function resolutionsService(
  db: Db,
  timeZone: string,
  events: Pick<EventsService, 'fileWithin' | 'announceReport'>,
) {
  async function fileFollowUp(
    tx: Tx,
    a: Access,
    m: repo.MeetingRow,
    resolutionId: number,
    f: FollowUpBody,
    field: string,
  ): Promise<{ id: number; event: EventRow | null }> {
    if (f.kind === 'event') {
      const nodeId = f.nodeId ?? m.compoundId ?? m.communityId;
      const node = await findNode(tx, a.read, nodeId);
      if (!node || !node.path.startsWith(m.placePath))
        throw invalid([{ path: `${field}.nodeId`, message: 'not a place of this meeting' }]);
      const e = await events.fileWithin(
        tx,
        a.caller,
        { categoryCode: f.categoryCode, description: `${f.description}（${m.title}决议）`, nodeId },
        'console',
        `${field}.categoryCode`,
      );
      const row = await repo.insertFollowUp(tx, {
        communityId: m.communityId,
        resolutionId,
        kind: 'event',
        eventId: e.id,
        title: f.description.slice(0, 200),
      });
      return { id: row.id, event: e };
    }
    const [owner] = await repo.accountsAround(tx, m.placePath, [f.ownerAccountId]);
    if (!owner)
      throw invalid([
        { path: `${field}.ownerAccountId`, message: 'not an account with a role at this place' },
      ]);
    if (f.dueOn < localDate(new Date(), timeZone))
      throw invalid([{ path: `${field}.dueOn`, message: 'in the past' }]);
    const row = await repo.insertFollowUp(tx, {
      communityId: m.communityId,
      resolutionId,
      kind: 'task',
      title: f.title,
      ownerAccountId: owner.accountId,
      ownerName: owner.displayName,
      dueOn: f.dueOn,
      status: 'open',
    });
    return { id: row.id, event: null };
  }

  /** A follow-up the caller may see: its owner, or whoever sees the meeting it came from. */
  async function findFollowUp(tx: Db | Tx, a: Access, id: number, lock = false) {
    const [f] = await repo.followUpsWhere(
      tx,
      and(eq(followUp.id, id), or(eq(followUp.ownerAccountId, a.caller.accountId), repo.visibleMeetings(a)))!,
      lock,
    );
    if (!f) throw notFound('follow-up');
    return f;
  }

  return {
    async add(caller: Caller, meetingId: number, body: ResolutionBody) {
      const a = await accessOf(db, caller);
      const filed: EventRow[] = [];
      const detail = await db.transaction(async (tx) => {
        const m = await repo.findMeeting(tx, repo.visibleMeetings(a), meetingId, true);
        if (!m) throw notFound('meeting');
        checkMeeting(a, m, 'resolve');
        if (body.topicId !== undefined) {
          const onAgenda = (await repo.agendaOf(tx, m)).some((x) => x.topic.id === body.topicId);
          if (!onAgenda) throw invalid([{ path: 'body.topicId', message: 'not on this meeting’s agenda' }]);
          const t = (await topics.findTopic(tx, visibleTopic(a), body.topicId, true))!;
          checkTopic(a, t, 'resolve');
          await topics.setTopicStatus(tx, t, topicMachine.stateAfter('resolve', t.status));
        }
        const r = await repo.insertResolution(tx, {
          communityId: m.communityId,
          meetingId: m.id,
          topicId: body.topicId ?? null,
          text: body.text,
          consensus: body.consensus,
          createdByAccountId: caller.accountId,
        });
        const followUps: number[] = [];
        for (const [i, f] of body.followUps.entries()) {
          const made = await fileFollowUp(tx, a, m, r.id, f, `body.followUps.${i}`);
          followUps.push(made.id);
          if (made.event) filed.push(made.event);
        }
        await audit(tx, caller, {
          communityId: m.communityId,
          action: 'resolution.create',
          entityType: 'resolution',
          entityId: r.id,
          after: {
            meetingId: m.id,
            topicId: r.topicId,
            consensus: r.consensus,
            followUps,
            events: filed.map((e) => e.id),
          },
        });
        return meetingDetail(tx, a, m, timeZone);
      });
      for (const e of filed) await events.announceReport(e);
      return detail;
    },

    /** complete (the owner or the conveners) and reopen (the conveners) a task; an event follows its own loop. */
    async act(caller: Caller, id: number, action: TaskAction) {
      const a = await accessOf(db, caller);
      return db.transaction(async (tx) => {
        const f = await findFollowUp(tx, a, id, true);
        if (f.kind !== 'task' || f.status === null)
          throw new AppError('invalid_transition', 'an event follow-up is done when its event is closed');
        const rel = new Set<TaskRelation>();
        if (f.ownerAccountId === caller.accountId) rel.add('owner');
        if (can(caller.grants, 'deliberation.manage', f.meetingPath)) rel.add('manager');
        const refusal = taskMachine.refuse(action, { status: f.status }, rel);
        if (refusal) throw new AppError(refusal.code, refusal.message);
        const status = taskMachine.stateAfter(action, f.status);
        await repo.setTaskStatus(tx, f, status);
        await audit(tx, caller, {
          communityId: f.communityId,
          action: `follow_up.${action}`,
          entityType: 'follow_up',
          entityId: f.id,
          before: { status: f.status },
          after: { status },
        });
        return presentFollowUp(a, await findFollowUp(tx, a, id), new Date(), timeZone);
      });
    },

    async get(caller: Caller, id: number) {
      const a = await accessOf(db, caller);
      return presentFollowUp(a, await findFollowUp(db, a, id), new Date(), timeZone);
    },
  };
}
