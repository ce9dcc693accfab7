import { defineMachine } from '../common/machine';

/**
 * Evaluation (评议, seeds 001–003): residents rate the compound's property company or owners' committee on scored
 * dimensions, in rounds the party branch (or community staff) runs for a period (a quarter, a year).
 */
export const EVALUATION_TARGETS = ['property_company', 'owners_committee'] as const;
export type EvaluationTarget = (typeof EVALUATION_TARGETS)[number];

export const ROUND_STATES = ['draft', 'open', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export const ROUND_RELATIONS = ['manager', 'respondent'] as const;
export type RoundRelation = (typeof ROUND_RELATIONS)[number];

export const ROUND_ACTIONS = ['open', 'close', 'answer'] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

export interface RoundFacts {
  status: RoundState;
  /** The caller has answered this round already: one answer per account. */
  answered: boolean;
  /** The last local day answers are taken, and today's local date. */
  closesOn: string;
  today: string;
}

export const roundMachine = defineMachine<RoundState, RoundAction, RoundRelation, RoundFacts>(
  'round',
  ROUND_ACTIONS,
  {
    open: { from: ['draft'], to: 'open', by: ['manager'] },
    close: { from: ['open'], to: 'closed', by: ['manager'] },
    answer: { from: ['open'], to: null, by: ['respondent'] },
  },
  (action, f) => {
    if (action === 'answer' && f.answered) return 'you have answered this round';
    if (action === 'answer' && f.today > f.closesOn) return `answers were taken until ${f.closesOn}`;
    if (action === 'open' && f.today > f.closesOn) return `the round was to close on ${f.closesOn}`;
    return null;
  },
);

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export interface Dimension {
  code: string;
  label: { 'zh-CN': string; 'zh-HK': string; 'en-US': string };
}

/** The questionnaire most streets use for a property company; an owners' committee gets its own. */
export const DEFAULT_DIMENSIONS: Readonly<Record<EvaluationTarget, readonly Dimension[]>> = {
  property_company: [
    { code: 'attitude', label: { 'zh-CN': '服务态度', 'zh-HK': '服務態度', 'en-US': 'Service attitude' } },
    { code: 'cleanliness', label: { 'zh-CN': '环境卫生', 'zh-HK': '環境衞生', 'en-US': 'Cleanliness' } },
    { code: 'security', label: { 'zh-CN': '秩序安全', 'zh-HK': '秩序安全', 'en-US': 'Security' } },
    {
      code: 'maintenance',
      label: { 'zh-CN': '维修响应', 'zh-HK': '維修響應', 'en-US': 'Maintenance response' },
    },
    {
      code: 'fees',
      label: { 'zh-CN': '收费公开透明', 'zh-HK': '收費公開透明', 'en-US': 'Fee transparency' },
    },
  ],
  owners_committee: [
    { code: 'diligence', label: { 'zh-CN': '履职尽责', 'zh-HK': '履職盡責', 'en-US': 'Diligence' } },
    {
      code: 'openness',
      label: { 'zh-CN': '事务公开', 'zh-HK': '事務公開', 'en-US': 'Openness of affairs' },
    },
    {
      code: 'funds',
      label: { 'zh-CN': '资金管理', 'zh-HK': '資金管理', 'en-US': 'Management of funds' },
    },
    {
      code: 'communication',
      label: { 'zh-CN': '联系业主', 'zh-HK': '聯繫業主', 'en-US': 'Contact with owners' },
    },
  ],
};

export interface FieldProblem {
  path: string;
  message: string;
}

/** An answer scores every dimension of the round once, with a whole number from 1 to 5, and nothing else. */
export function scoreProblems(
  dimensions: readonly Dimension[],
  scores: Record<string, number>,
): FieldProblem[] {
  const known = new Set(dimensions.map((d) => d.code));
  const out: FieldProblem[] = [];
  for (const d of dimensions)
    if (!(d.code in scores)) out.push({ path: `body.scores.${d.code}`, message: 'missing' });
  for (const [code, score] of Object.entries(scores)) {
    if (!known.has(code)) out.push({ path: `body.scores.${code}`, message: 'not a dimension of this round' });
    else if (!Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE)
      out.push({ path: `body.scores.${code}`, message: `a whole number from ${MIN_SCORE} to ${MAX_SCORE}` });
  }
  return out;
}

/** Dimension codes are unique within a round. */
export function dimensionProblems(dimensions: readonly Dimension[]): FieldProblem[] {
  const seen = new Set<string>();
  return dimensions.flatMap((d, i) => {
    if (seen.has(d.code)) return [{ path: `body.dimensions.${i}.code`, message: 'used twice' }];
    seen.add(d.code);
    return [];
  });
}

/** A mean score shown with two decimals; null when nobody scored. */
export const meanOf = (sum: number, count: number): number | null =>
  count > 0 ? Math.round((sum / count) * 100) / 100 : null;
