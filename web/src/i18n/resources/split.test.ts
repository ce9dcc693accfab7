import { describe, expect, it } from 'vitest';
import enUS from './en-US';
import firstEnUS from './first/en-US';
import firstZhCN from './first/zh-CN';
import firstZhHK from './first/zh-HK';
import zhCN from './zh-CN';
import zhHK from './zh-HK';

/** Every text's dotted key ("votes.phone.entry"). */
function leafKeys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]: [string, unknown]) =>
    value !== null && typeof value === 'object' ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const LANGUAGES = [
  { name: 'zh-CN', first: firstZhCN, other: zhCN },
  { name: 'zh-HK', first: firstZhHK, other: zhHK },
  { name: 'en-US', first: firstEnUS, other: enUS },
];

describe('texts split between the first pack and the others', () => {
  it.each(LANGUAGES)('$name: no text is in both (the one loaded last would win)', ({ first, other }) => {
    const firstKeys = new Set(leafKeys(first));
    expect(leafKeys(other).filter((key) => firstKeys.has(key))).toEqual([]);
  });

  it.each(LANGUAGES)('$name: the same keys in each half as zh-CN', ({ first, other }) => {
    expect(leafKeys(first).sort()).toEqual(leafKeys(firstZhCN).sort());
    expect(leafKeys(other).sort()).toEqual(leafKeys(zhCN).sort());
  });
});
