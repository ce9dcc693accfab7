import { describe, expect, it } from 'vitest';
import { countText, rateText, tone } from './model';

describe('big screen figures', () => {
  it('shows a rate as a percentage with one decimal, and a dash where nothing was counted', () => {
    expect(rateText(0.934)).toBe('93.4%');
    expect(rateText(1)).toBe('100.0%');
    expect(rateText(0)).toBe('0.0%');
    expect(rateText(null)).toBe('—');
  });

  it('keeps thousands apart in the locale', () => {
    expect(countText(11925, 'en-US')).toBe('11,925');
    expect(countText(0, 'zh-CN')).toBe('0');
    expect(countText(null, 'zh-CN')).toBe('—');
  });

  it('turns alarms red at the first one and rates amber below the threshold', () => {
    expect(tone('alarm', 0)).toBe('ok');
    expect(tone('alarm', 1)).toBe('alarm');
    expect(tone('rate', 0.934)).toBe('ok');
    expect(tone('rate', 0.85)).toBe('warn');
    expect(tone('rate', 0.85, 0.8)).toBe('ok');
    expect(tone('rate', null)).toBe('ok');
    expect(tone('count', 500)).toBe('ok');
  });
});
