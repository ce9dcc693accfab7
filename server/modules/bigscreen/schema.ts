import { z } from 'zod';
import { alert } from '../devices/schema';
import { eventSummary } from '../events/schema';

const rate = z.number().nullable();

export const snapshot = z
  .object({
    node: z.object({ id: z.number(), kind: z.string(), name: z.string() }),
    asOf: z.date(),
    /** The period of the rates, the categories and the trend: the last 30 local days, today included. */
    from: z.string(),
    to: z.string(),
    today: z.object({ reported: z.number() }),
    open: z.number(),
    overdue: z.number(),
    handlingRate: rate,
    onTimeRate: rate,
    satisfactionRate: rate,
    reported: z.number(),
    byCategory: z.array(z.object({ code: z.string(), count: z.number() })),
    trend: z.array(z.object({ day: z.string(), reported: z.number(), closed: z.number() })),
    overdueList: z.array(eventSummary),
    /** null where the caller does not read devices; likewise volunteers and building leaders. */
    alerts: z.object({ active: z.number(), items: z.array(alert) }).nullable(),
    volunteers: z.object({ hours: z.number(), personTimes: z.number() }).nullable(),
    buildingLeaders: z.object({ total: z.number(), covered: z.number(), rate: z.number() }).nullable(),
  })
  .meta({ id: 'BigScreenSnapshot' });
