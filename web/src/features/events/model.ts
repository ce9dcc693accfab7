/** Pure rules of the events console: board columns, urgency colours, the category tree, durations, action forms. */
import {
  type ActionBodies,
  EVENT_ACTIONS,
  EVENT_LEVELS,
  type EventLevel,
  type EventAction,
  type EventCategory,
  type EventParty,
  type EventState,
  type EventSummary,
  type RejectReason,
  type Urgency,
} from '../../api/events';
import type { User } from '../../api/auth';
import type { Language } from '../../i18n/languages';

// ------------------------------------------------ the board ------------------------------------------------

export const BOARD_COLUMNS = ['intake', 'dispatched', 'in_progress', 'handled', 'closed'] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

/** The states each column lists (and asks the server for). Rejected and cancelled events leave the board. */
export const COLUMN_STATES: Readonly<Record<BoardColumn, readonly EventState[]>> = {
  intake: ['reported', 'accepted'],
  dispatched: ['dispatched'],
  in_progress: ['in_progress'],
  handled: ['handled'],
  closed: ['closed'],
};

/** The column an event in `state` belongs to, or null when it is off the board. */
export function columnOf(state: EventState): BoardColumn | null {
  return BOARD_COLUMNS.find((column) => COLUMN_STATES[column].includes(state)) ?? null;
}

/** Events sorted into the board's columns (stale items whose state moved on land in their new column). */
export function groupIntoColumns<E extends Pick<EventSummary, 'id' | 'status'>>(
  events: readonly E[],
): Record<BoardColumn, E[]> {
  const columns = Object.fromEntries(BOARD_COLUMNS.map((c) => [c, [] as E[]])) as Record<BoardColumn, E[]>;
  const seen = new Set<number>();
  for (const event of events) {
    const column = columnOf(event.status);
    if (column === null || seen.has(event.id)) continue;
    seen.add(event.id);
    columns[column].push(event);
  }
  return columns;
}

const URGENCY_RANK: Record<Urgency, number> = { overdue: 0, warning: 1, ok: 2 };

/**
 * The order of cards in a column: overdue first, then close to the deadline, then the earliest deadline,
 * then the oldest report (a queue is worked from its oldest end).
 */
export function compareCards(
  a: Pick<EventSummary, 'id' | 'urgency' | 'deadline' | 'reportedAt'>,
  b: Pick<EventSummary, 'id' | 'urgency' | 'deadline' | 'reportedAt'>,
): number {
  const rank = (e: typeof a) => (e.urgency ? URGENCY_RANK[e.urgency] : 3);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const deadline = (e: typeof a) => (e.deadline ? Date.parse(e.deadline) : Number.POSITIVE_INFINITY);
  if (deadline(a) !== deadline(b)) return deadline(a) < deadline(b) ? -1 : 1;
  return Date.parse(a.reportedAt) - Date.parse(b.reportedAt) || a.id - b.id;
}

/** The closed column shows the latest first; the working columns their most urgent first. */
export function sortColumn<E extends Pick<EventSummary, 'id' | 'urgency' | 'deadline' | 'reportedAt'>>(
  column: BoardColumn,
  events: readonly E[],
): E[] {
  return column === 'closed' ? [...events] : [...events].sort(compareCards);
}

// ------------------------------------------------ urgency --------------------------------------------------

/** antd preset colours: yellow while the deadline nears, red once it passed. */
export function urgencyColor(urgency: Urgency | null): 'gold' | 'red' | 'green' | undefined {
  switch (urgency) {
    case 'warning':
      return 'gold';
    case 'overdue':
      return 'red';
    case 'ok':
      return 'green';
    case null:
      return undefined;
  }
}

/** State tag colours (antd presets). */
export const STATE_COLOR: Readonly<Record<EventState, string>> = {
  reported: 'orange',
  accepted: 'gold',
  dispatched: 'blue',
  in_progress: 'geekblue',
  handled: 'cyan',
  closed: 'green',
  rejected: 'default',
  cancelled: 'default',
};

// ------------------------------------------------ durations ------------------------------------------------

export type DurationUnit = 'minutes' | 'hours' | 'days';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A span in the largest unit that fits at least once (at least one minute), rounded down. */
export function durationParts(ms: number): { unit: DurationUnit; count: number } {
  const span = Math.abs(ms);
  if (span >= DAY) return { unit: 'days', count: Math.floor(span / DAY) };
  if (span >= HOUR) return { unit: 'hours', count: Math.floor(span / HOUR) };
  return { unit: 'minutes', count: Math.max(1, Math.floor(span / MINUTE)) };
}

/** Time left until the deadline (`left`) or past it (`over`). */
export function deadlineParts(
  deadline: string,
  now: number,
): { over: boolean; unit: DurationUnit; count: number } {
  const left = Date.parse(deadline) - now;
  return { over: left < 0, ...durationParts(left) };
}

// ------------------------------------------------ categories -----------------------------------------------

export interface CategoryTreeNode {
  value: string;
  title: string;
  children?: CategoryTreeNode[];
}

/** The category's name in `language`, else in Simplified Chinese, else its code. */
export function categoryLabel(
  categories: ReadonlyMap<string, EventCategory> | undefined,
  code: string,
  language: string,
): string {
  const category = categories?.get(code);
  if (!category) return code;
  return category.name[language as Language] || category.name['zh-CN'] || code;
}

/** Categories as the TreeSelect's tree: each under its `parentCode` (orphans at the top), in the list's order. */
export function categoryTree(categories: readonly EventCategory[], language: string): CategoryTreeNode[] {
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const nodes = new Map<string, CategoryTreeNode>(
    categories.map((c) => [c.code, { value: c.code, title: categoryLabel(byCode, c.code, language) }]),
  );
  const roots: CategoryTreeNode[] = [];
  for (const c of categories) {
    const node = nodes.get(c.code)!;
    const parent = c.parentCode !== null && c.parentCode !== c.code ? nodes.get(c.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

// ------------------------------------------------ actions --------------------------------------------------

/** What each action's form asks for (server/modules/events/schema.ts `ACTION_BODIES`). */
export interface ActionForm {
  /** The free-text field and whether it must be filled. */
  text?: { name: 'note' | 'reason' | 'comment'; required: boolean };
  photos?: boolean;
  party?: boolean;
  rejectReason?: boolean;
  score?: boolean;
}

export const ACTION_FORMS: Readonly<Record<EventAction, ActionForm>> = {
  accept: { text: { name: 'note', required: false } },
  dispatch: { party: true, text: { name: 'note', required: false } },
  take: { text: { name: 'note', required: false } },
  start: { text: { name: 'note', required: false } },
  handle: { text: { name: 'note', required: true }, photos: true },
  verify: { text: { name: 'note', required: false }, photos: true },
  rework: { text: { name: 'reason', required: true }, photos: true },
  reject: { rejectReason: true, text: { name: 'note', required: false } },
  cancel: { text: { name: 'note', required: false } },
  return: { text: { name: 'reason', required: true } },
  escalate: { text: { name: 'reason', required: false } },
  rate: { score: true, text: { name: 'comment', required: false } },
  reopen: { text: { name: 'reason', required: false } },
  comment: { text: { name: 'note', required: true }, photos: true },
};

/** Actions that end or push back the work are shown as dangerous; the one moving it forward as primary. */
export function actionTone(action: EventAction): 'primary' | 'danger' | 'default' {
  switch (action) {
    case 'accept':
    case 'dispatch':
    case 'take':
    case 'start':
    case 'handle':
    case 'verify':
      return 'primary';
    case 'reject':
    case 'cancel':
    case 'return':
    case 'rework':
      return 'danger';
    case 'escalate':
    case 'rate':
    case 'reopen':
    case 'comment':
      return 'default';
  }
}

export interface ActionFormValues {
  text?: string;
  partyId?: string;
  rejectReason?: RejectReason;
  score?: number;
  attachmentIds?: string[];
}

/** The request body of `action` from its form: text trimmed, empty optional fields left out. */
export function actionBody<A extends EventAction>(action: A, values: ActionFormValues): ActionBodies[A] {
  const form = ACTION_FORMS[action];
  const body: Record<string, unknown> = {};
  const text = values.text?.trim();
  if (form.text && text) body[form.text.name] = text;
  if (form.party && values.partyId) body['partyId'] = values.partyId;
  if (form.rejectReason && values.rejectReason) body['reason'] = values.rejectReason;
  if (form.score && values.score !== undefined) body['score'] = values.score;
  if (form.photos && values.attachmentIds?.length) body['attachmentIds'] = values.attachmentIds;
  return body as ActionBodies[A];
}

export function isEventAction(value: string): value is EventAction {
  return (EVENT_ACTIONS as readonly string[]).includes(value);
}

/** The server's `actions`, in its order, less any this console does not know (never offered blind). */
export function knownActions(actions: readonly string[]): EventAction[] {
  return actions.filter(isEventAction);
}

// ------------------------------------------------ statistics -----------------------------------------------

/** The last `days` days up to today, as the stats query's `from` and `to` (YYYY-MM-DD, local dates). */
export function lastDays(today: Date, days: number): { from: string; to: string } {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: isoDate(from), to: isoDate(today) };
}

export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Node kinds the statistics accept. */
export const STATS_NODE_KINDS = ['district', 'street', 'community', 'compound'] as const;

/** The nearest node on `path` (district down to the node) that statistics can be asked about. */
export function statsNodeOf<N extends { id: number; kind: string }>(path: readonly N[]): N | undefined {
  return [...path].reverse().find((node) => (STATS_NODE_KINDS as readonly string[]).includes(node.kind));
}

/** The node a statistics page opens on: the chosen scope's (or first grant's) nearest compound or above. */
export function scopeStatsNode(user: Pick<User, 'roles'>, scopeNodeId?: number): number | undefined {
  const grant = user.roles.find((g) => g.nodeId === scopeNodeId) ?? user.roles[0];
  return grant ? statsNodeOf(grant.nodePath)?.id : undefined;
}

/** The notification's category code from the server's text (`"<code> #<id>: <action>"`), if it has one. */
export function inboxCategoryCode(text: string): string | null {
  const match = /^([a-z][a-z_]*(?:\.[a-z][a-z_]*)*) #\d+:/.exec(text);
  return match?.[1] ?? null;
}

/** Every day from `from` to `to` (YYYY-MM-DD) with its counts, zero where the server had no row. */
export function fillDays(
  byDay: readonly { day: string; reported: number; closed: number }[],
  from: string,
  to: string,
): { day: string; reported: number; closed: number }[] {
  const known = new Map(byDay.map((d) => [d.day, d]));
  const days: { day: string; reported: number; closed: number }[] = [];
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  // Noon UTC steps over daylight-saving changes safely; the dates are calendar dates, not instants.
  for (let at = Date.UTC(y, m - 1, d, 12); ; at += 86_400_000) {
    const day = new Date(at).toISOString().slice(0, 10);
    if (day > to || days.length > 800) break;
    days.push(known.get(day) ?? { day, reported: 0, closed: 0 });
  }
  return days;
}

/** Largest first; ties by the key, so the chart does not reshuffle between refreshes. */
export function byCountDesc<T extends { count: number }>(rows: readonly T[], key: (row: T) => string): T[] {
  return [...rows].sort((a, b) => b.count - a.count || key(a).localeCompare(key(b)));
}

/**
 * The party a dispatch dialog starts with, as the server's rules pick one (`responsibleParty` in
 * domain/events/parties.ts): the kind the list of matters makes responsible for the category; where the place
 * has none (a compound without a party branch), the first party at the category's starting level or the
 * community, whichever is higher; else the first offered.
 */
export function defaultPartyId(
  parties: readonly Pick<EventParty, 'partyId' | 'kind' | 'level'>[],
  category: Pick<EventCategory, 'responsibleParty' | 'startLevel'> | undefined,
): string | undefined {
  const own = category && parties.find((party) => party.kind === category.responsibleParty);
  if (own) return own.partyId;
  const rank = (level: EventLevel) => EVENT_LEVELS.indexOf(level);
  const floor = Math.max(rank(category?.startLevel ?? 'community'), rank('community'));
  return (parties.find((party) => rank(party.level) >= floor) ?? parties[0])?.partyId;
}
