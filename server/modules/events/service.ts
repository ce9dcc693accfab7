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
import { groupCommit } from '../../db/group-commit';
import { event, idempotencyKey, streetEventPolicy } from '../../db/schema';
import { AppError, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudits, auditLockStatement } from '../audit/repository';
import { awardOpenEvent } from '../points/award';
import type { AttachmentStore } from './attachments';
import { eventScope } from './scope';
import { homeCompounds } from '../auth/permission-scope';
import { locate, locationOf, reportingScope, type Located, type NodeFinder } from './locate';
import { announce, inboxStatement } from './notify';
import { detail, namesAlong, type Written } from './presenter';
import * as repo from './repository';
import { rollupStatements } from './rollup';
import { executePrepared } from '../../db/prepared';
import { together } from '../../db/together';
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
  /** Finds the place a report names (the node cache in the app; the query when absent). */
  findNode?: NodeFinder;
}

/** Events: intake, the closed loop of actions, and reading them back; one transaction per use case. */
export function eventsService(deps: EventsDeps) {
  const { db, rules, store, timeZone } = deps;

  const openIn = (caller: Caller) => repo.openCompounds(db, caller.accountId, homeCompounds(caller));
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
    const refs = await namesAlong(tx, [
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

  async function present(tx: Executor, caller: Caller, e: repo.EventRow, written?: Written) {
    const now = new Date();
    const rel = await relations(tx, caller, e);
    return detail(tx, e, allowedActions(factsOf(e), rel, now), rel.has('dispatcher'), now, written);
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

  /** One event's change: the row before (none for a report) and after, and the steps that made it. */
  interface Change {
    caller: Caller | null;
    before: repo.EventRow | null;
    after: repo.EventRow;
    steps: Step[];
  }

  /**
   * Writes changes' timeline entries, photos, statistics, notifications and audit rows for all the changes at once,
   * in four statements: the timeline; the statistics, the inbox and the audit chains' locks together (with, for new
   * reports, `duplicates`: the possible duplicates of each); the audit chains' heads; the audit rows. The locks come
   * before the statistics in their statement (PostgreSQL runs the main query before the data-modifying WITH parts
   * it does not read), so a writer holding a community's chain is the only one touching its statistics rows.
   * Returns each change's timeline entries, and the duplicates when asked for.
   */
  async function record(
    tx: Tx,
    changes: Change[],
    duplicates = false,
  ): Promise<{ logsOf: repo.LogRow[][]; duplicates: Map<number, repo.Duplicate[]> | null }> {
    const logs = await repo.appendLogs(
      tx,
      changes.flatMap(({ caller, before, after, steps }) =>
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
      ),
    );
    let k = 0;
    const logsOf = changes.map((c) => logs.slice(k, (k += c.steps.length)));
    if (logsOf.some((l, i) => l.some((row) => row.eventId !== changes[i]!.after.id)))
      throw new Error('timeline entries came back out of order');
    for (const [n, { caller, before, after, steps }] of changes.entries())
      for (const [i, st] of steps.entries())
        if (caller && st.files?.length)
          await store.attach(
            tx,
            caller.accountId,
            st.files,
            after,
            i === 0 && !before ? null : logsOf[n]![i]!.id,
            'body.attachmentIds',
          );
    const lastOf = (c: Change) => c.steps.at(-1)!;
    const inbox = inboxStatement(
      changes.map((c) => ({
        e: c.after,
        action: lastOf(c).action,
        actorId: c.caller?.accountId ?? SYSTEM.accountId,
        text: `${c.after.categoryCode} #${c.after.id}: ${lastOf(c).action}`,
      })),
    );
    const events = changes.map((c) => c.after);
    const lock = auditLockStatement(events.map((e) => e.communityId));
    const similar = duplicates ? repo.duplicatesQuery(events) : null;
    const [read] = (
      await executePrepared<{ duplicates?: repo.DuplicateJson[] }>(
        tx,
        together([
          ...rollupStatements(changes, timeZone),
          inbox,
          sql`select (${lock}) as locked${similar ? sql`, ${similar} as duplicates` : sql``}`,
        ]),
      )
    ).rows;
    await appendAudits(
      tx,
      changes.map(({ caller, before, after, steps }) => ({
        communityId: after.communityId,
        actor: caller ? actorOf(caller) : { id: null, name: 'system', ip: null },
        action: `event.${steps.map((st) => st.action).join('+')}`,
        entityType: 'event',
        entityId: after.id,
        before: before ? { status: before.status, assignee: before.assigneeName } : undefined,
        after: {
          status: after.status,
          assignee: after.assigneeName,
          level: after.level,
          ...steps.at(-1)!.data,
        },
      })),
      true, // locked by the statement above
    );
    return {
      logsOf,
      duplicates: duplicates ? repo.duplicatesFound(events, read?.duplicates ?? []) : null,
    };
  }

  /** A report ready to be written: validated, located and its category known. */
  interface Intake {
    caller: Caller;
    body: ReportBody;
    where: Located;
    category: Category;
    channel: repo.NewEvent['channel'];
    key?: string | undefined;
    /** Where the category's rule dispatches it at once, looked up before the write (null: it waits for a dispatcher). */
    autoDispatch: AutoDispatch | null;
  }

  type AutoDispatch = Awaited<ReturnType<typeof autoDispatchOf>>;

  /**
   * The party, calendar and zone of a report its category dispatches at once. Read before the report's
   * transaction, beside the location and category: inside the group commit each lookup would hold up the batch.
   */
  async function autoDispatchOf(db: Executor, where: Located, category: Category) {
    if (!category.autoDispatch) return null;
    const [party, policy, zone] = await Promise.all([
      defaultParty(db, where.communityId, where.location, category),
      rules.policy(where.location.street.id),
      zoneAt(where.communityId, where.compoundId),
    ]);
    return { party, policy, timeZone: zone };
  }

  interface Created {
    event: repo.EventRow;
    replayed: boolean;
    /** What was written with a new event (none for a replay). */
    written?: Written;
  }

  const hashOf = (j: Intake) => createHash('sha256').update(JSON.stringify(j.body)).digest('hex');

  /** Replays of claimed keys: the event the first request made, if the request is the same. */
  async function replay(tx: Tx, j: Intake): Promise<Created> {
    const [prior] = await tx
      .select()
      .from(idempotencyKey)
      .where(and(eq(idempotencyKey.accountId, j.caller.accountId), eq(idempotencyKey.key, j.key!)));
    if (!prior || prior.requestHash !== hashOf(j))
      throw new AppError('conflict', 'this Idempotency-Key was used for a different request');
    const e = await repo.findEvent(tx, await visible(j.caller), prior.eventId);
    if (!e) throw notFound('event');
    return { event: e, replayed: true };
  }

  /**
   * Writes reports in the caller's transaction, many at once (group commit) or one inside another use case.
   * With an `Idempotency-Key` the key row is claimed first: a concurrent retry's claim waits for this transaction
   * to commit and then finds the event, so retries never make a second event.
   */
  async function createMany(tx: Tx, jobs: Intake[]): Promise<Created[]> {
    const keyed = jobs.filter((j) => j.key);
    const claim = (j: Intake) => `${j.caller.accountId} ${j.key}`;
    // The same key twice in one batch: the group commit writes the jobs one by one, and the second replays.
    if (new Set(keyed.map(claim)).size < keyed.length)
      throw new Error('one Idempotency-Key twice in a batch');
    const claimed = new Set(
      keyed.length
        ? (
            await tx
              .insert(idempotencyKey)
              .values(
                keyed.map((j) => ({
                  accountId: j.caller.accountId,
                  key: j.key!,
                  requestHash: hashOf(j),
                  communityId: 0,
                  eventId: 0,
                })),
              )
              .onConflictDoNothing()
              .returning({ accountId: idempotencyKey.accountId, key: idempotencyKey.key })
          ).map((c) => `${c.accountId} ${c.key}`)
        : [],
    );
    const results: (Created | null)[] = [];
    const fresh: { j: Intake; row: repo.NewEvent; steps: Step[] }[] = [];
    for (const j of jobs) {
      if (j.key && !claimed.has(claim(j))) {
        results.push(await replay(tx, j));
        continue;
      }
      results.push(null);
      fresh.push(reportOf(j));
    }
    if (fresh.length) {
      const events = await repo.insertEvents(
        tx,
        fresh.map((f) => f.row),
      );
      const { logsOf: logs, duplicates } = await record(
        tx,
        fresh.map((f, i) => ({ caller: f.j.caller, before: null, after: events[i]!, steps: f.steps })),
        true, // with the duplicate hint
      );
      const made = fresh.map((f, i) => ({
        j: f.j,
        event: events[i]!,
        written: { logs: logs[i]!, duplicates: duplicates!.get(events[i]!.id)! },
      }));
      const keys = made.filter((m) => m.j.key);
      if (keys.length)
        await tx.execute(sql`
          update ${idempotencyKey} k set community_id = v.community_id, event_id = v.event_id
            from jsonb_to_recordset(${JSON.stringify(
              keys.map((m) => ({
                account_id: m.j.caller.accountId,
                key: m.j.key,
                community_id: m.event.communityId,
                event_id: m.event.id,
              })),
            )}::jsonb) as v(account_id bigint, key text, community_id bigint, event_id bigint)
           where k.account_id = v.account_id and k.key = v.key`);
      let n = 0;
      for (const [i, r] of results.entries())
        if (r === null) {
          const m = made[n++]!;
          results[i] = { event: m.event, replayed: false, written: m.written };
        }
    }
    return results as Created[];
  }

  /** A report's row, dispatched at once by the category's rule when it says so, and the steps that made it. */
  function reportOf(j: Intake) {
    const { caller, body, where, category, channel } = j;
    const row: repo.NewEvent = {
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
    if (j.autoDispatch) {
      const { party, policy, timeZone: zone } = j.autoDispatch;
      const ctx = {
        now: new Date(),
        category,
        policy,
        timeZone: zone,
        location: where.location,
        party,
        actor: SYSTEM,
      };
      Object.assign(row, changesFor('dispatch', row as repo.EventRow, {}, ctx));
      steps.push({
        action: 'dispatch',
        note: null,
        data: { partyId: partyId(party.party), auto: true },
        bySystem: true,
      });
    }
    return { j, row, steps };
  }

  /**
   * Reports from every request of this process, written together (server/db/group-commit.ts). The consoles hear of
   * them after the commit; a lost signal costs one live refresh, so its failure must not fail the reports, which
   * the group commit would then write a second time.
   */
  const intake = groupCommit(async (jobs: Intake[]) => {
    const created = await db.transaction((tx) => createMany(tx, jobs));
    const made = created.filter((c) => !c.replayed).map((c) => ({ e: c.event, action: 'report' }));
    // Not awaited: the next batch need not wait for the signal's round trip.
    if (made.length) void announce(db, made).catch(() => undefined);
    return created;
  });

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
    await record(tx, [{ caller, before, after, steps: [{ action, note: noteOf(body), data, files }] }]);
    // 党员接单 earns passbook points when the loop closes, in this same transaction.
    await awardOpenEvent(
      tx,
      caller ? actorOf(caller) : { id: null, name: 'system', ip: null },
      before,
      after,
    );
    return after;
  }

  return {
    async categories() {
      return [...(await rules.allCategories()).values()];
    },

    /** Intake from every channel; see `create` for the Idempotency-Key. */
    async report(caller: Caller, body: ReportBody, channel: repo.NewEvent['channel'], key?: string) {
      const where = await locate(db, reportingScope(caller), body, deps.findNode);
      const category = await categoryFor(body.categoryCode, where.location, 'body.categoryCode');
      await store.checkWaiting(db, caller.accountId, body.attachmentIds, 'body.attachmentIds');
      const autoDispatch = await autoDispatchOf(db, where, category);
      const created = await intake.submit({ caller, body, where, category, channel, key, autoDispatch });
      // A new report's photos are read back with their ids; the rest of it is what was just written.
      const written = body.attachmentIds?.length ? undefined : created.written;
      return { event: await present(db, caller, created.event, written), replayed: created.replayed };
    },

    /**
     * Files an event inside another use case's transaction (a care visit's needs, a resolution's follow-up): it
     * commits or rolls back with that use case. `categoryField` names the use case's own field in a 400. Returns the
     * row; the caller presents what it needs.
     */
    async fileWithin(
      tx: Tx,
      caller: Caller,
      body: ReportBody,
      channel: repo.NewEvent['channel'],
      categoryField = 'body.needsCategoryCode',
    ) {
      const where = await locate(tx, reportingScope(caller), body);
      const category = await categoryFor(body.categoryCode, where.location, categoryField);
      const autoDispatch = await autoDispatchOf(tx, where, category);
      const [created] = await createMany(tx, [{ caller, body, where, category, channel, autoDispatch }]);
      return created!.event;
    },

    /** For use cases that filed an event with `fileWithin`: tell the consoles once their transaction committed. */
    announceReport: (e: repo.EventRow) => announce(db, [{ e, action: 'report' }]),

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
      await announce(db, [{ e, action }]);
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
        await announce(db, [{ e: after, action: 'escalate' }]);
        escalated++;
      }
      return escalated;
    },

    visible,
  };
}

export type EventsService = ReturnType<typeof eventsService>;
