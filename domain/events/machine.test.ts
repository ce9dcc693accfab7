import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EVENT_ACTIONS,
  EVENT_LEVELS,
  EVENT_RELATIONS,
  EVENT_STATES,
  FINAL_STATES,
  REOPEN_MAX_SCORE,
  REOPEN_WITHIN_DAYS,
  RUNNING_STATES,
  TRANSITIONS,
  allowedActions,
  nextLevel,
  refuse,
  stateAfter,
  type EventAction,
  type EventFacts,
  type EventLevel,
  type EventRelation,
  type EventState,
  type Transition,
} from './machine';

const DAY = 86_400_000;
const NOW = new Date('2026-03-09T02:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);

const rel = (...r: EventRelation[]): ReadonlySet<EventRelation> => new Set(r);
const EVERYONE = rel(...EVENT_RELATIONS);

/**
 * The closed loop as the issue states it, written out independently of TRANSITIONS so that widening or narrowing
 * any row of the table fails a test here (the cases below are generated from this, not from the code under test).
 */
const SPEC: Readonly<Record<EventAction, Transition>> = {
  accept: { from: ['reported'], to: 'accepted', by: ['dispatcher'] },
  dispatch: { from: ['reported', 'accepted'], to: 'dispatched', by: ['dispatcher'] },
  take: { from: ['dispatched'], to: 'in_progress', by: ['volunteer'] },
  start: { from: ['dispatched'], to: 'in_progress', by: ['assignee'] },
  handle: { from: ['in_progress'], to: 'handled', by: ['assignee'] },
  verify: { from: ['handled'], to: 'closed', by: ['verifier'] },
  rework: { from: ['handled'], to: 'in_progress', by: ['verifier'] },
  reject: { from: ['reported', 'accepted'], to: 'rejected', by: ['dispatcher'] },
  cancel: { from: ['reported'], to: 'cancelled', by: ['reporter'] },
  return: { from: ['dispatched', 'in_progress'], to: 'reported', by: ['assignee'] },
  escalate: { from: ['dispatched', 'in_progress'], to: 'dispatched', by: ['assignee', 'dispatcher'] },
  rate: { from: ['closed'], to: null, by: ['reporter'] },
  reopen: { from: ['closed'], to: 'dispatched', by: ['reporter'] },
  comment: { from: 'any', to: null, by: ['dispatcher', 'assignee', 'verifier', 'reporter', 'viewer'] },
};

const fromOf = (action: EventAction): readonly EventState[] => {
  const from = SPEC[action].from;
  return from === 'any' ? EVENT_STATES : from;
};

/** Facts in `status` under which every guard of `action` passes. */
function passing(action: EventAction, status: EventState): EventFacts {
  return {
    status,
    level: 'compound',
    rating: action === 'reopen' ? 1 : null,
    closedAt: status === 'closed' ? ago(DAY) : null,
    reopened: false,
    openToTake: action === 'take',
  };
}

/** A closed event the reporter rated `rating`, closed `closedAgo` ms before NOW. */
function closed(rating: number | null, closedAgo: number, reopened = false): EventFacts {
  return {
    status: 'closed',
    level: 'compound',
    rating,
    closedAt: ago(closedAgo),
    reopened,
    openToTake: false,
  };
}

describe('the transition table', () => {
  it('is the closed loop of the issue, row by row', () => {
    for (const action of EVENT_ACTIONS) {
      const t = TRANSITIONS[action];
      const want = SPEC[action];
      expect(t.to, action).toBe(want.to);
      expect(t.from === 'any' ? 'any' : [...t.from].sort(), action).toEqual(
        want.from === 'any' ? 'any' : [...want.from].sort(),
      );
      expect([...t.by].sort(), action).toEqual([...want.by].sort());
    }
  });

  it('names every action exactly once and only known states and relations', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...EVENT_ACTIONS].sort());
    for (const action of EVENT_ACTIONS) {
      const t = TRANSITIONS[action];
      for (const s of fromOf(action)) expect(EVENT_STATES).toContain(s);
      if (t.to !== null) expect(EVENT_STATES).toContain(t.to);
      expect(t.by.length).toBeGreaterThan(0);
      for (const r of t.by) expect(EVENT_RELATIONS).toContain(r);
    }
  });

  it('lets nothing but a comment, a rating or a reopen touch a final event', () => {
    for (const state of FINAL_STATES) {
      const acts = EVENT_ACTIONS.filter((a) => fromOf(a).includes(state));
      expect(acts.sort()).toEqual(state === 'closed' ? ['comment', 'rate', 'reopen'] : ['comment']);
    }
  });

  it('runs the deadline only while the work is dispatched or in progress', () => {
    expect([...RUNNING_STATES].sort()).toEqual(['dispatched', 'in_progress']);
  });
});

describe('stateAfter', () => {
  const cases = EVENT_ACTIONS.flatMap((action) => fromOf(action).map((from) => [action, from] as const));

  it.each(cases)('%s from %s goes where the table says', (action, from) => {
    expect(stateAfter(action, from)).toBe(SPEC[action].to ?? from);
  });

  it.each(EVENT_STATES)('rate and comment leave a %s event as it is', (state) => {
    expect(stateAfter('comment', state)).toBe(state);
    expect(stateAfter('rate', state)).toBe(state);
  });

  it.each([
    ['accept', 'reported', 'accepted'],
    ['dispatch', 'reported', 'dispatched'],
    ['dispatch', 'accepted', 'dispatched'],
    ['take', 'dispatched', 'in_progress'],
    ['start', 'dispatched', 'in_progress'],
    ['handle', 'in_progress', 'handled'],
    ['verify', 'handled', 'closed'],
    ['rework', 'handled', 'in_progress'],
    ['reject', 'reported', 'rejected'],
    ['reject', 'accepted', 'rejected'],
    ['cancel', 'reported', 'cancelled'],
    ['return', 'dispatched', 'reported'],
    ['return', 'in_progress', 'reported'],
    ['escalate', 'dispatched', 'dispatched'],
    ['escalate', 'in_progress', 'dispatched'],
    ['reopen', 'closed', 'dispatched'],
  ] as const)('%s takes a %s event to %s', (action, from, to) => {
    expect(stateAfter(action, from)).toBe(to);
  });
});

describe('refuse: every allowed transition', () => {
  const cases = EVENT_ACTIONS.flatMap((action) =>
    fromOf(action).flatMap((from) => SPEC[action].by.map((by) => [action, from, by] as const)),
  );

  it('covers all 14 actions', () => {
    expect(new Set(cases.map(([a]) => a)).size).toBe(EVENT_ACTIONS.length);
  });

  it.each(cases)('%s from %s by the %s is allowed', (action, from, by) => {
    expect(refuse(action, passing(action, from), rel(by), NOW)).toBeNull();
  });

  it.each(cases)('%s from %s is allowed to the %s who also holds every other relation', (action, from) => {
    expect(refuse(action, passing(action, from), EVERYONE, NOW)).toBeNull();
  });
});

describe('refuse: every transition from a wrong state', () => {
  const cases = EVENT_ACTIONS.flatMap((action) =>
    EVENT_STATES.filter((s) => !fromOf(action).includes(s)).map((from) => [action, from] as const),
  );

  it('has cases for every action but comment', () => {
    expect(new Set(cases.map(([a]) => a))).toEqual(new Set(EVENT_ACTIONS.filter((a) => a !== 'comment')));
  });

  it.each(cases)('%s from %s is an invalid transition, even for everyone', (action, from) => {
    const r = refuse(action, passing(action, from), EVERYONE, NOW);
    expect(r?.code).toBe('invalid_transition');
    expect(r?.message).toContain(action);
    expect(r?.message).toContain(from);
  });

  it.each(cases)('%s from %s says invalid_transition before forbidden', (action, from) => {
    expect(refuse(action, passing(action, from), rel(), NOW)?.code).toBe('invalid_transition');
  });
});

describe('refuse: every transition by the wrong people', () => {
  const cases = EVENT_ACTIONS.flatMap((action) => {
    const others = EVENT_RELATIONS.filter((r) => !SPEC[action].by.includes(r));
    return fromOf(action).map((from) => [action, from, others] as const);
  });

  it.each(cases)('%s from %s is forbidden to %j', (action, from, others) => {
    const r = refuse(action, passing(action, from), rel(...others), NOW);
    expect(r?.code).toBe('forbidden');
    expect(r?.message).toContain(action);
  });

  it.each(cases)('%s from %s is forbidden to someone with no relation', (action, from) => {
    expect(refuse(action, passing(action, from), rel(), NOW)?.code).toBe('forbidden');
  });

  it.each(
    EVENT_ACTIONS.flatMap((action) =>
      EVENT_RELATIONS.filter((r) => !SPEC[action].by.includes(r)).map((r) => [action, r] as const),
    ),
  )('%s is forbidden to a lone %s', (action, r) => {
    const from = fromOf(action)[0]!;
    expect(refuse(action, passing(action, from), rel(r), NOW)?.code).toBe('forbidden');
  });

  it('keeps the people the table names in the order used by the message', () => {
    expect(refuse('escalate', passing('escalate', 'dispatched'), rel('reporter'), NOW)?.message).toBe(
      'only the assignee or dispatcher may escalate this event',
    );
  });
});

describe('guards', () => {
  describe('take', () => {
    const open: EventFacts = { ...passing('take', 'dispatched'), openToTake: true };

    it('is allowed to a volunteer while the event is open to take', () => {
      expect(refuse('take', open, rel('volunteer'), NOW)).toBeNull();
    });

    it('is refused once the event is not open to take, whoever asks', () => {
      const taken = { ...open, openToTake: false };
      expect(refuse('take', taken, rel('volunteer'), NOW)?.code).toBe('invalid_transition');
      expect(refuse('take', taken, EVERYONE, NOW)?.code).toBe('invalid_transition');
      expect(refuse('take', taken, rel(), NOW)?.code).toBe('invalid_transition');
    });

    it('does not stop the assignee from starting an event that is not open', () => {
      expect(refuse('start', { ...open, openToTake: false }, rel('assignee'), NOW)).toBeNull();
    });
  });

  describe('escalate', () => {
    it.each([
      ['compound', 'community'],
      ['community', 'street'],
      ['street', 'district'],
      ['district', null],
    ] as const)('nextLevel(%s) is %s', (level, next) => {
      expect(nextLevel(level)).toBe(next);
    });

    it.each(EVENT_LEVELS.filter((l) => l !== 'district'))('is allowed from the %s level', (level) => {
      for (const status of RUNNING_STATES)
        expect(
          refuse('escalate', { ...passing('escalate', status), level }, rel('assignee'), NOW),
        ).toBeNull();
    });

    it('is refused at the district, even for everyone', () => {
      for (const status of RUNNING_STATES) {
        const facts: EventFacts = { ...passing('escalate', status), level: 'district' };
        const r = refuse('escalate', facts, EVERYONE, NOW);
        expect(r?.code).toBe('invalid_transition');
        expect(r?.message).toMatch(/highest level/);
      }
    });
  });

  describe('rate', () => {
    it('is allowed once, while unrated', () => {
      expect(refuse('rate', closed(null, DAY), rel('reporter'), NOW)).toBeNull();
    });

    it.each([1, 2, 3, 4, 5])('is refused once rated %i', (rating) => {
      const r = refuse('rate', closed(rating, DAY), rel('reporter'), NOW);
      expect(r?.code).toBe('invalid_transition');
      expect(r?.message).toMatch(/rated/);
    });
  });

  describe('reopen', () => {
    const reporter = rel('reporter');
    const days = (d: number) => d * DAY;

    it('uses a score of 2 and a week', () => {
      expect(REOPEN_MAX_SCORE).toBe(2);
      expect(REOPEN_WITHIN_DAYS).toBe(7);
    });

    it.each([1, 2])('is allowed after a rating of %i', (rating) => {
      expect(refuse('reopen', closed(rating, DAY), reporter, NOW)).toBeNull();
    });

    it.each([3, 4, 5])('is refused after a rating of %i', (rating) => {
      expect(refuse('reopen', closed(rating, DAY), reporter, NOW)?.code).toBe('invalid_transition');
    });

    it('is refused before any rating', () => {
      const r = refuse('reopen', closed(null, DAY), reporter, NOW);
      expect(r?.code).toBe('invalid_transition');
      expect(r?.message).toMatch(/rated 2 or lower/);
    });

    it('is allowed right at closing and at exactly 7 days', () => {
      expect(refuse('reopen', closed(1, 0), reporter, NOW)).toBeNull();
      expect(refuse('reopen', closed(1, days(7)), reporter, NOW)).toBeNull();
    });

    it('is refused at 7 days and 1 ms', () => {
      const r = refuse('reopen', closed(1, days(7) + 1), reporter, NOW);
      expect(r?.code).toBe('invalid_transition');
      expect(r?.message).toMatch(/within 7 days/);
    });

    it('is refused when the closing time is unknown', () => {
      const facts: EventFacts = { ...closed(1, 0), closedAt: null };
      expect(refuse('reopen', facts, reporter, NOW)?.code).toBe('invalid_transition');
    });

    it('is refused a second time', () => {
      const r = refuse('reopen', closed(1, DAY, true), reporter, NOW);
      expect(r?.code).toBe('invalid_transition');
      expect(r?.message).toMatch(/once already/);
    });

    it('is a state error before a person error', () => {
      expect(refuse('reopen', closed(5, DAY), rel('viewer'), NOW)?.code).toBe('invalid_transition');
      expect(refuse('reopen', closed(1, DAY), rel('viewer'), NOW)?.code).toBe('forbidden');
    });

    it('holds the 7-day line for any rating and age (property)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 0, max: days(30) }),
          fc.boolean(),
          (rating, age, again) => {
            const ok = refuse('reopen', closed(rating, age, again), reporter, NOW) === null;
            return ok === (rating <= 2 && age <= days(7) && !again);
          },
        ),
      );
    });
  });

  it.each(
    EVENT_ACTIONS.filter((a) => !['take', 'escalate', 'rate', 'reopen'].includes(a)).flatMap((action) =>
      fromOf(action).map((from) => [action, from] as const),
    ),
  )('%s from %s has no guard beyond state and people', (action, from) => {
    const hostile: EventFacts = {
      status: from,
      level: 'district',
      rating: 5,
      closedAt: new Date(0),
      reopened: true,
      openToTake: false,
    };
    expect(refuse(action, hostile, EVERYONE, NOW)).toBeNull();
  });
});

const arbFacts: fc.Arbitrary<EventFacts> = fc.record({
  status: fc.constantFrom(...EVENT_STATES),
  level: fc.constantFrom<EventLevel>(...EVENT_LEVELS),
  rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  closedAt: fc.option(
    fc.integer({ min: NOW.getTime() - 10 * DAY, max: NOW.getTime() }).map((t) => new Date(t)),
    { nil: null },
  ),
  reopened: fc.boolean(),
  openToTake: fc.boolean(),
});
const arbRelations = fc.subarray([...EVENT_RELATIONS]).map((r) => new Set(r));

describe('allowedActions', () => {
  it('is exactly the actions refuse lets through (property)', () => {
    fc.assert(
      fc.property(arbFacts, arbRelations, (facts, relations) => {
        expect(allowedActions(facts, relations, NOW)).toEqual(
          EVENT_ACTIONS.filter((a) => refuse(a, facts, relations, NOW) === null),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('never offers an action from a state it does not start from, nor to the wrong people (property)', () => {
    fc.assert(
      fc.property(arbFacts, arbRelations, (facts, relations) => {
        for (const a of allowedActions(facts, relations, NOW)) {
          expect(fromOf(a)).toContain(facts.status);
          expect(SPEC[a].by.some((r) => relations.has(r))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('offers nothing to someone with no relation', () => {
    fc.assert(fc.property(arbFacts, (facts) => allowedActions(facts, rel(), NOW).length === 0));
  });

  it('offers a viewer only the comment', () => {
    fc.assert(
      fc.property(arbFacts, (facts) => {
        expect(allowedActions(facts, rel('viewer'), NOW)).toEqual(['comment']);
      }),
    );
  });

  it.each([
    ['reported', ['dispatcher'], ['accept', 'dispatch', 'reject', 'comment']],
    ['reported', ['reporter'], ['cancel', 'comment']],
    ['accepted', ['dispatcher'], ['dispatch', 'reject', 'comment']],
    ['dispatched', ['assignee'], ['start', 'return', 'escalate', 'comment']],
    ['dispatched', ['dispatcher'], ['escalate', 'comment']],
    ['in_progress', ['assignee'], ['handle', 'return', 'escalate', 'comment']],
    ['handled', ['verifier'], ['verify', 'rework', 'comment']],
    ['handled', ['assignee'], ['comment']],
    ['closed', ['reporter'], ['rate', 'comment']],
    ['rejected', ['dispatcher', 'reporter'], ['comment']],
  ] as const)('offers a %s event to %j: %j', (status, relations, expected) => {
    const facts: EventFacts = {
      status,
      level: 'compound',
      rating: null,
      closedAt: status === 'closed' ? ago(DAY) : null,
      reopened: false,
      openToTake: false,
    };
    expect(allowedActions(facts, rel(...relations), NOW)).toEqual(expected);
  });

  it('offers the volunteer take on an open event, and the reporter reopen after a poor rating', () => {
    const open: EventFacts = { ...passing('take', 'dispatched'), openToTake: true };
    expect(allowedActions(open, rel('volunteer'), NOW)).toEqual(['take']);
    expect(allowedActions(closed(2, DAY), rel('reporter'), NOW)).toEqual(['reopen', 'comment']);
  });
});

describe('walking the loop', () => {
  interface Step {
    action: EventAction;
    by: EventRelation;
    from: EventState;
    to: EventState;
    /** What else the step changes in the facts (what the service writes). */
    then?: Partial<EventFacts>;
  }

  function walk(start: EventFacts, steps: readonly Step[]) {
    let facts = start;
    for (const step of steps) {
      expect(facts.status, `before ${step.action}`).toBe(step.from);
      expect(refuse(step.action, facts, rel(step.by), NOW), step.action).toBeNull();
      expect(allowedActions(facts, rel(step.by), NOW)).toContain(step.action);
      const to = stateAfter(step.action, facts.status);
      expect(to, step.action).toBe(step.to);
      facts = { ...facts, status: to, ...step.then };
    }
    return facts;
  }

  const reported: EventFacts = {
    status: 'reported',
    level: 'compound',
    rating: null,
    closedAt: null,
    reopened: false,
    openToTake: false,
  };

  it('walks the happy path with a rework (居民点单 → 小区派单 → 群众评单)', () => {
    const end = walk(reported, [
      { action: 'accept', by: 'dispatcher', from: 'reported', to: 'accepted' },
      { action: 'dispatch', by: 'dispatcher', from: 'accepted', to: 'dispatched' },
      { action: 'start', by: 'assignee', from: 'dispatched', to: 'in_progress' },
      { action: 'handle', by: 'assignee', from: 'in_progress', to: 'handled' },
      { action: 'rework', by: 'verifier', from: 'handled', to: 'in_progress' },
      { action: 'handle', by: 'assignee', from: 'in_progress', to: 'handled' },
      { action: 'verify', by: 'verifier', from: 'handled', to: 'closed', then: { closedAt: ago(DAY) } },
      { action: 'rate', by: 'reporter', from: 'closed', to: 'closed', then: { rating: 5 } },
    ]);
    expect(end.status).toBe('closed');
    expect(refuse('rate', end, rel('reporter'), NOW)?.code).toBe('invalid_transition');
    expect(refuse('reopen', end, rel('reporter'), NOW)?.code).toBe('invalid_transition');
    expect(allowedActions(end, EVERYONE, NOW)).toEqual(['comment']);
  });

  it('walks the open path: 党员接单', () => {
    walk(reported, [
      {
        action: 'dispatch',
        by: 'dispatcher',
        from: 'reported',
        to: 'dispatched',
        then: { openToTake: true },
      },
      { action: 'take', by: 'volunteer', from: 'dispatched', to: 'in_progress', then: { openToTake: false } },
      { action: 'handle', by: 'assignee', from: 'in_progress', to: 'handled' },
    ]);
  });

  it('walks a poor rating back to work once, and no further', () => {
    const end = walk(reported, [
      { action: 'dispatch', by: 'dispatcher', from: 'reported', to: 'dispatched' },
      { action: 'start', by: 'assignee', from: 'dispatched', to: 'in_progress' },
      {
        action: 'escalate',
        by: 'assignee',
        from: 'in_progress',
        to: 'dispatched',
        then: { level: 'community' },
      },
      { action: 'start', by: 'assignee', from: 'dispatched', to: 'in_progress' },
      { action: 'handle', by: 'assignee', from: 'in_progress', to: 'handled' },
      { action: 'verify', by: 'verifier', from: 'handled', to: 'closed', then: { closedAt: ago(3 * DAY) } },
      { action: 'rate', by: 'reporter', from: 'closed', to: 'closed', then: { rating: 1 } },
      {
        action: 'reopen',
        by: 'reporter',
        from: 'closed',
        to: 'dispatched',
        then: { reopened: true, rating: null, closedAt: null },
      },
      { action: 'start', by: 'assignee', from: 'dispatched', to: 'in_progress' },
      { action: 'handle', by: 'assignee', from: 'in_progress', to: 'handled' },
      { action: 'verify', by: 'verifier', from: 'handled', to: 'closed', then: { closedAt: ago(DAY) } },
      { action: 'rate', by: 'reporter', from: 'closed', to: 'closed', then: { rating: 1 } },
    ]);
    expect(refuse('reopen', end, rel('reporter'), NOW)?.message).toMatch(/once already/);
  });

  it('walks a return to the start and a rejection', () => {
    walk(reported, [
      { action: 'dispatch', by: 'dispatcher', from: 'reported', to: 'dispatched' },
      { action: 'return', by: 'assignee', from: 'dispatched', to: 'reported' },
      { action: 'accept', by: 'dispatcher', from: 'reported', to: 'accepted' },
      { action: 'reject', by: 'dispatcher', from: 'accepted', to: 'rejected' },
    ]);
  });
});
