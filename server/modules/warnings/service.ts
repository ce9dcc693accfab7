import { can } from '../../../domain/auth/policy';
import { localDate } from '../../../domain/common/local-date';
import { worksEvents } from '../../../domain/events/parties';
import {
  DEFAULT_WARNING_POLICY,
  dueSoon,
  hotspots,
  spike,
  SPIKE_HISTORY_WEEKS,
  weeklyCounts,
  weekStart,
  type WarningPolicy,
} from '../../../domain/warnings/rules';
import type { Db } from '../../db/client';
import { streetWarningPolicy } from '../../db/schema';
import { forbidden, notFound } from '../../http/errors';
import { decodeCursor, encodeCursor } from '../../http/pagination';
import { actorOf } from '../auth/actor';
import type { Caller, Scope } from '../auth/caller';
import { appendAudit, GLOBAL_CHAIN } from '../audit/repository';
import { eventScope } from '../events/scope';
import { findNode, pathRefs } from '../org/repository';
import * as repo from './repository';
import { type Warning, type WarningPolicyBody, type WarningsQuery } from './schema';
import { z } from 'zod';

const DAY_MS = 86_400_000;
/** Warnings are computed on read: a street's are a few queries over indexed, recent rows. Kept this long. */
const CACHE_MS = 60_000;
const CACHE_ENTRIES = 500;
/** A warning names at most this many of its events; the rest are a click away in the events list. */
const EVENT_IDS = 20;

/** Ids along a place path; the building is the fifth (district, street, community, compound, building). */
const pathIds = (path: string) => path.split('/').filter(Boolean).map(Number);
const buildingOf = (path: string): number | null => pathIds(path)[4] ?? null;
const buildingPath = (path: string) => `/${pathIds(path).slice(0, 5).join('/')}/`;

const scopeCommunities = (scope: Scope) => [
  ...new Set([...scope.fullCommunityIds, ...scope.partial.map((p) => p.communityId)]),
];

/** Early warnings drawn from the events (issue 7 item 3): docs/API.md "Warnings". */
export function warningsService(db: Db, timeZone: string) {
  const cache = new Map<string, { at: number; items: Warning[] }>();

  async function compute(scope: Scope, now: Date): Promise<Warning[]> {
    const communityIds = scopeCommunities(scope);
    const communities = await repo.communitiesWithPolicy(db, communityIds);
    const policyOf = new Map<number, WarningPolicy>(
      communities.map((c) => [c.id, c.policy?.hotspotCount ? c.policy : DEFAULT_WARNING_POLICY]),
    );
    const names = new Map(communities.map((c) => [c.id, c.name]));
    const longest = Math.max(
      DEFAULT_WARNING_POLICY.hotspotDays,
      ...[...policyOf.values()].map((p) => p.hotspotDays),
    );
    const today = localDate(now, timeZone);
    // Spikes are a community's statistic, read from the rollup: only for communities the caller holds whole.
    const whole = scope.fullCommunityIds;
    const [running, recent, daily, since] = await Promise.all([
      repo.runningEvents(db, scope),
      repo.reportsSince(db, scope, new Date(now.getTime() - longest * DAY_MS)),
      repo.dailyReports(db, whole, weekStart(today, SPIKE_HISTORY_WEEKS)),
      repo.firstDays(db, whole),
    ]);

    const byId = new Map(running.map((e) => [e.id, e]));
    const soon = dueSoon(
      running.map((e) => ({ id: e.id, dispatchedAt: e.dispatchedAt!, deadline: e.deadline! })),
      now,
    ).map((d) => ({ ...d, e: byId.get(d.id)! }));

    const reports = recent.flatMap((r) => {
      const buildingId = buildingOf(r.placePath);
      return buildingId === null
        ? []
        : [
            {
              eventId: r.id,
              communityId: r.communityId,
              buildingId,
              categoryCode: r.categoryCode,
              reportedAt: r.reportedAt,
            },
          ];
    });
    const spots = [...policyOf].flatMap(([communityId, policy]) =>
      hotspots(
        reports.filter((r) => r.communityId === communityId),
        policy,
        now,
      ),
    );

    const spikes: Warning[] = [];
    const series = new Map<string, { day: string; count: number }[]>();
    for (const d of daily) {
      const key = `${d.communityId} ${d.categoryCode}`;
      const list = series.get(key) ?? [];
      list.push({ day: d.day, count: d.count });
      series.set(key, list);
    }
    for (const [key, days] of series) {
      const [community, categoryCode] = key.split(' ') as [string, string];
      const communityId = Number(community);
      const weeks = weeklyCounts(days, today, SPIKE_HISTORY_WEEKS + 1, since.get(communityId) ?? today);
      if (!weeks.length) continue;
      const verdict = spike(weeks[0]!, weeks.slice(1), policyOf.get(communityId) ?? DEFAULT_WARNING_POLICY);
      if (!verdict?.spike) continue;
      spikes.push({
        kind: 'spike',
        key: `spike:${communityId}:${categoryCode}`,
        community: { id: communityId, name: names.get(communityId) ?? '' },
        building: null,
        categoryCode,
        eventIds: [],
        count: verdict.current,
        deadline: null,
        used: null,
        from: weekStart(today, 0),
        to: today,
        usual: verdict.median,
        threshold: Math.round(verdict.threshold * 10) / 10,
      });
    }
    spikes.sort((a, b) => b.count - (b.threshold ?? 0) - (a.count - (a.threshold ?? 0)));

    // Building names in one query per community.
    const paths = [
      ...soon.flatMap((d) =>
        buildingOf(d.e.placePath)
          ? [{ path: buildingPath(d.e.placePath), communityId: d.e.communityId }]
          : [],
      ),
      ...recent.flatMap((r) =>
        buildingOf(r.placePath) ? [{ path: buildingPath(r.placePath), communityId: r.communityId }] : [],
      ),
    ];
    const unique = [...new Map(paths.map((p) => [p.path, p])).values()];
    const refs = await pathRefs(db, unique);
    const building = (id: number | null) => (id === null ? null : { id, name: refs.get(id)?.name ?? '' });
    const community = (id: number) => ({ id, name: names.get(id) ?? '' });

    return [
      ...soon.map((d): Warning => ({
        kind: 'due_soon',
        key: `due_soon:${d.e.communityId}:${d.id}`,
        community: community(d.e.communityId),
        building: building(buildingOf(d.e.placePath)),
        categoryCode: d.e.categoryCode,
        eventIds: [d.id],
        count: 1,
        deadline: d.deadline,
        used: Math.round(d.used * 1000) / 1000,
        from: null,
        to: null,
        usual: null,
        threshold: null,
      })),
      ...spots.map((h): Warning => ({
        kind: 'hotspot',
        key: `hotspot:${h.communityId}:${h.buildingId}:${h.categoryCode}`,
        community: community(h.communityId),
        building: building(h.buildingId),
        categoryCode: h.categoryCode,
        eventIds: h.eventIds.slice(0, EVENT_IDS),
        count: h.count,
        deadline: null,
        used: null,
        from: localDate(h.first, timeZone),
        to: localDate(h.last, timeZone),
        usual: null,
        threshold: null,
      })),
      ...spikes,
    ];
  }

  async function current(caller: Caller, now: Date) {
    const scope = await eventScope(db, caller);
    const key = JSON.stringify([scope.fullCommunityIds, scope.partial]);
    const hit = cache.get(key);
    if (hit && now.getTime() - hit.at < CACHE_MS) return { scope, ...hit };
    const entry = { at: now.getTime(), items: await compute(scope, now) };
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, entry);
    return { scope, ...entry };
  }

  async function street(caller: Caller, streetId: number, change: boolean) {
    const n = await findNode(db, caller.scope, streetId);
    if (!n || n.kind !== 'street') throw notFound('street');
    if (change && !can(caller.grants, 'event.configure', n.path))
      throw forbidden('street staff set the street’s warning thresholds');
    return n;
  }

  return {
    async list(caller: Caller, q: WarningsQuery, now = new Date()) {
      if (!worksEvents(caller.grants)) throw forbidden('warnings are for the staff who work events');
      const { scope, at, items } = await current(caller, now);
      if (q.communityId !== undefined && !scopeCommunities(scope).includes(q.communityId))
        throw notFound('community');
      const shown = items.filter(
        (w) =>
          (!q.kind || w.kind === q.kind) && (q.communityId === undefined || w.community.id === q.communityId),
      );
      const start = decodeCursor(q.cursor, z.object({ offset: z.number().int().min(0) }))?.offset ?? 0;
      const end = start + q.limit;
      return {
        items: shown.slice(start, end),
        nextCursor: end < shown.length ? encodeCursor({ offset: end }) : null,
        computedAt: new Date(at),
      };
    },

    async policy(caller: Caller, streetId: number) {
      await street(caller, streetId, false);
      const [row] = await repo.streetPolicy(db, streetId);
      const p = row ?? DEFAULT_WARNING_POLICY;
      return {
        streetId,
        hotspotCount: p.hotspotCount,
        hotspotDays: p.hotspotDays,
        spikeK: p.spikeK,
        spikeMinCount: p.spikeMinCount,
        isDefault: !row,
      };
    },

    async setPolicy(caller: Caller, streetId: number, body: WarningPolicyBody) {
      await street(caller, streetId, true);
      await db.transaction(async (tx) => {
        const values = { streetId, ...body, updatedAt: new Date() };
        await tx
          .insert(streetWarningPolicy)
          .values(values)
          .onConflictDoUpdate({ target: streetWarningPolicy.streetId, set: values });
        await appendAudit(tx, {
          communityId: GLOBAL_CHAIN,
          actor: actorOf(caller),
          action: 'warning.policy',
          entityType: 'street',
          entityId: streetId,
          after: body,
        });
      });
      cache.clear();
      return this.policy(caller, streetId);
    },
  };
}
export type WarningsService = ReturnType<typeof warningsService>;
