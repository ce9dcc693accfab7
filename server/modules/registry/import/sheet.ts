// An uploaded sheet as rows of text cells, numbered as the spreadsheet shows them, whether it came as
// .xlsx or as CSV. Cells are text because the row parsers of domain/registry read text.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { invalid } from '../../../http/errors';
import { parseCsv } from './csv';

export type SheetRow = { row: number; cells: string[] };
export type SheetFormat = 'xlsx' | 'csv';

const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
const BOM = '\uFEFF';

/** By content first: an .xlsx is a zip archive whatever it is called; anything else must say it is CSV. */
export function formatOf(file: Buffer, fileName: string, mimeType: string): SheetFormat {
  if (file.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (/\.csv$/i.test(fileName) || mimeType === 'text/csv') return 'csv';
  throw invalid([{ path: 'body.file', message: 'the file must be an .xlsx workbook or a UTF-8 CSV file' }]);
}

export async function readSheet(file: Buffer, format: SheetFormat): Promise<SheetRow[]> {
  const rows = format === 'xlsx' ? await readXlsx(file) : readCsv(file);
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

function readCsv(file: Buffer): SheetRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    // Excel's plain "CSV" is GBK on Chinese Windows; its "CSV UTF-8" is what decodes here.
    throw invalid([{ path: 'body.file', message: 'the CSV file is not UTF-8: save it as "CSV UTF-8"' }]);
  }
  return parseCsv(text.startsWith(BOM) ? text.slice(1) : text).map((cells, i) => ({ row: i + 1, cells }));
}

/** The first worksheet, streamed: loading the whole workbook model takes three times as long. */
async function readXlsx(file: Buffer): Promise<SheetRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell date cells from number cells.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const rows: SheetRow[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        rows.push({ row: row.number, cells: Array.from(values.slice(1), textOf) });
      }
      break;
    }
  } catch {
    throw invalid([{ path: 'body.file', message: 'the .xlsx file cannot be read' }]);
  }
  return rows;
}

/** A cell as the clerk sees it: formulas by their result, dates as YYYY-MM-DD. */
export function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Excel dates have no zone; exceljs reads them as UTC midnight.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return '';
  return textOf(value.result);
}
