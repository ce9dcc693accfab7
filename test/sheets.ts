import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { textOf } from '../server/modules/registry/import/sheet';
import { as, type Session } from './session';

/** An .xlsx file with one sheet holding `rows`, as a clerk would save it. */
export async function xlsx(rows: readonly (readonly (string | number)[])[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('导入');
  for (const r of rows) sheet.addRow([...r]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readXlsx(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs declares an ArrayBuffer but reads Node buffers.
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

/** Every cell of every sheet as text, one per line: for "contains" and "never contains" checks. */
export const workbookText = (wb: ExcelJS.Workbook) =>
  wb.worksheets
    .flatMap((s) => s.getSheetValues().flatMap((r) => (Array.isArray(r) ? r.map((v) => textOf(v)) : [])))
    .join('\n');

/** A multipart form post as a browser sends it: text fields, then the file. */
export function postFile(
  app: FastifyInstance,
  s: Session,
  url: string,
  fields: Record<string, string>,
  file: { name: string; content: Buffer },
) {
  const boundary = `----linli${Date.now()}`;
  const head = (name: string, extra = '') =>
    `--${boundary}\r\ncontent-disposition: form-data; name="${name}"${extra}\r\n`;
  const payload = Buffer.concat([
    ...Object.entries(fields).map(([k, v]) => Buffer.from(`${head(k)}\r\n${v}\r\n`)),
    Buffer.from(`${head('file', `; filename="${file.name}"`)}content-type: application/octet-stream\r\n\r\n`),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return as(
    app,
    s,
  )({
    method: 'POST',
    url,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}
