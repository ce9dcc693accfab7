// A vote's full record as xlsx (RULES.md §1: an owner may ask a court to revoke a decision within a year, so the
// electorate, every ballot and how it was cast are kept and exportable). Names are in full: the record is for
// those who run the vote.
import ExcelJS from 'exceljs';
import type { Executor } from '../../db/client';
import type { VoteResult } from './schema';
import * as repo from './repository';

const CHOICE = { agree: '同意', disagree: '反对', abstain: '弃权' } as const;
const CHANNEL = { online: '线上', paper: '书面', proxy: '委托' } as const;
const SOURCE = { registered: '不动产登记', surveyed: '测绘', contract: '合同' } as const;
const STATUS = { draft: '草稿', open: '表决中', closed: '已结束', cancelled: '已取消' } as const;

const time = (d: Date | null, timeZone: string) =>
  d ? new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(d) : '';

function sheet(wb: ExcelJS.Workbook, name: string, headers: string[], rows: (string | number)[][]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = headers.map((header) => ({ header, width: Math.max(12, header.length * 3) }));
  ws.getRow(1).font = { bold: true };
  ws.addRows(rows);
}

export async function voteRecord(db: Executor, v: repo.VoteRow, result: VoteResult | null, timeZone: string) {
  const { electors, ballots } = await repo.wholeRecord(db, v);
  const labels = new Map(electors.map((e) => [e.houseId, e.houseLabel]));
  const wb = new ExcelJS.Workbook();
  sheet(
    wb,
    '表决信息',
    ['项目', '内容'],
    [
      ['编号', v.id],
      ['事项', v.title],
      ['民法典第278条事项', v.matter],
      ['状态', STATUS[v.status]],
      ['开始', time(v.openedAt, timeZone)],
      ['结束', time(v.closedAt, timeZone)],
      ['允许改票', v.allowChange ? '是' : '否'],
      ['未参与视为同意', v.absentCountsAsAgree ? '是' : '否'],
      ...(result
        ? ([
            ['专有部分总面积', result.totalArea],
            ['业主总人数', result.totalOwners],
            ['参与面积', result.participatingArea],
            ['参与人数', result.participatingOwners],
            ['同意面积', result.agreeArea],
            ['同意人数', result.agreeOwners],
            ['参与达到三分之二', result.quorumMet ? '是' : '否'],
            ['结果', result.passed ? '通过' : '未通过'],
          ] as (string | number)[][])
        : []),
      ['公示编号', v.noticeId ?? ''],
    ],
  );
  sheet(
    wb,
    '表决名册',
    ['房屋编号', '房屋', '专有面积', '面积来源', '业主', '计数归属', '开发商持有'],
    electors.map((e) => [
      e.houseId,
      e.houseLabel,
      e.area,
      SOURCE[e.areaSource],
      e.ownerNames.join('、'),
      e.ownerKey,
      e.developerHeld ? '是' : '否',
    ]),
  );
  sheet(
    wb,
    '选票记录',
    ['选票编号', '房屋编号', '房屋', '意见', '方式', '受托人', '录入人', '投票时间', '被替换时间'],
    ballots.map((b) => [
      b.id,
      b.houseId,
      labels.get(b.houseId) ?? '',
      CHOICE[b.choice],
      CHANNEL[b.channel],
      b.proxyName ?? '',
      b.enteredByName,
      time(b.castAt, timeZone),
      time(b.supersededAt, timeZone),
    ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
