import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as api from '../../api/selforgs';
import { listActivities } from '../../api/volunteers';
import type { SearchOption } from '../../shared/components/SearchSelect';
import { type CursorList, useCursorList } from '../../shared/cursor/useCursorList';
import { formatDateTime } from '../../shared/format';

/** Organisations, their details and counts change together on every write here, so one key prefix. */
export const selfOrgKeys = { all: ['self-orgs'] as const };
const ok = (...rest: unknown[]) => [...selfOrgKeys.all, ...rest];

export const useOrgs = (q: { nodeId?: number; stage?: string }) =>
  useCursorList(ok('list', q), (cursor, signal) => api.listOrgs({ ...q, cursor }, signal));
export const useOrg = (id: number) =>
  useQuery({ queryKey: ok('org', id), queryFn: ({ signal }) => api.getOrg(id, signal) });
export const useOrgMembers = (id: number) =>
  useCursorList(ok('members', id), (cursor, signal) => api.listOrgMembers(id, { cursor }, signal));
/** The volunteer activities under an organisation's place, newest first, searched by title, as options. */
export function useActivityOptions(q: string, nodeId?: number): CursorList<SearchOption> {
  const list = useCursorList(ok('activities', nodeId, q), (cursor, signal) =>
    listActivities({ nodeId, q: q || undefined, cursor }, signal),
  );
  return {
    ...list,
    items: list.items.map((a) => ({ value: a.id, label: `${a.title} · ${formatDateTime(a.startsAt)}` })),
  };
}
export const useOrgStats = (nodeId?: number) =>
  useQuery({ queryKey: ok('stats', nodeId), queryFn: ({ signal }) => api.getOrgStats({ nodeId }, signal) });
export const useOrgsNear = () =>
  useQuery({ queryKey: ok('near'), queryFn: ({ signal }) => api.orgsNear(signal) });

/** A write that refreshes everything of self-organisations afterwards. */
export function useSelfOrgMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: selfOrgKeys.all }),
  });
}
