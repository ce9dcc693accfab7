/**
 * The public notice of a vote's result (RULES.md §1: noticed within 3 days of closing), in the words residents
 * read: both measures against their thresholds, the rule that applied, and the option that deemed absent owners
 * to agree when the vote used it.
 */
import type { Tally } from './tally';
import type { RuleName } from './vote';

export interface ResultNoticeFacts {
  title: string;
  matter: number;
  rule: RuleName;
  placeName: string;
  openedAt: Date;
  closedAt: Date;
  absentCountsAsAgree: boolean;
  tally: Tally;
  timeZone: string;
}

const MATTER_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

const percent = (part: number, whole: number) =>
  whole > 0 ? `${(Math.floor((part * 10_000) / whole) / 100).toFixed(2)}%` : '0.00%';
const m2 = (n: number) => n.toFixed(2);

export function resultNotice(f: ResultNoticeFacts): { title: string; body: string } {
  const t = f.tally;
  const when = (d: Date) =>
    new Intl.DateTimeFormat('zh-CN', {
      timeZone: f.timeZone,
      dateStyle: 'long',
      timeStyle: 'short',
      hourCycle: 'h23',
    }).format(d);
  const yes = (b: boolean) => (b ? '达到' : '未达到');
  const rule =
    f.rule === 'three_quarters'
      ? '经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意'
      : '经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意';
  const lines = [
    `表决事项：${f.title}`,
    `事项类别：《中华人民共和国民法典》第二百七十八条第一款第（${MATTER_NUMERALS[f.matter - 1] ?? f.matter}）项；通过条件：由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决，并${rule}。`,
    `表决范围：${f.placeName}`,
    `表决时间：${when(f.openedAt)} 至 ${when(f.closedAt)}`,
    `专有部分总面积 ${m2(t.area.total)} 平方米，业主总人数 ${t.heads.total} 人。`,
    `参与表决：面积 ${m2(t.area.participating)} 平方米（${percent(t.area.participating, t.area.total)}），人数 ${t.heads.participating} 人（${percent(t.heads.participating, t.heads.total)}）；参与比例${yes(t.quorum.met)}法定要求。`,
    `同意：面积 ${m2(t.area.agree)} 平方米（占参与面积 ${percent(t.area.agree, t.area.participating)}），人数 ${t.heads.agree} 人（占参与人数 ${percent(t.heads.agree, t.heads.participating)}）。`,
    ...(f.absentCountsAsAgree ? [`依管理规约，未参与表决的业主计为同意，共 ${t.deemedAgreeing} 户。`] : []),
    `表决结果：${t.passed ? '通过' : '未通过'}。`,
    '如对本公示有异议，请在公示期内提出书面意见。',
  ];
  return { title: `表决结果公示：${f.title}`, body: lines.join('\n') };
}
