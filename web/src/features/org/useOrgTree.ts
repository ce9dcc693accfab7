import type { TreeDataNode } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { Page } from '../../api/model';
import { listNodes, type OrgNode } from '../../api/org';

const CHILDREN_PAGE = 100;

export interface OrgTreeNode extends TreeDataNode {
  key: string;
  children?: OrgTreeNode[];
  /** Set on the "load more" entry that ends a partly loaded list of children. */
  moreOf?: number;
}

interface LoadedChildren {
  ids: number[];
  nextCursor: string | null;
}

interface TreeState {
  /** Nodes as last loaded or saved; they override the roots' query data. */
  nodes: Map<number, OrgNode>;
  children: Map<number, LoadedChildren>;
}

function withPage(state: TreeState, parentId: number, page: Page<OrgNode>, append: boolean): TreeState {
  const nodes = new Map(state.nodes);
  for (const node of page.items) nodes.set(node.id, node);
  const before = append ? (state.children.get(parentId)?.ids ?? []) : [];
  const children = new Map(state.children);
  children.set(parentId, {
    ids: [...before, ...page.items.map((node) => node.id)],
    nextCursor: page.nextCursor,
  });
  return { nodes, children };
}

function toTreeNode(node: OrgNode, state: TreeState, moreLabel: string): OrgTreeNode {
  const loaded = state.children.get(node.id);
  const childNodes = (loaded?.ids ?? []).flatMap((id) => {
    const child = state.nodes.get(id);
    return child ? [toTreeNode(child, state, moreLabel)] : [];
  });
  const more: OrgTreeNode[] = loaded?.nextCursor
    ? [{ key: `more:${node.id}`, title: moreLabel, isLeaf: true, moreOf: node.id }]
    : [];
  return {
    key: String(node.id),
    title: node.name,
    isLeaf: node.childCount === 0,
    children: loaded ? [...childNodes, ...more] : undefined,
  };
}

export interface OrgTree {
  treeData: OrgTreeNode[];
  expandedKeys: string[];
  setExpandedKeys: (keys: string[]) => void;
  /** Loads (or, after a child was created, reloads) the first page of a node's children. */
  loadChildren: (parentId: number) => Promise<void>;
  /** Reloads a node's children and opens it, so a new child shows. */
  showChildren: (parentId: number) => Promise<void>;
  loadMore: (parentId: number) => Promise<void>;
  /** After a node was saved or refetched. */
  replaceNode: (node: OrgNode) => void;
}

/** The lazily expanded org tree under `roots`: children are fetched page by page as nodes open. */
export function useOrgTree(roots: OrgNode[], moreLabel: string): OrgTree {
  const [state, setState] = useState<TreeState>({ nodes: new Map(), children: new Map() });
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);

  const fetchInto = useCallback(async (parentId: number, append: boolean, cursor: string | null) => {
    const page = await listNodes({ parentId, cursor, limit: CHILDREN_PAGE });
    setState((current) => withPage(current, parentId, page, append));
  }, []);

  const treeData = useMemo(
    () => roots.map((root) => toTreeNode(state.nodes.get(root.id) ?? root, state, moreLabel)),
    [roots, state, moreLabel],
  );

  const loadChildren = (parentId: number) => fetchInto(parentId, false, null);

  return {
    treeData,
    expandedKeys,
    setExpandedKeys,
    loadChildren,
    showChildren: async (parentId) => {
      await loadChildren(parentId);
      const key = String(parentId);
      setExpandedKeys((keys) => (keys.includes(key) ? keys : [...keys, key]));
    },
    loadMore: (parentId) => fetchInto(parentId, true, state.children.get(parentId)?.nextCursor ?? null),
    replaceNode: (node) =>
      setState((current) => ({
        nodes: new Map(current.nodes).set(node.id, node),
        children: current.children,
      })),
  };
}
