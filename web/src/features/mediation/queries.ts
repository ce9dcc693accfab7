import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as api from '../../api/mediation';
import { useCursorList } from '../../shared/cursor/useCursorList';

/** Cases and their counts change together on every write here, so one key prefix. */
export const mediationKeys = { cases: ['mediation'] as const };
const mk = (...rest: unknown[]) => [...mediationKeys.cases, ...rest];

export const useCases = (q: { nodeId?: number; status?: string; type?: string }) =>
  useCursorList(mk('list', q), (cursor, signal) => api.listCases({ ...q, cursor }, signal));
export const useCase = (id: number) =>
  useQuery({ queryKey: mk('case', id), queryFn: ({ signal }) => api.getCase(id, signal) });
export const useMediationStats = (nodeId?: number) =>
  useQuery({ queryKey: mk('stats', nodeId), queryFn: ({ signal }) => api.getStats({ nodeId }, signal) });
export const useTrend = (nodeId?: number) =>
  useQuery({ queryKey: mk('trend', nodeId), queryFn: ({ signal }) => api.getTrend({ nodeId }, signal) });
export const useMediators = () =>
  useCursorList(mk('mediators'), (cursor, signal) => api.listMediators({ cursor }, signal));
export const useMyCases = () =>
  useQuery({ queryKey: mk('mine'), queryFn: ({ signal }) => api.myCases(signal) });

/** A write that refreshes everything of mediation afterwards. */
export function useMediationMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: mediationKeys.cases }),
  });
}
