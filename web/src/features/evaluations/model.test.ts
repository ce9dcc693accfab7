import { describe, expect, it } from 'vitest';
import { DEFAULT_DIMENSIONS } from '../../../../domain/evaluations/rounds';
import { dimensionLabel, dimensionsFromRows, formatScore, rowsFromDimensions } from './model';

describe('questionnaire rows', () => {
  it('round-trips the default questionnaire unchanged', () => {
    const dims = DEFAULT_DIMENSIONS.property_company;
    expect(dimensionsFromRows(rowsFromDimensions(dims))).toEqual(dims);
  });
  it('gives new rows fresh codes and fills missing names from the simplified one', () => {
    const out = dimensionsFromRows([
      { code: 'custom_1', 'zh-CN': '绿化', 'zh-HK': '綠化', 'en-US': 'Greenery' },
      { 'zh-CN': ' 停车管理 ' },
      { 'zh-CN': '电梯', 'en-US': 'Lifts' },
    ]);
    expect(out.map((d) => d.code)).toEqual(['custom_1', 'custom_2', 'custom_3']);
    expect(out[1]!.label).toEqual({ 'zh-CN': '停车管理', 'zh-HK': '停车管理', 'en-US': '停车管理' });
    expect(out[2]!.label['en-US']).toBe('Lifts');
    expect(new Set(out.map((d) => d.code)).size).toBe(out.length);
  });
});

describe('labels and scores', () => {
  const d = DEFAULT_DIMENSIONS.property_company[1]!;
  it('names a dimension in the user’s language, simplified Chinese otherwise', () => {
    expect(dimensionLabel(d, 'zh-HK')).toBe('環境衞生');
    expect(dimensionLabel(d, 'en-US')).toBe('Cleanliness');
    expect(dimensionLabel(d, 'fr')).toBe('环境卫生');
  });
  it('shows a mean with two decimals, a dash for nobody', () => {
    expect(formatScore(4.5)).toBe('4.50');
    expect(formatScore(null)).toBe('—');
  });
});
