// The event ledger (事件台账) as xlsx: the list's own filters and scope, streamed a page at a time.
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { EventState } from '../../../domain/events/machine';
import type { Caller } from '../auth/caller';
import type { eventReads } from './read';
import type { RulesBook } from './rules';
import type { ListQuery } from './schema';

const STATE_NAMES: Record<EventState, string> = {
  reported: '待受理',
  accepted: '已受理',
  dispatched: '已派遣',
  in_progress: '处置中',
  handled: '已处置',
  closed: '已结案',
  rejected: '不予受理',
  cancelled: '已撤销',
};
const LEVEL_NAMES = { compound: '小区', community: '社区', street: '街道', district: '区' } as const;
const HEADERS = [
  '编号',
  '类别',
  '描述',
  '地点',
  '状态',
  '层级',
  '责任方',
  '上报时间',
  '办结期限',
  '返工次数',
  '评分',
  '来源',
];

const time = (d: Date | null) => d?.toISOString().replace('T', ' ').slice(0, 16) ?? '';

async function write(
  reads: ReturnType<typeof eventReads>,
  rules: RulesBook,
  caller: Caller,
  q: ListQuery,
  out: Writable,
) {
  const names = await rules.allCategories();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = wb.addWorksheet('事件台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS.map((header) => ({ header, width: header === '描述' ? 40 : 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let cursor: string | undefined;
  do {
    const p = await reads.list(caller, { ...q, cursor, limit: 200 });
    for (const e of p.items)
      sheet
        .addRow([
          e.id,
          names.get(e.categoryCode)?.name['zh-CN'] ?? e.categoryCode,
          e.description,
          e.placeName,
          STATE_NAMES[e.status],
          LEVEL_NAMES[e.level],
          e.assignee?.name ?? '',
          time(e.reportedAt),
          time(e.deadline),
          e.reworkCount,
          e.rating ?? '',
          e.channel,
        ])
        .commit();
    cursor = p.nextCursor ?? undefined;
  } while (cursor !== undefined);
  sheet.commit();
  await wb.commit();
}

export function eventLedger(reads: ReturnType<typeof eventReads>, rules: RulesBook) {
  return {
    /** Runs the first page before streaming, so a bad filter or an unseen node is an ordinary error response. */
    async open(caller: Caller, q: ListQuery) {
      await reads.list(caller, { ...q, limit: 1 });
      const stream = new PassThrough();
      write(reads, rules, caller, q, stream).catch((err: unknown) =>
        stream.destroy(err instanceof Error ? err : new Error(String(err))),
      );
      return {
        stream,
        fileName: {
          ascii: `linli-events-${new Date().toISOString().slice(0, 10)}.xlsx`,
          zh: '事件台账.xlsx',
        },
      };
    },
  };
}
