import { describe, expect, it } from 'vitest';
import { resultNotice } from './result-notice';
import { tally, type Elector } from './tally';

const six: Elector[] = [
  { houseId: 1, area: 80, ownerKey: 'a' },
  { houseId: 2, area: 90.5, ownerKey: 'bc' },
  { houseId: 3, area: 100.25, ownerKey: 'a' },
  { houseId: 4, area: 60, ownerKey: 'developer' },
  { houseId: 5, area: 70, ownerKey: 'developer' },
  { houseId: 6, area: 99.25, ownerKey: 'd' },
];
const facts = {
  title: '加装电梯',
  matter: 7,
  rule: 'three_quarters' as const,
  placeName: '景华社区 怡枫园 1栋 1单元',
  openedAt: new Date('2026-05-01T01:00:00Z'),
  closedAt: new Date('2026-05-16T09:30:00Z'),
  absentCountsAsAgree: false,
  timeZone: 'Asia/Shanghai',
};

describe('the result notice', () => {
  it('states both measures, the rule and the outcome (the API test’s passing case)', () => {
    const t = tally(
      'alteration',
      six,
      new Map([
        [1, 'agree'],
        [2, 'disagree'],
        [3, 'agree'],
        [4, 'agree'],
        [6, 'agree'],
      ]),
    );
    const n = resultNotice({ ...facts, tally: t });
    expect(n.title).toBe('表决结果公示：加装电梯');
    expect(n.body).toContain('第二百七十八条第一款第（七）项');
    expect(n.body).toContain('四分之三以上');
    expect(n.body).toContain('专有部分总面积 500.00 平方米，业主总人数 4 人。');
    expect(n.body).toContain(
      '参与表决：面积 430.00 平方米（86.00%），人数 4 人（100.00%）；参与比例达到法定要求。',
    );
    expect(n.body).toContain(
      '同意：面积 339.50 平方米（占参与面积 78.95%），人数 3 人（占参与人数 75.00%）。',
    );
    expect(n.body).toContain('表决结果：通过。');
    expect(n.body).toContain('2026年5月16日 17:30');
    expect(n.body).not.toContain('计为同意');
  });

  it('never rounds a share up to its threshold: 300.00 of 450.01 m² reads 66.66%, not 66.67%', () => {
    const e: Elector[] = [1, 2, 3].map((houseId) => ({ houseId, area: 100, ownerKey: `o${houseId}` }));
    e.push({ houseId: 4, area: 150.01, ownerKey: 'o4' });
    const t = tally(
      'committee_election',
      e,
      new Map([
        [1, 'agree'],
        [2, 'agree'],
        [3, 'agree'],
      ]),
    );
    expect(t.quorum.area).toBe(false);
    const body = resultNotice({ ...facts, rule: 'majority', matter: 3, tally: t }).body;
    expect(body).toContain('面积 300.00 平方米（66.66%）');
    expect(body).toContain('参与比例未达到法定要求');
  });

  it('reports the houses deemed to agree when the vote used that option', () => {
    const t = tally('committee_election', six, new Map([[1, 'disagree']]), { nonParticipantsAgree: true });
    const n = resultNotice({ ...facts, rule: 'majority', matter: 3, absentCountsAsAgree: true, tally: t });
    expect(n.body).toContain('未参与表决的业主计为同意，共 5 户。');
    expect(n.body).toContain('第（三）项');
    expect(n.body).toContain('过半数');
  });

  it('says a vote failed, with nobody taking part', () => {
    const n = resultNotice({ ...facts, tally: tally('alteration', six, new Map()) });
    expect(n.body).toContain('参与比例未达到法定要求');
    expect(n.body).toContain('（占参与面积 0.00%）');
    expect(n.body).toContain('表决结果：未通过。');
  });
});
