import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/currentUser';
import { useScope } from '../shell/scope';

export interface PlaceParam {
  /** From the address, else the scope node when it is of one of the kinds. */
  id: number | undefined;
  set: (id: number | undefined) => void;
}

/** A page's org node kept in the address (`?placeId=` by default), starting from the scope node. */
export function usePlaceParam(kinds: readonly string[], name = 'placeId'): PlaceParam {
  const scope = useScope(useCurrentUser()).current;
  const [params, setParams] = useSearchParams();
  const fromScope = scope && kinds.includes(scope.nodeKind) ? scope.nodeId : undefined;
  return {
    id: Number(params.get(name)) || fromScope,
    set: (id) => setParams(id ? { [name]: String(id) } : {}),
  };
}
