// A month's room bookings as xlsx, for the station's ledger files (台账).
import ExcelJS from 'exceljs';
import type { BookingResponse } from './schema';

const STATUS = { confirmed: '已预约', cancelled: '已取消' } as const;

const time = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(d);

export async function bookingsSheet(month: string, rows: BookingResponse[], timeZone: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${month} 场地预约台账`, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '服务站', width: 22 },
    { header: '场室', width: 16 },
    { header: '开始', width: 18 },
    { header: '结束', width: 18 },
    { header: '人数', width: 8 },
    { header: '用途', width: 30 },
    { header: '预约人', width: 12 },
    { header: '来源', width: 8 },
    { header: '状态', width: 8 },
    { header: '取消人', width: 12 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.addRows(
    rows.map((b) => [
      b.stationName,
      b.roomName,
      time(b.startsAt, timeZone),
      time(b.endsAt, timeZone),
      b.attendees,
      b.purpose,
      b.bookedByName,
      b.byResident ? '居民' : '工作人员',
      STATUS[b.status],
      b.cancelledByName ?? '',
    ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
