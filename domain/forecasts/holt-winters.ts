// Forecasts of event counts (issue 7 item 4): additive Holt-Winters (level, trend, season) fitted by a small
// grid search, and a backtest that holds out the last weeks so staff see how far to trust the numbers.
// Pure maths, no I/O: the server hands it daily counts read from the rollup.

export interface Smoothing {
  alpha: number;
  beta: number;
  gamma: number;
}

export interface HoltWintersFit extends Smoothing {
  period: number;
  level: number;
  trend: number;
  /** Seasonal terms indexed by position in the period of the series' own day 0. */
  season: number[];
  /** Mean squared one-step error over the series after its first period. */
  mse: number;
}

/** The fewest points a fit needs: two whole periods, to tell the trend from the season. */
export const minPoints = (period: number) => 2 * period;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Runs additive Holt-Winters over `series` with fixed smoothing. Initial state from the first two periods:
 * the trend is the change of the period means per step, the level is the first period's mean carried to its last
 * point, and the season is the first period detrended. So a series that is exactly linear, or linear plus a
 * repeating pattern summing to zero, is fitted with no error at all whatever the smoothing.
 */
export function runHoltWinters(series: readonly number[], period: number, s: Smoothing): HoltWintersFit {
  if (!Number.isInteger(period) || period < 1)
    throw new RangeError(`period must be a whole number ≥ 1, got ${period}`);
  if (series.length < minPoints(period))
    throw new RangeError(`needs at least ${minPoints(period)} points, got ${series.length}`);
  const first = mean(series.slice(0, period));
  let trend = (mean(series.slice(period, 2 * period)) - first) / period;
  let level = first + (trend * (period - 1)) / 2;
  const season = series.slice(0, period).map((x, i) => x - (first + trend * (i - (period - 1) / 2)));
  let sse = 0;
  for (let t = period; t < series.length; t++) {
    const x = series[t]!;
    const i = t % period;
    const seasonal = season[i]!;
    const err = x - (level + trend + seasonal);
    sse += err * err;
    const nextLevel = s.alpha * (x - seasonal) + (1 - s.alpha) * (level + trend);
    trend = s.beta * (nextLevel - level) + (1 - s.beta) * trend;
    season[i] = s.gamma * (x - nextLevel) + (1 - s.gamma) * seasonal;
    level = nextLevel;
  }
  return { ...s, period, level, trend, season, mse: sse / (series.length - period) };
}

/** The next `horizon` points after a series of `length` points. */
export function project(fit: HoltWintersFit, length: number, horizon: number): number[] {
  return Array.from(
    { length: horizon },
    (_, h) => fit.level + (h + 1) * fit.trend + fit.season[(length + h) % fit.period]!,
  );
}

// A coarse grid: the counts are small and noisy, a finer search only fits the noise. Trend smoothing stays low
// (0 keeps the first trend) so a few busy weeks do not send a forecast running off for two months.
const ALPHAS = [0.05, 0.1, 0.2, 0.3, 0.5];
const BETAS = [0, 0.01, 0.05, 0.1];
const GAMMAS = [0.05, 0.1, 0.2, 0.4];

/** The smoothing with the least one-step error over `series`. */
export function fitHoltWinters(series: readonly number[], period: number): HoltWintersFit {
  let best: HoltWintersFit | null = null;
  for (const alpha of ALPHAS)
    for (const beta of BETAS)
      for (const gamma of GAMMAS) {
        const fit = runHoltWinters(series, period, { alpha, beta, gamma });
        if (!best || fit.mse < best.mse - 1e-12) best = fit;
      }
  return best!;
}

/** Forecast `horizon` points; counts never go below zero. */
export function forecast(series: readonly number[], period: number, horizon: number): number[] {
  return project(fitHoltWinters(series, period), series.length, horizon).map((v) => Math.max(0, v));
}

/** Sums consecutive blocks of `size` points; a trailing partial block is dropped. */
export function blocks(series: readonly number[], size: number): number[] {
  return Array.from({ length: Math.floor(series.length / size) }, (_, b) =>
    series.slice(b * size, (b + 1) * size).reduce((a, x) => a + x, 0),
  );
}

export interface BacktestError {
  /** Mean absolute error per block (events per week). */
  mae: number;
  /** Weighted absolute percentage error: Σ|error| / Σ actual; null when nothing happened in the held-out span. */
  wape: number | null;
  /** Blocks held out. */
  blocks: number;
}

/**
 * Fits on all but the last `heldOut` blocks of `size` points, forecasts them, and compares the forecast block
 * sums with what happened. WAPE rather than MAPE: a week with no events makes MAPE infinite, and WAPE weighs
 * each week by its size, which is what staff read the forecast for. Null when the series is too short to hold
 * anything out and still fit.
 */
export function backtest(
  series: readonly number[],
  period: number,
  size: number,
  heldOut: number,
): BacktestError | null {
  const hold = heldOut * size;
  if (heldOut < 1 || series.length - hold < minPoints(period)) return null;
  const train = series.slice(0, series.length - hold);
  const predicted = blocks(forecast(train, period, hold), size);
  const actual = blocks(series.slice(series.length - hold), size);
  const abs = actual.reduce((a, x, i) => a + Math.abs(x - predicted[i]!), 0);
  const total = actual.reduce((a, x) => a + x, 0);
  return { mae: abs / heldOut, wape: total > 0 ? abs / total : null, blocks: heldOut };
}

export interface WeeklyForecast {
  /** Events per week for the coming weeks, from the whole history. */
  weeks: number[];
  /** The backtest's error; null when the history is too short to hold weeks out. */
  error: BacktestError | null;
}

/** Days per week, and the weekly pattern the daily model learns (fewer reports at weekends). */
export const WEEK = 7;
/** Weeks held out by the backtest. */
export const HELD_OUT_WEEKS = 4;

/**
 * Weekly forecast from daily counts (oldest first, ending with the last whole day). The model runs on days with
 * a period of one week: a year of history is enough for it, where a yearly season on weekly counts would need
 * two years before it can be fitted at all. Null when there are fewer than two weeks of days.
 */
export function weeklyForecast(daily: readonly number[], weeks: number): WeeklyForecast | null {
  if (daily.length < minPoints(WEEK)) return null;
  return {
    weeks: blocks(forecast(daily, WEEK, weeks * WEEK), WEEK),
    error: backtest(daily, WEEK, WEEK, HELD_OUT_WEEKS),
  };
}
