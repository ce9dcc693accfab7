// A micro-project's money ledger (收支台账) as xlsx: every entry in order, the totals, and whether it balances.
import ExcelJS from 'exceljs';
import type { LedgerKind } from '../../../domain/projects/ledger';
import type { EntryResponse } from './schema';
import type { ProjectRow } from './repository';

const KIND: Record<LedgerKind, string> = {
  community_fund: '社区资金',
  government_grant: '政府补助',
  contribution: '居民众筹',
  expense: '支出',
  refund: '退还结余',
};
const yuan = (cents: number) => cents / 100;

const time = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(d);

export async function ledgerSheet(p: ProjectRow, entries: EntryResponse[], timeZone: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('收支台账', { views: [{ state: 'frozen', ySplit: 6 }] });
  ws.columns = [
    { width: 18 },
    { width: 12 },
    { width: 16 },
    { width: 12 },
    { width: 12 },
    { width: 20 },
    { width: 30 },
    { width: 12 },
  ];
  ws.addRows([
    ['项目', p.title, '预算(元)', yuan(p.budget)],
    ['收入合计(元)', yuan(p.income), '支出合计(元)', yuan(p.expense)],
    ['结余(元)', yuan(p.balance), '收支平衡', p.balance === 0 ? '是' : '否'],
    [],
    [],
    ['时间', '类别', '收据号', '收入(元)', '支出(元)', '出资人/收款方', '说明', '经办人'],
  ]);
  ws.getRow(6).font = { bold: true };
  const income = (k: LedgerKind) =>
    k === 'community_fund' || k === 'government_grant' || k === 'contribution';
  ws.addRows(
    [...entries]
      .reverse()
      .map((e) => [
        time(e.createdAt, timeZone),
        KIND[e.kind],
        e.receiptNo ?? '',
        income(e.kind) ? yuan(e.amount) : '',
        income(e.kind) ? '' : yuan(e.amount),
        e.contributor ?? e.payee ?? '',
        e.note ?? '',
        e.byName,
      ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
