import type { User } from '../../api/auth';
import type { RoleGrant } from '../../api/model';
import { createStoredSetting } from '../../shared/storedSetting';

export type ScopeNode = Pick<RoleGrant, 'nodeId' | 'nodeName' | 'nodeKind'>;

const scopeSetting = createStoredSetting<number | null>(
  'linli.scope',
  (raw) => (raw !== null && /^\d+$/.test(raw) ? Number(raw) : null),
  String,
);

/** The distinct nodes the user's roles are granted at, in the order of the roles. */
function scopeNodes(user: User): ScopeNode[] {
  const seen = new Map<number, ScopeNode>();
  for (const { nodeId, nodeName, nodeKind } of user.roles) {
    if (!seen.has(nodeId)) seen.set(nodeId, { nodeId, nodeName, nodeKind });
  }
  return [...seen.values()];
}

export interface Scope {
  nodes: ScopeNode[];
  /** The chosen node (kept in localStorage); undefined means all of them (a lone node is always chosen). */
  current: ScopeNode | undefined;
  choose: (nodeId: number | null) => void;
}

export function useScope(user: User): Scope {
  const stored = scopeSetting.use();
  const nodes = scopeNodes(user);
  return {
    nodes,
    current: nodes.find((node) => node.nodeId === stored) ?? (nodes.length === 1 ? nodes[0] : undefined),
    choose: scopeSetting.set,
  };
}
