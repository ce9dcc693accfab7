import { z } from 'zod';
import {
  EVALUATION_TARGETS,
  MAX_SCORE,
  MIN_SCORE,
  ROUND_ACTIONS,
  ROUND_STATES,
} from '../../../domain/evaluations/rounds';
import { pageOf, pageQuery } from '../../http/pagination';
import { id } from '../org/schema';

const text = (max: number) => z.string().trim().min(1).max(max);
const label = z.object({ 'zh-CN': text(40), 'zh-HK': text(40), 'en-US': text(60) });
export const dimension = z
  .strictObject({ code: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/), label })
  .meta({ id: 'EvaluationDimension' });

export const dimensionsQuery = z.object({ target: z.enum(EVALUATION_TARGETS) });
export const dimensionList = z.object({ items: z.array(dimension) });

export const createRoundBody = z.strictObject({
  compoundId: id,
  target: z.enum(EVALUATION_TARGETS),
  title: text(100),
  periodFrom: z.iso.date(),
  periodTo: z.iso.date(),
  /** The last day answers are taken. */
  closesOn: z.iso.date(),
  /** The questionnaire; the default one for the target when left out. */
  dimensions: z.array(dimension).min(1).max(12).optional(),
});
export type CreateRoundBody = z.infer<typeof createRoundBody>;

export const roundListQuery = z.object({
  nodeId: id.optional(),
  status: z.enum(ROUND_STATES).optional(),
  ...pageQuery,
});
export type RoundListQuery = z.infer<typeof roundListQuery>;

export const round = z
  .object({
    id: z.number(),
    communityId: z.number(),
    compoundId: z.number(),
    compoundName: z.string(),
    target: z.enum(EVALUATION_TARGETS),
    targetName: z.string(),
    title: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    closesOn: z.string(),
    status: z.enum(ROUND_STATES),
    dimensions: z.array(dimension),
    createdByName: z.string(),
    answeredByMe: z.boolean(),
    actions: z.array(z.enum(ROUND_ACTIONS)),
  })
  .meta({ id: 'EvaluationRound' });
export type RoundResponse = z.infer<typeof round>;
export const roundPage = pageOf(round);

export const answerBody = z.strictObject({
  scores: z.record(z.string().max(32), z.number().int().min(MIN_SCORE).max(MAX_SCORE)),
  comment: text(1000).optional(),
});
export type AnswerBody = z.infer<typeof answerBody>;

const dimensionResult = z.object({
  code: z.string(),
  label,
  mean: z.number().nullable(),
  distribution: z.array(z.number()),
});
export const resultResponse = z
  .object({
    roundId: z.number(),
    respondents: z.number(),
    eligible: z.number(),
    participation: z.number().nullable(),
    overall: z.number().nullable(),
    dimensions: z.array(dimensionResult),
    /** The latest comments, without who wrote them. */
    comments: z.array(z.object({ text: z.string(), at: z.date() })),
  })
  .meta({ id: 'EvaluationResult' });

export const trendQuery = z.object({ compoundId: id, target: z.enum(EVALUATION_TARGETS) });
export const trendResponse = z
  .object({
    items: z.array(
      z.object({
        roundId: z.number(),
        title: z.string(),
        periodFrom: z.string(),
        periodTo: z.string(),
        status: z.enum(ROUND_STATES),
        respondents: z.number(),
        participation: z.number().nullable(),
        overall: z.number().nullable(),
        dimensions: z.array(z.object({ code: z.string(), label, mean: z.number().nullable() })),
      }),
    ),
  })
  .meta({ id: 'EvaluationTrend' });
