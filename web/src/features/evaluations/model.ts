/** Pure view logic of the evaluation pages (tested in model.test.ts). */
import type { Dimension, RoundState } from '../../api/evaluations';
import { isLanguage } from '../../i18n/languages';

export const ROUND_COLOR: Record<RoundState, string> = {
  draft: 'default',
  open: 'processing',
  closed: 'blue',
};

/** A dimension's label in the user's language (the questionnaire carries all three). */
export const dimensionLabel = (d: Pick<Dimension, 'label'>, language: string): string =>
  d.label[isLanguage(language) ? language : 'zh-CN'];

/** A questionnaire row as the round form holds it: a default dimension keeps its code, a new one has none yet. */
export interface DimensionRow {
  code?: string;
  'zh-CN'?: string;
  'zh-HK'?: string;
  'en-US'?: string;
}

/**
 * The form's rows as the API's dimensions: labels trimmed, a label left empty in one language filled from
 * another, and a code for each new row (`custom_1`, `custom_2` …) that no other row uses.
 */
export function dimensionsFromRows(rows: readonly DimensionRow[]): Dimension[] {
  const used = new Set(rows.flatMap((r) => (r.code ? [r.code] : [])));
  let next = 1;
  const freshCode = () => {
    while (used.has(`custom_${next}`)) next++;
    const code = `custom_${next}`;
    used.add(code);
    return code;
  };
  return rows.map((r) => {
    const cn = r['zh-CN']?.trim() ?? '';
    const hk = r['zh-HK']?.trim() || cn;
    const en = r['en-US']?.trim() || cn;
    return { code: r.code ?? freshCode(), label: { 'zh-CN': cn || hk, 'zh-HK': hk, 'en-US': en } };
  });
}

export const rowsFromDimensions = (dimensions: readonly Dimension[]): DimensionRow[] =>
  dimensions.map((d) => ({ code: d.code, ...d.label }));

/** A mean score as shown ("4.25"), or a dash when nobody scored. */
export const formatScore = (mean: number | null): string => (mean === null ? '—' : mean.toFixed(2));
