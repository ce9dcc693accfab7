import { deadlineFrom } from '../../../domain/events/calendar';
import type { Category } from '../../../domain/events/categories';
import { nextLevel, stateAfter, type EventAction } from '../../../domain/events/machine';
import { partyAtLevel, type Location, type Party } from '../../../domain/events/parties';
import type { StreetPolicy } from './rules';
import type { AnyActionBody, ActionBody } from './schema';
import type { EventRow, NewEvent } from './repository';

/** What an action changes on the event row, given what the service looked up; no I/O here. */
export interface ActionContext {
  now: Date;
  category: Category;
  policy: StreetPolicy;
  timeZone: string;
  location: Location;
  /** The party a dispatch goes to (chosen or by rule) and its display name. */
  party?: { party: Party; name: string } | undefined;
  actor: { accountId: number; name: string };
}

const assign = (p: Party, name: string): Partial<NewEvent> => ({
  assigneeKind: p.kind,
  assigneeNodeId: p.nodeId,
  assigneeNodePath: p.nodePath,
  assigneeDepartment: p.department,
  assigneeAccountId: p.accountId,
  assigneeName: name,
  level: p.level,
});

const unassigned: Partial<NewEvent> = {
  assigneeKind: null,
  assigneeNodeId: null,
  assigneeNodePath: null,
  assigneeDepartment: null,
  assigneeAccountId: null,
  assigneeName: null,
  deadline: null,
  dispatchedAt: null,
};

/** The clock restarts whenever the event reaches a (new) party. */
const clock = (ctx: ActionContext): Partial<NewEvent> => ({
  dispatchedAt: ctx.now,
  deadline: deadlineFrom(ctx.now, ctx.category.deadline, ctx.policy.calendar, ctx.timeZone),
});

export function changesFor(
  action: EventAction,
  e: EventRow,
  body: AnyActionBody,
  ctx: ActionContext,
): Partial<NewEvent> {
  const status = stateAfter(action, e.status);
  switch (action) {
    case 'accept':
      return { status, acceptedAt: ctx.now };
    case 'dispatch': {
      if (!ctx.party) throw new Error('dispatch needs a party');
      return {
        status,
        acceptedAt: e.acceptedAt ?? ctx.now,
        ...assign(ctx.party.party, ctx.party.name),
        ...clock(ctx),
      };
    }
    case 'take':
      return {
        status,
        assigneeKind: 'volunteer',
        assigneeAccountId: ctx.actor.accountId,
        assigneeName: ctx.actor.name,
      };
    case 'start':
    case 'cancel':
    case 'reject':
      return { status };
    case 'handle':
      return { status, handledAt: ctx.now };
    case 'verify':
      return { status, closedAt: ctx.now };
    case 'rework':
      return { status, handledAt: null, reworkCount: e.reworkCount + 1 };
    case 'return':
      return { status, ...unassigned, level: ctx.category.startLevel };
    case 'escalate': {
      const level = nextLevel(e.level);
      if (!level) throw new Error('escalate past the district');
      const p = ctx.party ?? { party: partyAtLevel(level, ctx.location), name: '' };
      return { status, ...assign(p.party, p.name), ...clock(ctx), escalations: e.escalations + 1 };
    }
    case 'rate': {
      const b = body as ActionBody<'rate'>;
      return { rating: b.score, ratingComment: b.comment ?? null };
    }
    case 'reopen':
      // Back to the same party; the old rating stays in the timeline and the reporter may rate the new outcome.
      return {
        status,
        closedAt: null,
        handledAt: null,
        rating: null,
        ratingComment: null,
        reopened: true,
        ...clock(ctx),
      };
    case 'comment':
      return {};
  }
}

/** The note a timeline entry shows for an action's body. */
export function noteOf(body: AnyActionBody): string | null {
  const b = body as Partial<Record<'note' | 'reason' | 'comment', string>>;
  return b.note ?? b.reason ?? b.comment ?? null;
}
