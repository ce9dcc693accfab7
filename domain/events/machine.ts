/**
 * The closed loop of an event (seed 003: 居民点单、小区派单、党员接单、群众评单), as data: which action moves an
 * event from which state to which, and who may take it. The service checks the same table again inside its
 * transaction, so a check made on a stale read cannot slip through.
 */
export const EVENT_STATES = [
  'reported',
  'accepted',
  'dispatched',
  'in_progress',
  'handled',
  'closed',
  'rejected',
  'cancelled',
] as const;
export type EventState = (typeof EVENT_STATES)[number];

/** Who an actor is to this event; a caller may be several at once (a grid worker who reported it). */
export const EVENT_RELATIONS = [
  /** Accepts, dispatches and rejects: community workers, grid workers, street staff over the place. */
  'dispatcher',
  /** Belongs to the party the event is assigned to (property staff, party branch, department …). */
  'assignee',
  /** Checks the fix in the field: grid workers and community workers of the community. */
  'verifier',
  /** The account that reported it. */
  'reporter',
  /** A party member or volunteer of the compound, who may take an open event (党员接单). */
  'volunteer',
  /** Anyone else who may see it (and so may comment). */
  'viewer',
] as const;
export type EventRelation = (typeof EVENT_RELATIONS)[number];

export const EVENT_ACTIONS = [
  'accept',
  'dispatch',
  'take',
  'start',
  'handle',
  'verify',
  'rework',
  'reject',
  'cancel',
  'return',
  'escalate',
  'rate',
  'reopen',
  'comment',
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

export interface Transition {
  from: readonly EventState[] | 'any';
  /** Where the event goes; `null` leaves the state as it is (rate, comment). */
  to: EventState | null;
  by: readonly EventRelation[];
}

const OPEN_WORK: readonly EventState[] = ['dispatched', 'in_progress'];

export const TRANSITIONS: Readonly<Record<EventAction, Transition>> = {
  accept: { from: ['reported'], to: 'accepted', by: ['dispatcher'] },
  // Dispatching a just-reported event accepts it on the way, so a returned event needs one step, not two.
  dispatch: { from: ['reported', 'accepted'], to: 'dispatched', by: ['dispatcher'] },
  take: { from: ['dispatched'], to: 'in_progress', by: ['volunteer'] },
  start: { from: ['dispatched'], to: 'in_progress', by: ['assignee'] },
  handle: { from: ['in_progress'], to: 'handled', by: ['assignee'] },
  verify: { from: ['handled'], to: 'closed', by: ['verifier'] },
  rework: { from: ['handled'], to: 'in_progress', by: ['verifier'] },
  reject: { from: ['reported', 'accepted'], to: 'rejected', by: ['dispatcher'] },
  cancel: { from: ['reported'], to: 'cancelled', by: ['reporter'] },
  return: { from: OPEN_WORK, to: 'reported', by: ['assignee'] },
  escalate: { from: OPEN_WORK, to: 'dispatched', by: ['assignee', 'dispatcher'] },
  rate: { from: ['closed'], to: null, by: ['reporter'] },
  reopen: { from: ['closed'], to: 'dispatched', by: ['reporter'] },
  comment: { from: 'any', to: null, by: ['dispatcher', 'assignee', 'verifier', 'reporter', 'viewer'] },
};

/** States in which the event is no longer anyone's work. */
export const FINAL_STATES: readonly EventState[] = ['closed', 'rejected', 'cancelled'];
/** States whose deadline is running. */
export const RUNNING_STATES: readonly EventState[] = OPEN_WORK;

export const REJECT_REASONS = ['duplicate', 'out_of_scope', 'invalid'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** A rating at or below this lets the reporter reopen the event (seed 003's 群众评单 with teeth). */
export const REOPEN_MAX_SCORE = 2;
export const REOPEN_WITHIN_DAYS = 7;

/** What the guards need to know about an event; nothing here reads a clock or a database. */
export interface EventFacts {
  status: EventState;
  level: EventLevel;
  rating: number | null;
  closedAt: Date | null;
  /** Already reopened once after a rating: a second reopen needs a new report. */
  reopened: boolean;
  /** Dispatched in the open mode and not yet taken by anyone. */
  openToTake: boolean;
}

export const EVENT_LEVELS = ['compound', 'community', 'street', 'district'] as const;
export type EventLevel = (typeof EVENT_LEVELS)[number];

export function nextLevel(level: EventLevel): EventLevel | null {
  return EVENT_LEVELS[EVENT_LEVELS.indexOf(level) + 1] ?? null;
}

export type Refusal =
  { code: 'invalid_transition'; message: string } | { code: 'forbidden'; message: string };

/**
 * May someone standing in `relations` to an event take `action` now? Returns the refusal, or null when allowed.
 * A wrong state is `invalid_transition` (409) before a wrong person (403): the state is what the UI shows.
 */
export function refuse(
  action: EventAction,
  facts: EventFacts,
  relations: ReadonlySet<EventRelation>,
  now: Date,
): Refusal | null {
  const t = TRANSITIONS[action];
  if (t.from !== 'any' && !t.from.includes(facts.status))
    return { code: 'invalid_transition', message: `cannot ${action} an event that is ${facts.status}` };
  const guard = guardFailure(action, facts, now);
  if (guard) return { code: 'invalid_transition', message: guard };
  if (!t.by.some((r) => relations.has(r)))
    return { code: 'forbidden', message: `only the ${t.by.join(' or ')} may ${action} this event` };
  return null;
}

function guardFailure(action: EventAction, facts: EventFacts, now: Date): string | null {
  switch (action) {
    case 'take':
      return facts.openToTake ? null : 'the event is not open for volunteers to take';
    case 'escalate':
      return nextLevel(facts.level) ? null : 'the event is already at the highest level';
    case 'rate':
      return facts.rating === null ? null : 'the event has been rated';
    case 'reopen': {
      if (facts.rating === null || facts.rating > REOPEN_MAX_SCORE)
        return `only an event rated ${REOPEN_MAX_SCORE} or lower may be reopened`;
      if (facts.reopened) return 'the event has been reopened once already';
      const closedAt = facts.closedAt?.getTime() ?? 0;
      return now.getTime() - closedAt <= REOPEN_WITHIN_DAYS * 86_400_000
        ? null
        : `an event may be reopened within ${REOPEN_WITHIN_DAYS} days of closing`;
    }
    case 'accept':
    case 'dispatch':
    case 'start':
    case 'handle':
    case 'verify':
    case 'rework':
    case 'reject':
    case 'cancel':
    case 'return':
    case 'comment':
      return null;
  }
}

/** The actions someone in `relations` may take now: what the event page offers as buttons. */
export function allowedActions(
  facts: EventFacts,
  relations: ReadonlySet<EventRelation>,
  now: Date,
): EventAction[] {
  return EVENT_ACTIONS.filter((a) => refuse(a, facts, relations, now) === null);
}

/** The state after `action` (the caller has checked `refuse` first). */
export function stateAfter(action: EventAction, from: EventState): EventState {
  return TRANSITIONS[action].to ?? from;
}
