import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrgKind } from '../../api/model';
import {
  createNode,
  getNode,
  listNodes,
  type NewNode,
  type NodePatch,
  type OrgNode,
  updateNode,
} from '../../api/org';

export const orgKeys = {
  all: ['org'] as const,
  node: (id: number) => ['org', 'node', id] as const,
  roots: (scopeNodeId: number | null) => ['org', 'roots', scopeNodeId] as const,
  search: (q: string, kind: OrgKind | undefined) => ['org', 'search', q, kind ?? null] as const,
  grids: ['org', 'grids'] as const,
};

export function nodeQuery(id: number) {
  return queryOptions({ queryKey: orgKeys.node(id), queryFn: ({ signal }) => getNode(id, signal) });
}

export function useNode(id: number | undefined) {
  return useQuery({ ...nodeQuery(id ?? 0), enabled: id !== undefined });
}

const ROOTS_LIMIT = 200;

/** The tree's roots: the chosen scope node, or else the caller's own top nodes (`GET /org/nodes`). */
export function useRootNodes(scopeNodeId: number | null) {
  return useQuery({
    queryKey: orgKeys.roots(scopeNodeId),
    queryFn: async ({ signal }): Promise<OrgNode[]> =>
      scopeNodeId === null
        ? (await listNodes({ limit: ROOTS_LIMIT }, signal)).items
        : [await getNode(scopeNodeId, signal)],
  });
}

const CHILDREN_LIMIT = 200;

/** The children of one kind under a node (a building's units, a compound's buildings), in one page. */
export function useChildNodes(parentId: number, kind: OrgKind, enabled = true) {
  return useQuery({
    queryKey: [...orgKeys.all, 'children', parentId, kind],
    queryFn: async ({ signal }) => (await listNodes({ parentId, kind, limit: CHILDREN_LIMIT }, signal)).items,
    enabled,
  });
}

const SEARCH_LIMIT = 20;

/** Nodes in scope whose name or code contains `q`; idle while `q` is empty. */
export function useNodeSearch(q: string, kind?: OrgKind) {
  return useQuery({
    queryKey: orgKeys.search(q, kind),
    queryFn: ({ signal }) => listNodes({ q, kind, limit: SEARCH_LIMIT }, signal),
    enabled: q.length > 0,
  });
}

export function useCreateNode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewNode) => createNode(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org', 'search'] }),
  });
}

export function useUpdateNode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: NodePatch }) => updateNode(id, patch),
    onSuccess: (node) => {
      queryClient.setQueryData(orgKeys.node(node.id), node);
      return queryClient.invalidateQueries({ queryKey: ['org', 'search'] });
    },
  });
}
