// Ledger exports (台账) as xlsx, streamed page by page so a large community never sits in memory.
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { can } from '../../../../domain/auth/policy';
import type { Db } from '../../../db/client';
import { forbidden, notFound } from '../../../http/errors';
import type { Caller } from '../../auth/caller';
import { findNode } from '../../org/repository';
import { LEDGERS, type Ledger, type Where } from './ledger-rows';

export const LEDGER_NAMES = Object.keys(LEDGERS) as Ledger[];

async function writeLedger(db: Db, ledger: Ledger, where: Where, out: Writable): Promise<void> {
  const { title, headers, page } = LEDGERS[ledger];
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = wb.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header) => ({ header, width: Math.max(10, header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let after: number | undefined;
  do {
    const p = await page(db, where, after);
    for (const row of p.rows) sheet.addRow(row).commit();
    after = p.after ?? undefined;
  } while (after !== undefined);
  sheet.commit();
  await wb.commit();
}

export function ledgerService(db: Db, timeZone: string) {
  return {
    /**
     * Checks the place first (404 outside the caller's scope, 403 without `registry.read` there), so that
     * every refusal is an ordinary error response; only then does the file start to stream.
     */
    async open(caller: Caller, ledger: Ledger, placeId: number) {
      const node = await findNode(db, caller.scope, placeId);
      if (!node || node.communityId === null) throw notFound('place');
      if (!can(caller.grants, 'registry.read', node.path)) throw forbidden();
      const where = { scope: caller.scope, communityId: node.communityId, path: node.path, timeZone };
      const stream = new PassThrough();
      writeLedger(db, ledger, where, stream).catch((err: unknown) =>
        stream.destroy(err instanceof Error ? err : new Error(String(err))),
      );
      return {
        stream,
        fileName: {
          ascii: `linli-${ledger}-${node.id}.xlsx`,
          zh: `${node.name}${LEDGERS[ledger].title}.xlsx`,
        },
      };
    },
  };
}
