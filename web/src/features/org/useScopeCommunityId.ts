import { useCurrentUser } from '../auth/currentUser';
import { useScope } from '../shell/scope';
import { useNode } from './queries';

/** The community of the scope node, when the scope is a community or lies inside one. */
export function useScopeCommunityId(): number | undefined {
  const node = useNode(useScope(useCurrentUser()).current?.nodeId).data;
  if (!node) return undefined;
  return node.kind === 'community' ? node.id : (node.communityId ?? undefined);
}
