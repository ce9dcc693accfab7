// The mediation ledger (人民调解台账) as xlsx: one row per case, for the community's files and the street's returns.
import ExcelJS from 'exceljs';
import type { CaseType, CaseState, Outcome } from '../../../domain/mediation/machine';
import type { CaseRow, PartyRow } from './repository';

const TYPE: Record<CaseType, string> = {
  neighbour: '邻里纠纷',
  property: '物业纠纷',
  construction: '装修施工纠纷',
  family: '婚姻家庭纠纷',
  labour: '劳动纠纷',
  other: '其他',
};
const STATUS: Record<CaseState, string> = {
  open: '调解中',
  agreed: '已达成协议',
  failed: '调解不成',
  referred: '已移送',
  followed_up: '已回访',
  closed: '已结案',
};
const OUTCOME: Record<Outcome, string> = { agreed: '调解成功', failed: '调解不成', referred: '移送' };

const day = (d: Date | null, timeZone: string) =>
  d ? new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short' }).format(d) : '';

export async function casesSheet(
  rows: { c: CaseRow; parties: PartyRow[]; place: string }[],
  timeZone: string,
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人民调解台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [10, 12, 20, 14, 28, 24, 24, 12, 12, 36, 24, 12, 12].map((width) => ({ width }));
  ws.addRow([
    '编号',
    '受理日期',
    '地点',
    '类型',
    '案由',
    '申请人',
    '被申请人',
    '状态',
    '结果',
    '协议内容',
    '移送去向',
    '回访日期',
    '结案日期',
  ]);
  ws.getRow(1).font = { bold: true };
  const names = (ps: PartyRow[], role: PartyRow['role']) =>
    ps
      .filter((p) => p.role === role)
      .map((p) => p.name)
      .join('、');
  for (const { c, parties, place } of rows)
    ws.addRow([
      c.id,
      day(c.openedAt, timeZone),
      place,
      TYPE[c.type],
      c.title,
      names(parties, 'applicant'),
      names(parties, 'respondent'),
      STATUS[c.status],
      c.outcome ? OUTCOME[c.outcome] : '',
      c.agreement ?? '',
      c.referredTo ?? '',
      c.followUpOn ?? '',
      day(c.closedAt, timeZone),
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
