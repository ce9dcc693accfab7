import { describe, expect, it } from 'vitest';
import { IMPORT_MESSAGES, describeImportError, importError } from './import-messages';
import type { ImportErrorCode } from './import-messages';

describe('import messages', () => {
  it('fill their params in either language', () => {
    expect(describeImportError('area_too_large', { max: 10000 }, 'zh-CN')).toBe('面积应小于 10000 平方米');
    expect(describeImportError('area_too_large', { max: 10000 }, 'en-US')).toBe(
      'The area must be less than 10000 m²',
    );
  });

  it('leave a placeholder whose param is missing visible rather than printing undefined', () => {
    expect(describeImportError('duplicate_owner', {}, 'en-US')).toBe(
      'Repeats row {firstRow}: the same owner of the same house',
    );
  });

  it('build an error whose message reads Chinese first, then English', () => {
    expect(importError(3, '楼层', 'floor_out_of_range', { min: -5, max: 200 })).toEqual({
      row: 3,
      column: '楼层',
      code: 'floor_out_of_range',
      params: { min: -5, max: 200 },
      message: '楼层应在 -5 到 200 之间 / The floor must be between -5 and 200',
    });
  });

  it('use in each language exactly the placeholders of the other', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [code, [zh, en]] of Object.entries(IMPORT_MESSAGES) as [
      ImportErrorCode,
      readonly [string, string],
    ][]) {
      expect(placeholders(zh), code).toEqual(placeholders(en));
    }
  });
});
