/**
 * A state machine as data (DESIGN.md rule 3): which action moves an object from which states to which, and who may
 * take it. The service checks the same table again on the row it locked, so a check made on a stale read cannot
 * slip through. The events machine predates this and keeps its own richer form.
 */
export interface Transition<S extends string, R extends string> {
  from: readonly S[];
  /** Where the object goes; `null` leaves the state as it is (a comment, a support). */
  to: S | null;
  by: readonly R[];
}

export type Refusal = { code: 'invalid_transition' | 'forbidden'; message: string };

export interface Machine<S extends string, A extends string, R extends string, F extends { status: S }> {
  readonly actions: readonly A[];
  readonly table: Readonly<Record<A, Transition<S, R>>>;
  /**
   * Why `action` may not be taken now, or null. A wrong state or a failed guard is `invalid_transition` (409)
   * before a wrong person (403): the state is what the page shows.
   */
  refuse(action: A, facts: F, relations: ReadonlySet<R>): Refusal | null;
  /** The actions someone in `relations` may take now: what a page offers as buttons. */
  allowed(facts: F, relations: ReadonlySet<R>): A[];
  stateAfter(action: A, from: S): S;
}

export function defineMachine<S extends string, A extends string, R extends string, F extends { status: S }>(
  noun: string,
  actions: readonly A[],
  table: Readonly<Record<A, Transition<S, R>>>,
  guard: (action: A, facts: F) => string | null = () => null,
): Machine<S, A, R, F> {
  function refuse(action: A, facts: F, relations: ReadonlySet<R>): Refusal | null {
    const t = table[action];
    if (!t.from.includes(facts.status))
      return { code: 'invalid_transition', message: `cannot ${action} a ${noun} that is ${facts.status}` };
    const failed = guard(action, facts);
    if (failed) return { code: 'invalid_transition', message: failed };
    if (!t.by.some((r) => relations.has(r)))
      return { code: 'forbidden', message: `only the ${t.by.join(' or ')} may ${action} this ${noun}` };
    return null;
  }
  return {
    actions,
    table,
    refuse,
    allowed: (facts, relations) => actions.filter((a) => refuse(a, facts, relations) === null),
    stateAfter: (action, from) => table[action].to ?? from,
  };
}
