import { z } from 'zod';
import { id } from '../org/schema';

export const MAX_FORECAST_WEEKS = 12;

export const forecastQuery = z.object({
  nodeId: id,
  /** One category (and its sub-categories); all categories when absent. */
  categoryCode: z.string().trim().min(1).max(64).optional(),
  weeks: z.coerce.number().int().min(1).max(MAX_FORECAST_WEEKS).default(8),
});
export type ForecastQuery = z.infer<typeof forecastQuery>;

const week = z.object({ weekStart: z.string(), count: z.number() });

export const forecastResponse = z
  .object({
    nodeId: z.number(),
    categoryCode: z.string().nullable(),
    model: z.literal('holt-winters-additive'),
    /** The model's season: days per cycle (7, the weekly pattern). */
    period: z.number(),
    /** Whole past weeks ending yesterday, oldest first. */
    history: z.array(week),
    /** Expected events per coming week, with a band of ± the backtest's mean absolute error. */
    forecast: z.array(week.extend({ low: z.number(), high: z.number() })),
    /** The backtest over the last weeks held out; null when the history is too short to hold any out. */
    error: z.object({ mae: z.number(), wape: z.number().nullable(), heldOutWeeks: z.number() }).nullable(),
    /** Why there is no forecast: fewer than two weeks of history. */
    reason: z.enum(['too_little_history']).nullable(),
  })
  .meta({ id: 'Forecast' });
export type ForecastResponse = z.infer<typeof forecastResponse>;
