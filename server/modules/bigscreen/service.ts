import { and, inArray, lt, sql } from 'drizzle-orm';
import { addDays, localDate } from '../../../domain/common/local-date';
import { RUNNING_STATES } from '../../../domain/events/machine';
import { worksEvents } from '../../../domain/events/parties';
import type { Db } from '../../db/client';
import { event } from '../../db/schema';
import { AppError, forbidden, notFound } from '../../http/errors';
import type { Caller } from '../auth/caller';
import type { DevicesService } from '../devices/service';
import type { EventsModule } from '../events/module';
import type { EventsService } from '../events/service';
import { eventScope } from '../events/scope';
import type { coverageService } from '../governance/coverage-service';
import { findNode } from '../org/repository';
import { volunteerStats } from '../volunteers/stats';

/** The trend and the rates cover the last 30 days, today included (the default period of the events statistics). */
export const TREND_DAYS = 30;
const OVERDUE_SHOWN = 10;
const ALERTS_SHOWN = 20;

export interface BigScreenDeps {
  db: Db;
  timeZone: string;
  events: Pick<EventsModule, 'stats' | 'reads'> & { events: Pick<EventsService, 'visible'> };
  devices: Pick<DevicesService, 'alerts' | 'activeCount'>;
  coverage: Pick<ReturnType<typeof coverageService>, 'coverage'>;
}

/**
 * A panel the caller's roles do not reach (no devices, volunteers or governance where they work) is left out (null)
 * rather than failing the whole screen.
 */
async function ifAllowed<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof AppError && (err.code === 'forbidden' || err.code === 'not_found')) return null;
    throw err;
  }
}

/**
 * The big screen (大屏) of a street, district or community: one snapshot of what its staff watch, built from the
 * capabilities' own reads so every figure is the one their pages show (the rates are those of GET /stats/events).
 */
export function bigScreenService({ db, timeZone, events, devices, coverage }: BigScreenDeps) {
  /** The node, if the caller works events and sees it (404 otherwise, as for any object outside the scope). */
  async function nodeOf(caller: Caller, nodeId: number) {
    if (!worksEvents(caller.grants)) throw forbidden('the big screen is for the staff who work events');
    const n = await findNode(db, await eventScope(db, caller), nodeId);
    if (!n) throw notFound('node');
    return n;
  }

  async function liveCounts(caller: Caller, under: { path: string; communityId: number | null }) {
    const running = inArray(event.status, [...RUNNING_STATES]);
    const [r] = await db
      .select({
        open: sql<number>`count(*)::int`,
        overdue: sql<number>`(count(*) filter (where ${lt(event.deadline, new Date())}))::int`,
      })
      .from(event)
      .where(
        and(
          await events.events.visible(caller),
          running,
          under.communityId !== null ? sql`${event.communityId} = ${under.communityId}` : undefined,
          sql`${event.placePath} like ${`${under.path}%`}`,
        ),
      );
    return { open: r?.open ?? 0, overdue: r?.overdue ?? 0 };
  }

  return {
    nodeOf,

    async snapshot(caller: Caller, nodeId: number, now = new Date()) {
      const node = await nodeOf(caller, nodeId);
      const today = localDate(now, timeZone);
      const from = addDays(today, -(TREND_DAYS - 1));
      const [day, period, counts, overdue, alerts, alertCount, volunteers, leaders] = await Promise.all([
        events.stats(caller, { nodeId, from: today, to: today }),
        events.stats(caller, { nodeId, from, to: today }),
        liveCounts(caller, node),
        events.reads.list(caller, { nodeId, overdue: true, limit: OVERDUE_SHOWN }),
        ifAllowed(() => devices.alerts(caller, { status: 'active', nodeId, limit: ALERTS_SHOWN })),
        ifAllowed(() => devices.activeCount(caller, nodeId)),
        ifAllowed(() =>
          volunteerStats(db, caller, {
            by: 'scope',
            nodeId,
            from: new Date(now.getTime() - TREND_DAYS * 86_400_000),
            limit: 1,
          }),
        ),
        ifAllowed(() => coverage.coverage(caller, nodeId)),
      ]);
      return {
        node: { id: node.id, kind: node.kind, name: node.name },
        asOf: now,
        from,
        to: today,
        today: { reported: day.total },
        open: counts.open,
        overdue: counts.overdue,
        handlingRate: period.handlingRate,
        onTimeRate: period.onTimeRate,
        satisfactionRate: period.satisfactionRate,
        reported: period.total,
        byCategory: period.byCategory,
        trend: period.byDay,
        overdueList: overdue.items,
        alerts: alerts && alertCount ? { active: alertCount.active, items: alerts.items } : null,
        volunteers: volunteers
          ? { hours: volunteers.total.hours, personTimes: volunteers.total.personTimes }
          : null,
        buildingLeaders: leaders ? leaders.buildingLeaders.overall : null,
      };
    },
  };
}

export type BigScreenService = ReturnType<typeof bigScreenService>;
