import fc from 'fast-check';
import { seededRandom } from '../common/seeded-random';
import { describe, expect, it } from 'vitest';
import {
  backtest,
  blocks,
  fitHoltWinters,
  forecast,
  HELD_OUT_WEEKS,
  minPoints,
  project,
  runHoltWinters,
  weeklyForecast,
} from './holt-winters';

const seeded = seededRandom;
const range = (n: number, f: (t: number) => number) => Array.from({ length: n }, (_, t) => f(t));
const PATTERN = [3, 5, 4, 2, 0, -6, -8]; // sums to zero: weekdays busy, weekend quiet

describe('exact sequences', () => {
  it('continues a constant', () => {
    expect(
      forecast(
        range(21, () => 4),
        7,
        5,
      ),
    ).toEqual([4, 4, 4, 4, 4]);
  });

  it('continues a straight line, whatever the smoothing', () => {
    const line = range(28, (t) => 5 + 2 * t);
    for (const s of [
      { alpha: 0.05, beta: 0, gamma: 0.05 },
      { alpha: 0.5, beta: 0.1, gamma: 0.4 },
    ]) {
      const fit = runHoltWinters(line, 7, s);
      expect(fit.mse).toBeCloseTo(0, 9);
      project(fit, line.length, 3).forEach((v, h) => expect(v).toBeCloseTo(5 + 2 * (28 + h), 9));
    }
  });

  it('continues a line plus a weekly pattern, the pattern in phase', () => {
    const series = range(35, (t) => 20 + 0.5 * t + PATTERN[t % 7]!);
    const got = forecast(series, 7, 10);
    got.forEach((v, h) => expect(v).toBeCloseTo(20 + 0.5 * (35 + h) + PATTERN[(35 + h) % 7]!, 9));
  });

  it('continues a repeating pattern of another period', () => {
    const series = [10, 2, 6, 10, 2, 6, 10, 2, 6];
    forecast(series, 3, 4).forEach((v, h) => expect(v).toBeCloseTo([10, 2, 6, 10][h]!, 9));
  });

  it('never forecasts fewer than zero events', () => {
    const falling = range(21, (t) => Math.max(0, 20 - t));
    expect(forecast(falling, 7, 30).every((v) => v >= 0)).toBe(true);
    expect(forecast(falling, 7, 30).at(-1)).toBe(0);
  });

  it('refuses a series shorter than two periods, and a period that is not whole', () => {
    expect(minPoints(7)).toBe(14);
    expect(() =>
      runHoltWinters(
        range(13, () => 1),
        7,
        { alpha: 0.1, beta: 0, gamma: 0.1 },
      ),
    ).toThrow(RangeError);
    expect(() =>
      runHoltWinters(
        range(20, () => 1),
        2.5,
        { alpha: 0.1, beta: 0, gamma: 0.1 },
      ),
    ).toThrow(RangeError);
  });

  it('fits an exact series with no error and picks the first best smoothing', () => {
    const fit = fitHoltWinters(
      range(28, (t) => 3 + PATTERN[t % 7]! + 8),
      7,
    );
    expect(fit.mse).toBeCloseTo(0, 9);
  });
});

describe('blocks', () => {
  it('sums whole weeks and drops a partial one', () => {
    expect(blocks([1, 2, 3, 4, 5], 2)).toEqual([3, 7]);
    expect(blocks([], 7)).toEqual([]);
  });
});

describe('backtest', () => {
  it('reports a small error on a seasonal series with a little noise', () => {
    const random = seeded(7);
    // A year of days: level 30 slowly rising, the weekly pattern, ±1 of noise.
    const series = range(364, (t) => Math.round(30 + 0.01 * t + PATTERN[t % 7]! + (random() * 2 - 1)));
    const err = backtest(series, 7, 7, HELD_OUT_WEEKS)!;
    expect(err.blocks).toBe(4);
    expect(err.wape).not.toBeNull();
    expect(err.wape!).toBeLessThan(0.03);
    expect(err.mae).toBeLessThan(7); // events per week, out of about 230
  });

  it('reports a large error on a purely random series', () => {
    const random = seeded(11);
    // Random at the resolution the forecast speaks of: each week's total drawn anew (0–199), then spread over its
    // days at random. (Daily noise alone would mostly cancel out in the weekly sums.)
    const series = range(52, () => Math.floor(random() * 200)).flatMap((total) => {
      const days = Array<number>(7).fill(0);
      for (let k = 0; k < total; k++) days[Math.floor(random() * 7)]! += 1;
      return days;
    });
    const err = backtest(series, 7, 7, HELD_OUT_WEEKS)!;
    expect(err.wape!).toBeGreaterThan(0.3);
    const seasonal = seeded(7);
    const calm = range(364, (t) => Math.round(30 + PATTERN[t % 7]! + (seasonal() * 2 - 1)));
    expect(err.wape!).toBeGreaterThan(5 * backtest(calm, 7, 7, HELD_OUT_WEEKS)!.wape!);
  });

  it('is exact on an exact series', () => {
    const series = range(70, (t) => 12 + PATTERN[t % 7]!);
    expect(backtest(series, 7, 7, 4)).toEqual({
      mae: expect.closeTo(0, 9),
      wape: expect.closeTo(0, 9),
      blocks: 4,
    });
  });

  it('has no percentage when nothing happened in the held-out weeks', () => {
    const series = [...range(28, (t) => (t % 7 === 0 ? 7 : 0)), ...range(28, () => 0)];
    const err = backtest(series, 7, 7, 4)!;
    expect(err.wape).toBeNull();
    expect(err.mae).toBeGreaterThan(0);
  });

  it('holds nothing out when the rest would be too short to fit', () => {
    expect(
      backtest(
        range(41, () => 1),
        7,
        7,
        4,
      ),
    ).toBeNull();
    expect(
      backtest(
        range(42, () => 1),
        7,
        7,
        4,
      ),
    ).not.toBeNull();
    expect(
      backtest(
        range(42, () => 1),
        7,
        7,
        0,
      ),
    ).toBeNull();
  });

  it('never reports a negative error', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 42, maxLength: 120 }), (series) => {
        const err = backtest(series, 7, 7, 4)!;
        expect(err.mae).toBeGreaterThanOrEqual(0);
        if (err.wape !== null) expect(err.wape).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 30 },
    );
  });
});

describe('weekly forecast', () => {
  it('forecasts whole weeks from days, with the backtest beside it', () => {
    const daily = range(70, (t) => 12 + PATTERN[t % 7]!);
    const got = weeklyForecast(daily, 8)!;
    expect(got.weeks).toHaveLength(8);
    got.weeks.forEach((w) => expect(w).toBeCloseTo(84, 6));
    expect(got.error?.mae).toBeCloseTo(0, 6);
  });

  it('forecasts without a backtest on a short history, and nothing on less than two weeks', () => {
    expect(
      weeklyForecast(
        range(13, () => 1),
        4,
      ),
    ).toBeNull();
    const short = weeklyForecast(
      range(20, () => 1),
      4,
    )!;
    expect(short.weeks).toHaveLength(4);
    short.weeks.forEach((w) => expect(w).toBeCloseTo(7, 9));
    expect(short.error).toBeNull();
  });
});
