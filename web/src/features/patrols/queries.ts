import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as api from '../../api/patrols';
import { useCursorList } from '../../shared/cursor/useCursorList';

const key = (...rest: unknown[]) => ['patrols', ...rest];

export const usePlans = (mine: boolean) =>
  useCursorList(key('plans', mine), (cursor, signal) =>
    api.listPlans({ cursor, ...(mine ? { mine: true } : {}) }, signal),
  );
export const usePatrols = (q: { mine?: boolean; status?: api.PatrolSummary['status'] }) =>
  useCursorList(key('list', q), (cursor, signal) => api.listPatrols({ cursor, ...q }, signal));
export const usePatrol = (id: number) =>
  useQuery({ queryKey: key('one', id), queryFn: ({ signal }) => api.getPatrol(id, signal) });
export const useCoverage = (q: api.CoverageQuery | null) =>
  useQuery({
    queryKey: key('coverage', q),
    queryFn: ({ signal }) => api.getCoverage(q as api.CoverageQuery, signal),
    enabled: q !== null,
  });

/** A change to patrols; a returned patrol replaces the cached one so the walk page needs no refetch. */
export function usePatrolMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (r) => {
      const patrol = r && typeof r === 'object' && 'patrol' in r ? r.patrol : r;
      if (patrol && typeof patrol === 'object' && 'checklist' in patrol && 'id' in patrol)
        client.setQueryData(key('one', patrol.id), patrol);
      return client.invalidateQueries({ queryKey: key(), predicate: (q) => q.queryKey[1] !== 'one' });
    },
  });
}
