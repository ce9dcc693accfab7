// A person's monthly passbook statement (爱心存折月结单) as xlsx, for the community's ledger files (台账).
import ExcelJS from 'exceljs';
import type { StatementResponse } from './schema';

const KIND = { service: '志愿服务', open_event: '党员接单', redemption: '积分兑换' } as const;

const time = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(d);

export async function statementSheet(s: StatementResponse, timeZone: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${s.month} 积分月结单`, { views: [{ state: 'frozen', ySplit: 6 }] });
  ws.columns = [{ width: 18 }, { width: 12 }, { width: 36 }, { width: 10 }, { width: 10 }, { width: 14 }];
  ws.addRows([
    ['姓名', s.name, '月份', s.month],
    ['期初余额', s.opening, '本月获得', s.earned],
    ['本月兑换', s.spent, '期末余额', s.closing],
    [],
    [],
    ['时间', '类别', '事由', '积分', '余额', '经办人'],
  ]);
  ws.getRow(6).font = { bold: true };
  ws.addRows(
    s.entries.map((e) => [
      time(e.createdAt, timeZone),
      KIND[e.kind],
      e.note,
      e.points,
      e.balanceAfter,
      e.byName,
    ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
