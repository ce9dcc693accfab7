import { share } from '../deliberation/stats';
import { MAX_SCORE, meanOf, type Dimension } from './rounds';

export interface DimensionResult {
  code: string;
  label: Dimension['label'];
  mean: number | null;
  /** How many answers gave 1, 2, 3, 4 and 5. */
  distribution: number[];
}

export interface RoundResult {
  respondents: number;
  /** The compound's households when the results were read: what participation is counted against. */
  eligible: number;
  participation: number | null;
  /** The mean of the dimensions' means: every dimension weighs the same. */
  overall: number | null;
  dimensions: DimensionResult[];
}

/** A round's results from its answers (each a score per dimension code). */
export function roundResult(
  dimensions: readonly Dimension[],
  answers: readonly Record<string, number>[],
  eligible: number,
): RoundResult {
  const results = dimensions.map((d) => {
    const distribution = Array<number>(MAX_SCORE).fill(0);
    let sum = 0;
    let count = 0;
    for (const a of answers) {
      const score = a[d.code];
      if (score === undefined) continue;
      distribution[score - 1]!++;
      sum += score;
      count++;
    }
    return { code: d.code, label: d.label, mean: meanOf(sum, count), distribution };
  });
  const means = results.flatMap((r) => (r.mean === null ? [] : [r.mean]));
  return {
    respondents: answers.length,
    eligible,
    // Two accounts of one household may both answer; participation is still never above 100 %.
    participation: share(Math.min(answers.length, eligible), eligible),
    overall: meanOf(
      means.reduce((a, b) => a + b, 0),
      means.length,
    ),
    dimensions: results,
  };
}
