import { useSearchParamsPatch } from '../../shared/hooks/useSearchParamsPatch';
import { useCurrentUser } from '../auth/currentUser';
import { useScope } from '../shell/scope';
import { scopeStatsNode } from './model';

/** The node the statistics are about: `?node=`, else the scope node (or the nearest compound or above it). */
export function useStatsNode(): [number | undefined, (id: number | undefined) => void] {
  const user = useCurrentUser();
  const scope = useScope(user);
  const [params, patch] = useSearchParamsPatch();
  const set = (id: number | undefined) => patch({ node: id ? String(id) : undefined });
  return [Number(params.get('node')) || scopeStatsNode(user, scope.current?.nodeId), set];
}
