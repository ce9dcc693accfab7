import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  answerRound,
  createRound,
  type EvaluationTarget,
  getRound,
  getRoundResult,
  getTrend,
  listDimensions,
  listRounds,
  type NewRound,
  roundAction,
  type RoundQuery,
} from '../../api/evaluations';
import { useCursorList } from '../../shared/cursor/useCursorList';

export const evaluationKeys = {
  all: ['evaluations'] as const,
  list: (q: RoundQuery) => ['evaluations', 'list', q] as const,
  one: (id: number) => ['evaluations', id] as const,
  trend: (compoundId: number, target: EvaluationTarget) =>
    ['evaluations', 'trend', compoundId, target] as const,
};

export const useRounds = (q: RoundQuery) =>
  useCursorList(evaluationKeys.list(q), (cursor, signal) => listRounds({ ...q, cursor }, signal));

export const useRound = (id: number) =>
  useQuery({ queryKey: evaluationKeys.one(id), queryFn: ({ signal }) => getRound(id, signal) });

export const useRoundResult = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: [...evaluationKeys.one(id), 'result'],
    queryFn: ({ signal }) => getRoundResult(id, signal),
    enabled,
  });

export const useTrend = (compoundId: number, target: EvaluationTarget) =>
  useQuery({
    queryKey: evaluationKeys.trend(compoundId, target),
    queryFn: async ({ signal }) => (await getTrend(compoundId, target, signal)).items,
  });

/** The default questionnaire of a target: it changes only with a release. */
export const useDefaultDimensions = (target: EvaluationTarget | undefined) =>
  useQuery({
    queryKey: ['evaluations', 'dimensions', target],
    queryFn: async ({ signal }) => (await listDimensions(target!, signal)).items,
    enabled: target !== undefined,
    staleTime: Infinity,
  });

function useEvaluationMutation<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

export const useCreateRound = () => useEvaluationMutation((body: NewRound) => createRound(body));
export const useRoundAction = (id: number) =>
  useEvaluationMutation((action: 'open' | 'close') => roundAction(id, action));
export const useAnswerRound = (id: number) =>
  useEvaluationMutation((body: { scores: Record<string, number>; comment?: string }) =>
    answerRound(id, body),
  );
