import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Category } from '../../../domain/events/categories';
import {
  allowedActions,
  nextLevel,
  refuse,
  type EventAction,
  type EventFacts,
  type EventState,
  type EventRelation,
} from '../../../domain/events/machine';
import {
  partyAtLevel,
  partyId,
  partyOf,
  relationsOf,
  worksEvents,
  responsibleParty,
  type Location,
  type Party,
} from '../../../domain/events/parties';
import { PARTY_KINDS, type PartyKind } from '../../../domain/events/categories';
import type { Db, Executor, Tx } from '../../db/client';
import { event, idempotencyKey, streetEventPolicy } from '../../db/schema';
import { AppError, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { pathRefs } from '../org/repository';
import type { AttachmentStore } from './attachments';
import { eventScope } from './scope';
import { locate, locationOf, reportingScope, type Located } from './locate';
import { announce, recipients, tell } from './notify';
import { detail } from './presenter';
import * as repo from './repository';
import { applyRollup } from './rollup';
import { DEFAULT_ESCALATE_AFTER_HOURS, type RulesBook } from './rules';
import type { AnyActionBody, ReportBody } from './schema';
import { changesFor, noteOf } from './workflow';

const SYSTEM = { accountId: 0, name: '系统' };

export interface EventsDeps {
  db: Db;
  rules: RulesBook;
  store: AttachmentStore;
  /** The installation's zone: statistics days; deadlines use the compound's own zone when it has one. */
  timeZone: string;
  /** Text messages to the reporter on an outcome (closed, not taken on), after the change committed. */
  afterCommit?: (e: repo.EventRow, action: string) => Promise<void>;
}

/** Events: intake, the closed loop of actions, and reading them back; one transaction per use case. */
export function eventsService(deps: EventsDeps) {
  const { db, rules, store, timeZone } = deps;

  /** Residents' home compounds, from their grants (compound is the fourth id of a path). */
  const homes = (caller: Caller): repo.OpenIn[] =>
    caller.grants.flatMap((g) => {
      const compoundId = g.path.split('/').filter(Boolean).map(Number)[3];
      return g.role === 'resident' && g.communityId !== null && compoundId !== undefined
        ? [{ communityId: g.communityId, compoundId }]
        : [];
    });
  const openIn = (caller: Caller) => repo.openCompounds(db, caller.accountId, homes(caller));
  const visible = async (caller: Caller) =>
    repo.visibleTo(
      await eventScope(db, caller),
      caller.accountId,
      worksEvents(caller.grants),
      await openIn(caller),
    );

  async function categoryFor(code: string, loc: Location, field: string): Promise<Category> {
    const c = await rules.category(code, loc.street.id);
    if (!c) throw invalid([{ path: field, message: 'no such category' }]);
    return c;
  }

  /** A party with the name people know it by (the property company's name, 莲花街道 综合执法队 …). */
  async function named(tx: Executor, p: Party, communityId: number, bodies?: Map<string, string>) {
    const bodyName = bodies?.get(p.kind);
    if (bodyName) return { party: p, name: bodyName };
    const refs = await pathRefs(tx, [
      { path: p.nodePath, communityId: p.level === 'compound' ? communityId : null },
    ]);
    const node = refs.get(p.nodeId)?.name ?? '';
    const department = p.kind === 'street_department' || p.kind === 'district_department';
    return { party: p, name: department ? `${node} ${p.department ?? ''}`.trim() : node };
  }

  async function bodiesAt(communityId: number, loc: Location) {
    return loc.compound
      ? (await rules.compound(communityId, loc.compound.id)).bodies
      : new Map<string, string>();
  }

  /** Deadlines count days where the compound is (its own zone when it has one). */
  async function zoneAt(communityId: number, compoundId: number | null) {
    return (
      (compoundId !== null ? (await rules.compound(communityId, compoundId)).timeZone : null) ?? timeZone
    );
  }

  /** Every party an event at `loc` could be dispatched to, lowest level first. */
  async function candidates(tx: Executor, communityId: number, loc: Location, category: Category) {
    const bodies = await bodiesAt(communityId, loc);
    const kinds = new Set(bodies.keys()) as Set<PartyKind>;
    const parties = PARTY_KINDS.flatMap((k) => {
      if (k === 'volunteer') return [];
      const department = k === category.responsibleParty ? category.department : null;
      const p = partyOf(k, loc, kinds, department);
      return p ? [p] : [];
    });
    return Promise.all(parties.map((p) => named(tx, p, communityId, bodies)));
  }

  async function defaultParty(tx: Executor, communityId: number, loc: Location, category: Category) {
    const bodies = await bodiesAt(communityId, loc);
    return named(
      tx,
      responsibleParty(category, loc, new Set(bodies.keys()) as Set<PartyKind>),
      communityId,
      bodies,
    );
  }

  /** 党员接单: a party member living in the compound or one who checked in to it (双报到) may take an open event. */
  async function isVolunteerOf(caller: Caller, e: repo.EventRow): Promise<boolean> {
    return (await openIn(caller)).some(
      (o) => o.communityId === e.communityId && o.compoundId === e.compoundId,
    );
  }

  const factsOf = (e: repo.EventRow): EventFacts => ({
    status: e.status,
    level: e.level,
    rating: e.rating,
    closedAt: e.closedAt,
    reopened: e.reopened,
    openToTake: e.dispatchMode === 'open' && e.status === 'dispatched' && e.assigneeAccountId === null,
  });

  async function relations(tx: Executor, caller: Caller, e: repo.EventRow): Promise<Set<EventRelation>> {
    const rel = relationsOf(caller.grants, caller.accountId, {
      path: e.placePath,
      assignee:
        e.assigneeKind && e.assigneeNodePath
          ? { kind: e.assigneeKind, nodePath: e.assigneeNodePath, accountId: e.assigneeAccountId }
          : null,
      reporterAccountId: e.reporterAccountId,
    });
    if (factsOf(e).openToTake && (await isVolunteerOf(caller, e))) rel.add('volunteer');
    return rel;
  }

  async function present(tx: Executor, caller: Caller, e: repo.EventRow) {
    const now = new Date();
    const rel = await relations(tx, caller, e);
    return detail(tx, e, allowedActions(factsOf(e), rel, now), rel.has('dispatcher'), now);
  }

  interface Step {
    action: string;
    note: string | null;
    data: Record<string, unknown>;
    /** The system's own steps (auto-dispatch, escalation) name no account. */
    bySystem?: boolean;
    files?: string[] | undefined;
    /** Where this step left the event when more steps follow in the same change (the report before auto-dispatch). */
    leftAt?: EventState;
  }

  /**
   * Writes a change's timeline entries, photos, statistics, notifications and audit row. The audit row comes last:
   * it takes the community's chain lock, held to commit, so the lock is held for as short a time as possible.
   */
  async function record(
    tx: Tx,
    caller: Caller | null,
    before: repo.EventRow | null,
    after: repo.EventRow,
    steps: Step[],
  ) {
    const logs = await repo.appendLogs(
      tx,
      steps.map((st, i) => ({
        communityId: after.communityId,
        eventId: after.id,
        action: st.action,
        fromStatus: i === 0 ? (before?.status ?? null) : (steps[i - 1]!.leftAt ?? after.status),
        toStatus: st.leftAt ?? after.status,
        actorAccountId: st.bySystem ? null : (caller?.accountId ?? null),
        actorName: st.bySystem || !caller ? SYSTEM.name : caller.displayName,
        note: st.note,
        data: st.data,
      })),
    );
    for (const [i, st] of steps.entries())
      if (caller && st.files?.length)
        await store.attach(
          tx,
          caller.accountId,
          st.files,
          after,
          i === 0 && !before ? null : logs[i]!.id,
          'body.attachmentIds',
        );
    await applyRollup(tx, before, after, timeZone);
    const last = steps.at(-1)!;
    const actorId = caller?.accountId ?? SYSTEM.accountId;
    await tell(
      tx,
      after,
      last.action,
      await recipients(tx, after, last.action, actorId),
      `${after.categoryCode} #${after.id}: ${last.action}`,
    );
    await appendAudit(tx, {
      communityId: after.communityId,
      actor: caller ? actorOf(caller) : { id: null, name: 'system', ip: null },
      action: `event.${steps.map((st) => st.action).join('+')}`,
      entityType: 'event',
      entityId: after.id,
      before: before ? { status: before.status, assignee: before.assigneeName } : undefined,
      after: { status: after.status, assignee: after.assigneeName, level: after.level, ...last.data },
    });
    return logs;
  }

  /**
   * With an `Idempotency-Key` the key row is claimed first in the same transaction: a concurrent retry's claim
   * waits for this one to commit and then finds the event, so retries never make a second event.
   */
  async function claim(tx: Tx, caller: Caller, key: string, requestHash: string) {
    const [claimed] = await tx
      .insert(idempotencyKey)
      .values({ accountId: caller.accountId, key, requestHash, communityId: 0, eventId: 0 })
      .onConflictDoNothing()
      .returning();
    if (claimed) return null;
    const [prior] = await tx
      .select()
      .from(idempotencyKey)
      .where(and(eq(idempotencyKey.accountId, caller.accountId), eq(idempotencyKey.key, key)));
    if (!prior || prior.requestHash !== requestHash)
      throw new AppError('conflict', 'this Idempotency-Key was used for a different request');
    return prior;
  }

  async function create(
    caller: Caller,
    body: ReportBody,
    where: Located,
    category: Category,
    channel: repo.NewEvent['channel'],
    key: string | undefined,
    within?: Tx,
  ): Promise<{ event: repo.EventRow; replayed: boolean }> {
    return (within ?? db).transaction(async (tx) => {
      const requestHash = key && createHash('sha256').update(JSON.stringify(body)).digest('hex');
      if (key && requestHash) {
        const prior = await claim(tx, caller, key, requestHash);
        if (prior) {
          const e = await repo.findEvent(tx, await visible(caller), prior.eventId);
          if (!e) throw notFound('event');
          return { event: e, replayed: true };
        }
      }
      const reported: repo.NewEvent = {
        communityId: where.communityId,
        categoryCode: category.code,
        description: body.description,
        status: 'reported',
        level: category.startLevel,
        placeId: where.placeId,
        placePath: where.placePath,
        compoundId: where.compoundId,
        houseId: where.houseId,
        lat: body.lat ?? null,
        lng: body.lng ?? null,
        address: body.address ?? null,
        channel,
        reporterAccountId: caller.accountId,
        reporterName: caller.displayName,
        dispatchMode: category.dispatchMode,
      };
      const steps: Step[] = [
        { action: 'report', note: null, data: {}, files: body.attachmentIds, leftAt: 'reported' },
      ];
      // Auto-dispatch is written with the report: one row, one statistics update, one audit entry.
      if (category.autoDispatch) {
        const party = await defaultParty(tx, where.communityId, where.location, category);
        const ctx = {
          now: new Date(),
          category,
          policy: await rules.policy(where.location.street.id),
          timeZone: await zoneAt(where.communityId, where.compoundId),
          location: where.location,
          party,
          actor: SYSTEM,
        };
        Object.assign(reported, changesFor('dispatch', reported as repo.EventRow, {}, ctx));
        steps.push({
          action: 'dispatch',
          note: null,
          data: { partyId: partyId(party.party), auto: true },
          bySystem: true,
        });
      }
      const e = await repo.insertEvent(tx, reported);
      await record(tx, caller, null, e, steps);
      if (key)
        await tx
          .update(idempotencyKey)
          .set({ communityId: e.communityId, eventId: e.id })
          .where(and(eq(idempotencyKey.accountId, caller.accountId), eq(idempotencyKey.key, key)));
      return { event: e, replayed: false };
    });
  }

  /** Applies an allowed action to a locked event: its party and deadline, the change, and everything `record` writes. */
  async function transition(
    tx: Tx,
    caller: Caller | null,
    before: repo.EventRow,
    action: EventAction,
    body: AnyActionBody,
  ) {
    const location = locationOf(before.placePath);
    const category = await categoryFor(before.categoryCode, location, 'categoryCode');
    let party: { party: Party; name: string } | undefined;
    if (action === 'dispatch') {
      const wanted = (body as { partyId?: string }).partyId;
      if (wanted) {
        party = (await candidates(tx, before.communityId, location, category)).find(
          (c) => partyId(c.party) === wanted,
        );
        if (!party) throw invalid([{ path: 'body.partyId', message: 'not a party this event can go to' }]);
      } else party = await defaultParty(tx, before.communityId, location, category);
    } else if (action === 'escalate') {
      // The guard has checked that a level above exists.
      party = await named(tx, partyAtLevel(nextLevel(before.level)!, location), before.communityId);
    }
    const ctx = {
      now: new Date(),
      category,
      policy: await rules.policy(location.street.id),
      timeZone: await zoneAt(before.communityId, before.compoundId),
      location,
      party,
      actor: caller ? { accountId: caller.accountId, name: caller.displayName } : SYSTEM,
    };
    const after = await repo.updateEvent(tx, before, changesFor(action, before, body, ctx));
    const data: Record<string, unknown> = {};
    if (party) data['partyId'] = partyId(party.party);
    if (action === 'rate') data['score'] = (body as { score: number }).score;
    if (action === 'reject') data['reason'] = (body as { reason: string }).reason;
    const files = (body as { attachmentIds?: string[] }).attachmentIds;
    await record(tx, caller, before, after, [{ action, note: noteOf(body), data, files }]);
    return after;
  }

  return {
    async categories() {
      return [...(await rules.allCategories()).values()];
    },

    /** Intake from every channel; see `create` for the Idempotency-Key. */
    async report(caller: Caller, body: ReportBody, channel: repo.NewEvent['channel'], key?: string) {
      const where = await locate(db, reportingScope(caller), body);
      const category = await categoryFor(body.categoryCode, where.location, 'body.categoryCode');
      const { event, replayed } = await create(caller, body, where, category, channel, key);
      if (!replayed) await announce(db, event, 'report');
      return { event: await present(db, caller, event), replayed };
    },

    /**
     * Files an event inside another use case's transaction (a care visit's needs): it commits or rolls back with
     * that use case. Returns the row; the caller presents what it needs.
     */
    async fileWithin(tx: Tx, caller: Caller, body: ReportBody, channel: repo.NewEvent['channel']) {
      const where = await locate(tx, reportingScope(caller), body);
      const category = await categoryFor(body.categoryCode, where.location, 'body.needsCategoryCode');
      return (await create(caller, body, where, category, channel, undefined, tx)).event;
    },

    /** For use cases that filed an event with `fileWithin`: tell the consoles once their transaction committed. */
    announceReport: (e: repo.EventRow) => announce(db, e, 'report'),

    async get(caller: Caller, id: number) {
      const e = await repo.findEvent(db, await visible(caller), id);
      if (!e) throw notFound('event');
      return present(db, caller, e);
    },

    async parties(caller: Caller, id: number) {
      const e = await repo.findEvent(db, await visible(caller), id);
      if (!e) throw notFound('event');
      const loc = locationOf(e.placePath);
      const list = await candidates(
        db,
        e.communityId,
        loc,
        await categoryFor(e.categoryCode, loc, 'categoryCode'),
      );
      return list.map(({ party: p, name }) => ({
        partyId: partyId(p),
        kind: p.kind,
        nodeId: p.nodeId,
        level: p.level,
        department: p.department,
        name,
      }));
    },

    /** Takes `action` on an event: the state machine is checked again on the locked row inside the transaction. */
    async act(caller: Caller, id: number, action: EventAction, body: AnyActionBody) {
      const e = await db.transaction(async (tx) => {
        const before = await repo.findEvent(tx, await visible(caller), id, true);
        if (!before) throw notFound('event');
        const refusal = refuse(action, factsOf(before), await relations(tx, caller, before), new Date());
        if (refusal) throw new AppError(refusal.code, refusal.message);
        return transition(tx, caller, before, action, body);
      });
      await announce(db, e, action);
      await deps.afterCommit?.(e, action);
      return present(db, caller, e);
    },

    /**
     * The escalation job (issue: one level up when overdue by the street's hours, 24 by default): takes the
     * overdue events in deadline order, each in its own transaction, skipping rows another runner holds.
     */
    async escalateOverdue(now: Date, batch = 100): Promise<number> {
      const due = await db.execute<{ communityId: number; id: number }>(sql`
        select e.community_id as "communityId", e.id from ${event} e
        left join ${streetEventPolicy} p on p.street_id = split_part(e.place_path, '/', 3)::bigint
        where e.status in ('dispatched', 'in_progress') and e.level <> 'district'
          and e.deadline < ${now}::timestamptz - make_interval(hours => coalesce(p.escalate_after_hours, ${DEFAULT_ESCALATE_AFTER_HOURS}))
        order by e.deadline limit ${batch}`);
      let escalated = 0;
      for (const { communityId, id } of due.rows) {
        const after = await db.transaction(async (tx) => {
          const [before] = await tx
            .select()
            .from(event)
            .where(and(eq(event.communityId, communityId), eq(event.id, id)))
            .for('update', { skipLocked: true });
          if (!before || refuse('escalate', factsOf(before), new Set(['dispatcher']), now)) return null;
          return transition(tx, null, before, 'escalate', { reason: 'overdue' });
        });
        if (!after) continue;
        await announce(db, after, 'escalate');
        escalated++;
      }
      return escalated;
    },

    visible,
  };
}

export type EventsService = ReturnType<typeof eventsService>;
