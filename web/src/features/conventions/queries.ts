import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  conventionAction,
  createConvention,
  getConvention,
  getCoverage,
  listConventions,
  signConvention,
  type ConventionQuery,
} from '../../api/conventions';
import { useCursorList } from '../../shared/cursor/useCursorList';

export const conventionKeys = {
  all: ['conventions'] as const,
  list: (q: ConventionQuery) => ['conventions', 'list', q] as const,
  one: (id: number) => ['conventions', id] as const,
};

export const useConventions = (q: ConventionQuery) =>
  useCursorList(conventionKeys.list(q), (cursor, signal) => listConventions({ ...q, cursor }, signal));

export const useConvention = (id: number) =>
  useQuery({ queryKey: conventionKeys.one(id), queryFn: ({ signal }) => getConvention(id, signal) });

export const useCoverage = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: [...conventionKeys.one(id), 'coverage'],
    queryFn: ({ signal }) => getCoverage(id, signal),
    enabled,
  });

/** A convention's vote changes with it: refresh the votes too. */
function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all(['conventions', 'votes'].map((key) => client.invalidateQueries({ queryKey: [key] })));
}

export function useCreateConvention() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: createConvention, onSuccess: invalidate });
}

export function useConventionAction(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (action: 'start_vote' | 'close_vote' | 'cancel') => conventionAction(id, action),
    onSuccess: invalidate,
  });
}

export function useSignConvention(id: number) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: () => signConvention(id), onSuccess: invalidate });
}
