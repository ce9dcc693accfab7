import { z } from 'zod';
import { canAnywhere } from '../../../domain/auth/policy';
import { bodiesProblem, type MeetingAction } from '../../../domain/deliberation/meetings';
import { topicMachine } from '../../../domain/deliberation/topics';
import type { Db, Tx } from '../../db/client';
import { forbidden, invalid, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { findNode } from '../org/repository';
import { accessOf, manages, type Access, type Placed } from './access';
import { meetingDetail, meetingSummaries } from './meeting-presenter';
import { checkMeeting } from './meeting-relations';
import * as repo from './meeting-repository';
import type { CreateMeetingBody, EditMeetingBody, MeetingListQuery, RecordBody } from './schema';
import * as topics from './topic-repository';
import { audit } from '../governance/support';
import { checkTopic, visibleTopic } from './topics';

const cursorShape = z.object({ startsAt: z.string(), id: z.number() });

/** The community or compound a meeting (or a list, or the stats) is about, visible to the caller. */
export async function placeOf(db: Db | Tx, a: Access, nodeId: number, field: string): Promise<Placed> {
  const node = await findNode(db, a.read, nodeId);
  if (!node) throw notFound('place');
  if (node.communityId === null || (node.kind !== 'community' && node.kind !== 'compound'))
    throw invalid([{ path: field, message: 'a meeting is held for a community or a compound' }]);
  return {
    communityId: node.communityId,
    compoundId: node.kind === 'compound' ? node.id : null,
    placePath: node.path,
  };
}

/** Meetings: convening, the agenda, invitations, holding with minutes and attendance, cancelling. */
export function meetingsService(db: Db, timeZone: string) {
  /** The invitees as stored: bodies of the meeting's place, accounts with a role around it. 400 names the field. */
  async function invitations(tx: Tx, p: Placed, bodyIds: number[], accountIds: number[], field: string) {
    const bodies = await repo.bodiesUnder(tx, p.communityId, p.placePath, [...new Set(bodyIds)]);
    if (bodies.length !== new Set(bodyIds).size)
      throw invalid([{ path: `${field}bodyIds`, message: 'not a body serving this place' }]);
    const accounts = await repo.accountsAround(tx, p.placePath, [...new Set(accountIds)]);
    if (accounts.length !== new Set(accountIds).size)
      throw invalid([{ path: `${field}accountIds`, message: 'not an account with a role at this place' }]);
    return {
      bodies: bodies.map((b) => ({ id: b.id, name: b.name })),
      accounts: accounts.map((x) => ({ id: x.accountId, name: x.displayName })),
    };
  }

  /** Puts a topic of the meeting's place on its agenda: the topic becomes scheduled. */
  async function schedule(tx: Tx, a: Access, m: repo.MeetingRow, topicId: number, field: string) {
    const t = await topics.findTopic(tx, visibleTopic(a), topicId, true);
    if (!t || t.communityId !== m.communityId || !t.placePath.startsWith(m.placePath))
      throw invalid([{ path: field, message: 'not a topic of this meeting’s place' }]);
    checkTopic(a, t, 'schedule');
    await topics.setTopicStatus(tx, t, topicMachine.stateAfter('schedule', t.status));
    await repo.addToAgenda(tx, m, t.id);
  }

  /** Minutes and attendance, when the meeting is held and when they are corrected. */
  async function writeRecord(tx: Tx, m: repo.MeetingRow, body: RecordBody) {
    const invitees = await repo.inviteesOf(tx, m);
    const attended = new Set(body.attendedInviteeIds);
    if ([...attended].some((id) => !invitees.some((i) => i.id === id)))
      throw invalid([{ path: 'body.attendedInviteeIds', message: 'not an invitee of this meeting' }]);
    const bodiesPresent = invitees.filter((i) => i.bodyId !== null && attended.has(i.id)).length;
    const problem = bodiesProblem(m.kind, bodiesPresent);
    if (problem) throw invalid([{ path: 'body.attendedInviteeIds', message: `${problem} present` }]);
    await repo.setAttendance(tx, m, [...attended]);
  }

  async function unschedule(tx: Tx, a: Access, topicId: number) {
    const t = await topics.findTopic(tx, visibleTopic(a), topicId, true);
    if (!t) throw notFound('topic');
    checkTopic(a, t, 'unschedule');
    await topics.setTopicStatus(tx, t, topicMachine.stateAfter('unschedule', t.status));
  }

  /**
   * A change to a meeting: the row locked, the machine checked again on it, the work, and the audit row, in one
   * transaction. `work` returns the meeting after the change (when it changed the row) and what to audit.
   */
  async function change(
    caller: Caller,
    id: number,
    action: MeetingAction,
    work: (
      tx: Tx,
      a: Access,
      m: repo.MeetingRow,
    ) => Promise<{ meeting?: repo.MeetingRow; action: string; before?: unknown; after: unknown }>,
  ) {
    const a = await accessOf(db, caller);
    return db.transaction(async (tx) => {
      const m = await repo.findMeeting(tx, repo.visibleMeetings(a), id, true);
      if (!m) throw notFound('meeting');
      checkMeeting(a, m, action);
      const done = await work(tx, a, m);
      await audit(tx, caller, {
        communityId: m.communityId,
        action: done.action,
        entityType: 'meeting',
        entityId: m.id,
        before: done.before,
        after: done.after,
      });
      return meetingDetail(tx, a, done.meeting ?? m, timeZone);
    });
  }

  return {
    async list(caller: Caller, q: MeetingListQuery) {
      const a = await accessOf(db, caller);
      let under: { communityId: number | null; path: string } | undefined;
      if (q.nodeId !== undefined) {
        const node = await findNode(db, a.read, q.nodeId);
        if (!node) throw notFound('place');
        under = { communityId: node.communityId, path: node.path };
      }
      const after = decodeCursor(q.cursor, cursorShape);
      const rows = await repo.listMeetings(db, {
        visible: repo.visibleMeetings(a),
        under,
        kind: q.kind,
        status: q.status,
        after,
        limit: q.limit,
      });
      const shown = await meetingSummaries(db, rows.slice(0, q.limit));
      return page(
        rows,
        q.limit,
        (r) => shown.find((s) => s.id === r.id)!,
        (r) => ({ startsAt: r.startsAt.toISOString(), id: r.id }),
      );
    },

    async create(caller: Caller, body: CreateMeetingBody) {
      if (!canAnywhere(caller.grants, 'deliberation.manage'))
        throw forbidden('meetings are convened by community staff and the compound’s bodies');
      const a = await accessOf(db, caller);
      const p = await placeOf(db, a, body.nodeId, 'body.nodeId');
      if (!manages(a, p))
        throw forbidden('meetings are convened by community staff and the compound’s bodies');
      return db.transaction(async (tx) => {
        const inv = await invitations(tx, p, body.bodyIds, body.accountIds, 'body.');
        const problem = bodiesProblem(body.kind, inv.bodies.length);
        if (problem) throw invalid([{ path: 'body.bodyIds', message: problem }]);
        const m = await repo.insertMeeting(tx, {
          ...p,
          kind: body.kind,
          title: body.title,
          startsAt: body.startsAt,
          location: body.location,
          status: 'planned',
          convenedByAccountId: caller.accountId,
          convenedByName: caller.displayName,
        });
        await repo.setInvitees(tx, m, inv.bodies, inv.accounts);
        for (const [i, topicId] of body.topicIds.entries())
          await schedule(tx, a, m, topicId, `body.topicIds.${i}`);
        await audit(tx, caller, {
          communityId: m.communityId,
          action: 'meeting.create',
          entityType: 'meeting',
          entityId: m.id,
          after: body,
        });
        return meetingDetail(tx, a, m, timeZone);
      });
    },

    async get(caller: Caller, id: number) {
      const a = await accessOf(db, caller);
      const m = await repo.findMeeting(db, repo.visibleMeetings(a), id);
      if (!m) throw notFound('meeting');
      return meetingDetail(db, a, m, timeZone);
    },

    async edit(caller: Caller, id: number, body: EditMeetingBody) {
      return change(caller, id, 'edit', async (tx, _a, before) => {
        const { bodyIds, accountIds, ...fields } = body;
        if (bodyIds || accountIds) {
          const current = await repo.inviteesOf(tx, before);
          const inv = await invitations(
            tx,
            before,
            bodyIds ?? current.flatMap((i) => (i.bodyId !== null ? [i.bodyId] : [])),
            accountIds ?? current.flatMap((i) => (i.accountId !== null ? [i.accountId] : [])),
            'body.',
          );
          const problem = bodiesProblem(before.kind, inv.bodies.length);
          if (problem) throw invalid([{ path: 'body.bodyIds', message: problem }]);
          await repo.setInvitees(tx, before, inv.bodies, inv.accounts);
        }
        return {
          meeting: await repo.updateMeeting(tx, before, fields),
          action: 'meeting.edit',
          before: { title: before.title, startsAt: before.startsAt, location: before.location },
          after: body,
        };
      });
    },

    addToAgenda: (caller: Caller, id: number, topicId: number) =>
      change(caller, id, 'edit', async (tx, a, m) => {
        await schedule(tx, a, m, topicId, 'body.topicId');
        return { action: 'meeting.agenda.add', after: { topicId } };
      }),

    /** Takes a topic off the agenda before the meeting: it is open again for another meeting. */
    removeFromAgenda: (caller: Caller, id: number, topicId: number) =>
      change(caller, id, 'edit', async (tx, a, m) => {
        if (!(await repo.agendaOf(tx, m)).some((x) => x.topic.id === topicId)) throw notFound('agenda item');
        await unschedule(tx, a, topicId);
        await repo.removeFromAgenda(tx, m, [topicId]);
        return { action: 'meeting.agenda.remove', before: { topicId }, after: null };
      }),

    /** `hold` records a planned meeting as held; `record` corrects the minutes and attendance afterwards. */
    record: (caller: Caller, id: number, action: 'hold' | 'record', body: RecordBody) =>
      change(caller, id, action, async (tx, _a, before) => {
        await writeRecord(tx, before, body);
        const after = await repo.updateMeeting(tx, before, {
          minutes: body.minutes,
          otherAttendees: body.otherAttendees,
          ...(action === 'hold' ? { status: 'held' as const, heldAt: new Date() } : {}),
        });
        return {
          meeting: after,
          action: `meeting.${action}`,
          before: { status: before.status },
          after: {
            status: after.status,
            attended: body.attendedInviteeIds,
            otherAttendees: body.otherAttendees,
          },
        };
      }),

    /** A cancelled meeting gives its topics back: they are open for the next one. */
    cancel: (caller: Caller, id: number, reason: string) =>
      change(caller, id, 'cancel', async (tx, a, before) => {
        for (const { topic } of await repo.agendaOf(tx, before))
          if (topic.status === 'scheduled') await unschedule(tx, a, topic.id);
        await repo.removeFromAgenda(tx, before);
        const after = await repo.updateMeeting(tx, before, { status: 'cancelled', cancelReason: reason });
        return {
          meeting: after,
          action: 'meeting.cancel',
          before: { status: before.status },
          after: { status: after.status, reason },
        };
      }),

    /** Accounts who may own a follow-up task or be invited: staff around the meeting's place. */
    async assignees(caller: Caller, id: number) {
      const a = await accessOf(db, caller);
      const m = await repo.findMeeting(db, repo.visibleMeetings(a), id);
      if (!m) throw notFound('meeting');
      if (!manages(a, m)) throw forbidden();
      return { items: await repo.accountsAround(db, m.placePath) };
    },
  };
}
