import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as api from '../../api/projects';
import type { SearchOption } from '../../shared/components/SearchSelect';
import { type CursorList, useCursorList } from '../../shared/cursor/useCursorList';

/** Partners, lists, projects and ledgers change together (an entry moves a project's totals): one key prefix. */
export const projectKeys = { all: ['projects'] as const };
const k = (...rest: unknown[]) => [...projectKeys.all, ...rest];

export const usePartners = () =>
  useCursorList(k('partners'), (cursor, signal) => api.listPartners({ cursor }, signal));
export const useNeeds = () =>
  useCursorList(k('needs'), (cursor, signal) => api.listNeeds({ cursor }, signal));
/** The needs picker: needs whose title holds `q`, a page at a time, as options. */
/** Partner units still active (an archived one takes no new resource), searched by name. */
export function usePartnerOptions(q: string): CursorList<SearchOption> {
  const list = useCursorList(k('partners', 'search', q), (cursor, signal) =>
    api.listPartners({ cursor, q: q || undefined }, signal),
  );
  return {
    ...list,
    items: list.items.filter((p) => !p.archivedAt).map((p) => ({ value: p.id, label: p.name })),
  };
}
export function useNeedOptions(q: string): CursorList<SearchOption> {
  const list = useCursorList(k('needs', 'search', q), (cursor, signal) =>
    api.listNeeds({ cursor, q: q || undefined }, signal),
  );
  return { ...list, items: list.items.map((n) => ({ value: n.id, label: n.title })) };
}
export const useResources = () =>
  useCursorList(k('resources'), (cursor, signal) => api.listResources({ cursor }, signal));
export const useProjects = (status?: api.ProjectState) =>
  useCursorList(k('list', status), (cursor, signal) => api.listProjects({ cursor, status }, signal));
export const useProject = (id: number) =>
  useQuery({ queryKey: k('one', id), queryFn: ({ signal }) => api.getProject(id, signal) });
export const useLedger = (id: number) =>
  useCursorList(k('ledger', id), (cursor, signal) => api.listLedger(id, { cursor, limit: 200 }, signal));

/** A change that may move anything above: every projects query is refetched after it. */
export function useProjectMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: projectKeys.all });
    },
  });
}
