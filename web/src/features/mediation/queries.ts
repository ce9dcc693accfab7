import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as api from '../../api/mediation';
import { useCursorList } from '../../shared/cursor/useCursorList';

/** Cases, counts and organisations change together on every write here, so one key prefix each. */
export const mediationKeys = { cases: ['mediation'] as const, orgs: ['self-orgs'] as const };
const mk = (...rest: unknown[]) => [...mediationKeys.cases, ...rest];
const ok = (...rest: unknown[]) => [...mediationKeys.orgs, ...rest];

export const useCases = (q: { nodeId?: number; status?: string; type?: string }) =>
  useCursorList(mk('list', q), (cursor, signal) => api.listCases({ ...q, cursor }, signal));
export const useCase = (id: number) =>
  useQuery({ queryKey: mk('case', id), queryFn: ({ signal }) => api.getCase(id, signal) });
export const useMediationStats = (nodeId?: number) =>
  useQuery({ queryKey: mk('stats', nodeId), queryFn: ({ signal }) => api.getStats({ nodeId }, signal) });
export const useTrend = (nodeId?: number) =>
  useQuery({ queryKey: mk('trend', nodeId), queryFn: ({ signal }) => api.getTrend({ nodeId }, signal) });
export const useMyCases = () =>
  useQuery({ queryKey: mk('mine'), queryFn: ({ signal }) => api.myCases(signal) });

export const useOrgs = (q: { nodeId?: number; stage?: string }) =>
  useCursorList(ok('list', q), (cursor, signal) => api.listOrgs({ ...q, cursor }, signal));
export const useOrg = (id: number) =>
  useQuery({ queryKey: ok('org', id), queryFn: ({ signal }) => api.getOrg(id, signal) });
export const useOrgStats = (nodeId?: number) =>
  useQuery({ queryKey: ok('stats', nodeId), queryFn: ({ signal }) => api.getOrgStats({ nodeId }, signal) });
export const useOrgsNear = () =>
  useQuery({ queryKey: ok('near'), queryFn: ({ signal }) => api.orgsNear(signal) });

/** A write that refreshes everything of mediation and self-organisations afterwards. */
export function useCommunityLifeMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: mediationKeys.cases }),
        client.invalidateQueries({ queryKey: mediationKeys.orgs }),
      ]);
    },
  });
}
