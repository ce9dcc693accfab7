// The import report. Problems a single row shows are found by domain/registry; these are the ones only
// the registry can tell: names that lead nowhere the caller keeps, houses that clash with what is recorded.
import { z } from 'zod';
import type { ImportError, ImportErrorParams } from '../../../../domain/registry/import-messages';

/** The domain's `ImportError` with the server's codes added; `row` as the spreadsheet numbers it. */
export type RowError = Omit<ImportError, 'code'> & { code: ImportError['code'] | RegistryErrorCode };

export const rowError = z.object({
  row: z.number(),
  column: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export const importReport = z
  .object({ imported: z.number(), rejected: z.array(rowError) })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof importReport>;

// Same shape as domain/registry/import-messages: Chinese, then English, placeholders {name}.
const REGISTRY_MESSAGES = {
  place_unknown: ['找不到「{value}」,或您无权查看', 'No "{value}" here, or it is outside what you may see'],
  place_forbidden: ['您无权修改此处的登记', 'You may not change the registry here'],
  house_unknown: [
    '房屋「{value}」尚未登记:请先导入房屋',
    'House "{value}" is not registered: import the houses first',
  ],
  house_differs: ['该房屋已登记,但{header}为 {value}', 'The house is registered with {header} {value}'],
  duplicate_resident: [
    '与第 {firstRow} 行重复:同一房屋的同一居民',
    'Repeats row {firstRow}: the same resident of the same house',
  ],
  no_rows: ['表格中没有数据行', 'The sheet has no data rows'],
} as const satisfies Record<string, readonly [zh: string, en: string]>;
export type RegistryErrorCode = keyof typeof REGISTRY_MESSAGES;

const fill = (template: string, params: ImportErrorParams) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params[name] ?? placeholder));

export function registryError(
  row: number,
  column: string,
  code: RegistryErrorCode,
  params: ImportErrorParams = {},
): RowError {
  const [zh, en] = REGISTRY_MESSAGES[code];
  return { row, column, code, params, message: `${fill(zh, params)} / ${fill(en, params)}` };
}

/** Rows in sheet order, and within a row in column order of discovery. */
export const byRow = (errors: RowError[]) => [...errors].sort((a, b) => a.row - b.row);
