import { worksEventsAs } from '../../../domain/events/parties';
import type { Executor } from '../../db/client';
import { buildScope, type Caller, type Scope } from '../auth/caller';

const scopes = new WeakMap<Caller, Promise<Scope>>();

/**
 * Where a caller sees events: only through the grants of roles that work events. An administrator who is also a
 * grid worker somewhere sees that community's events, not the whole district's; a resident grant shows only the
 * resident's own reports (those come through `visibleTo`, not the scope).
 */
export function eventScope(db: Executor, caller: Caller): Promise<Scope> {
  let s = scopes.get(caller);
  if (!s) {
    const grants = caller.grants.filter((g) => worksEventsAs(g.role));
    s = grants.length === caller.grants.length ? Promise.resolve(caller.scope) : buildScope(db, grants);
    scopes.set(caller, s);
  }
  return s;
}
