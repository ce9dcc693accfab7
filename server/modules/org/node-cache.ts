import type pg from 'pg';
import { isGlobalKind } from '../../../domain/org/tree';
import type { Executor } from '../../db/client';
import { listener } from '../../db/listen';
import { globalInScope, placeInScope, type Scope } from '../auth/caller';
import { findNode, type NodeRow } from './repository';

/** The channel the triggers of migration 0030 notify when an org node or a place is changed or removed. */
export const NODES_CHANNEL = 'linli_nodes';

/** Whether the scope reaches a node: `findNode`'s SQL conditions, in memory. */
const nodeInScope = (scope: Scope, n: NodeRow): boolean =>
  isGlobalKind(n.kind) ? globalInScope(scope, n.path) : placeInScope(scope, n.communityId!, n.path);

/**
 * Nodes by id, so that locating a report costs no query: reports come a few hundred a second and name a few
 * thousand places, which are seldom changed. Whatever changes or removes a node notifies every process at commit
 * (migration 0030's triggers), and each drops all it holds; a node is added only when first found, so a new one
 * is never missed. Without a working LISTEN connection nothing is cached.
 *
 * A lookup that began before a drop must not put back what it read: an entry is kept only if no drop happened
 * while it was being read.
 */
export function nodeCache(pool: pg.Pool, log: (msg: string, err?: unknown) => void) {
  const entries = new Map<number, NodeRow>();
  let epoch = 0;
  const forgetAll = () => {
    epoch++;
    entries.clear();
  };
  const listening = listener(pool, NODES_CHANNEL, forgetAll, forgetAll, log);

  return {
    /** `findNode` (without a lock), answered from memory when it can be; the scope is checked either way. */
    find: async (db: Executor, scope: Scope, id: number): Promise<NodeRow | null> => {
      const live = listening.live();
      const hit = live ? entries.get(id) : undefined;
      if (hit) return nodeInScope(scope, hit) ? hit : null;
      const at = epoch;
      const n = await findNode(db, scope, id);
      if (n && live && at === epoch) {
        if (entries.size >= 200_000) entries.clear();
        entries.set(id, n);
      }
      return n;
    },
    close: () => listening.close(),
  };
}
export type NodeCache = ReturnType<typeof nodeCache>;
