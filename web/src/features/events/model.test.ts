import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../../domain/events/categories';
import { EVENT_ACTIONS, EVENT_STATES } from '../../../../domain/events/machine';
import type { EventCategory, EventSummary } from '../../api/events';
import {
  ACTION_FORMS,
  actionBody,
  BOARD_COLUMNS,
  byCountDesc,
  categoryLabel,
  categoryTree,
  COLUMN_STATES,
  columnOf,
  compareCards,
  deadlineParts,
  defaultPartyId,
  durationParts,
  fillDays,
  groupIntoColumns,
  inboxCategoryCode,
  knownActions,
  lastDays,
  sortColumn,
  statsNodeOf,
  urgencyColor,
} from './model';

const categories: EventCategory[] = DEFAULT_CATEGORIES.map((c) => ({
  code: c.code,
  parentCode: c.parentCode,
  name: c.name,
  responsibleParty: c.responsibleParty,
  department: c.department,
  startLevel: c.startLevel,
  dispatchMode: c.dispatchMode,
  autoDispatch: c.autoDispatch,
}));

const summary = (over: Partial<EventSummary> & Pick<EventSummary, 'id'>): EventSummary => ({
  status: 'dispatched',
  categoryCode: 'sanitation',
  description: '',
  level: 'compound',
  communityId: 3,
  placeId: 10,
  placeName: '怡枫园',
  assignee: null,
  deadline: null,
  urgency: null,
  reworkCount: 0,
  rating: null,
  reportedAt: '2026-05-01T08:00:00Z',
  channel: 'resident',
  ...over,
});

describe('board columns', () => {
  it('puts every state in at most one column, and the open work in one each', () => {
    const listed = BOARD_COLUMNS.flatMap((column) => COLUMN_STATES[column]);
    expect(new Set(listed).size).toBe(listed.length);
    expect(columnOf('reported')).toBe('intake');
    expect(columnOf('accepted')).toBe('intake');
    expect(columnOf('in_progress')).toBe('in_progress');
    expect(columnOf('closed')).toBe('closed');
    expect(columnOf('rejected')).toBeNull();
    expect(columnOf('cancelled')).toBeNull();
    for (const state of EVENT_STATES) {
      const column = columnOf(state);
      if (column) expect(COLUMN_STATES[column]).toContain(state);
    }
  });

  it('groups events by their state, once each, leaving rejected and cancelled ones off', () => {
    const grouped = groupIntoColumns([
      summary({ id: 1, status: 'reported' }),
      summary({ id: 2, status: 'handled' }),
      summary({ id: 3, status: 'rejected' }),
      summary({ id: 4, status: 'accepted' }),
      summary({ id: 1, status: 'reported' }),
    ]);
    expect(grouped.intake.map((e) => e.id)).toEqual([1, 4]);
    expect(grouped.handled.map((e) => e.id)).toEqual([2]);
    expect(grouped.dispatched).toEqual([]);
    expect(Object.values(grouped).flat()).toHaveLength(3);
  });

  it('orders a working column overdue first, then by deadline, then oldest report', () => {
    const cards = [
      summary({ id: 1, urgency: 'ok', deadline: '2026-05-03T00:00:00Z' }),
      summary({ id: 2, urgency: 'overdue', deadline: '2026-05-02T00:00:00Z' }),
      summary({ id: 3, urgency: 'warning', deadline: '2026-05-02T12:00:00Z' }),
      summary({ id: 4, urgency: 'ok', deadline: '2026-05-02T18:00:00Z' }),
      summary({ id: 5, status: 'reported', reportedAt: '2026-04-30T00:00:00Z' }),
      summary({ id: 6, status: 'reported', reportedAt: '2026-04-29T00:00:00Z' }),
    ];
    expect(sortColumn('dispatched', cards).map((e) => e.id)).toEqual([2, 3, 4, 1, 6, 5]);
    expect(compareCards(cards[0]!, cards[0]!)).toBe(0);
    // The closed column keeps the server's order (newest first).
    expect(sortColumn('closed', cards).map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('urgency', () => {
  it('is yellow while the deadline nears and red once it passed', () => {
    expect(urgencyColor('warning')).toBe('gold');
    expect(urgencyColor('overdue')).toBe('red');
    expect(urgencyColor('ok')).toBe('green');
    expect(urgencyColor(null)).toBeUndefined();
  });

  it('says how long is left or how long it is over, in the largest whole unit', () => {
    const now = Date.parse('2026-05-01T12:00:00Z');
    expect(deadlineParts('2026-05-01T15:30:00Z', now)).toEqual({ over: false, unit: 'hours', count: 3 });
    expect(deadlineParts('2026-04-28T11:00:00Z', now)).toEqual({ over: true, unit: 'days', count: 3 });
    expect(deadlineParts('2026-05-01T12:00:20Z', now)).toEqual({ over: false, unit: 'minutes', count: 1 });
    expect(durationParts(59 * 60_000)).toEqual({ unit: 'minutes', count: 59 });
    expect(durationParts(24 * 3_600_000)).toEqual({ unit: 'days', count: 1 });
  });
});

describe('category tree', () => {
  it('hangs sub-categories under their parent, in the list order, named in the language', () => {
    const tree = categoryTree(categories, 'zh-CN');
    expect(tree.map((node) => node.value)).toEqual(
      categories.filter((c) => c.parentCode === null).map((c) => c.code),
    );
    const sanitation = tree.find((node) => node.value === 'sanitation');
    expect(sanitation?.title).toBe('环境卫生');
    expect(sanitation?.children?.map((c) => c.value)).toEqual(['sanitation.garbage']);
    expect(tree.find((node) => node.value === 'pets')?.children).toBeUndefined();
    const count = (nodes: typeof tree): number =>
      nodes.reduce((n, node) => n + 1 + count(node.children ?? []), 0);
    expect(count(tree)).toBe(categories.length);
    expect(categoryTree(categories, 'en-US')[0]?.title).toBe('Property management dispute');
  });

  it('keeps a category whose parent is missing at the top', () => {
    const orphan = { ...categories[0]!, code: 'x.y', parentCode: 'x' };
    expect(categoryTree([orphan], 'zh-HK').map((n) => n.value)).toEqual(['x.y']);
  });

  it('names a category in the language, else Simplified Chinese, else by its code', () => {
    const byCode = new Map(categories.map((c) => [c.code, c]));
    expect(categoryLabel(byCode, 'noise', 'zh-HK')).toBe('噪音擾民');
    expect(categoryLabel(byCode, 'noise', 'fr')).toBe('噪音扰民');
    expect(categoryLabel(byCode, 'unknown.code', 'zh-CN')).toBe('unknown.code');
    expect(categoryLabel(undefined, 'noise', 'zh-CN')).toBe('noise');
  });
});

describe('action forms', () => {
  it('has a form for every action', () => {
    expect(Object.keys(ACTION_FORMS).sort()).toEqual([...EVENT_ACTIONS].sort());
  });

  it('builds each body from its own fields only, text trimmed and empty fields left out', () => {
    expect(actionBody('accept', { text: '  ' })).toEqual({});
    expect(actionBody('dispatch', { partyId: 'property_company:10', text: ' 尽快 ', score: 3 })).toEqual({
      partyId: 'property_company:10',
      note: '尽快',
    });
    expect(actionBody('handle', { text: '已清运', attachmentIds: ['a'] })).toEqual({
      note: '已清运',
      attachmentIds: ['a'],
    });
    expect(actionBody('reject', { rejectReason: 'duplicate', text: '' })).toEqual({ reason: 'duplicate' });
    expect(actionBody('return', { text: '不归物业管', attachmentIds: ['a'] })).toEqual({
      reason: '不归物业管',
    });
    expect(actionBody('rate', { score: 4, text: '好' })).toEqual({ score: 4, comment: '好' });
    expect(actionBody('comment', { text: '进展？', attachmentIds: [] })).toEqual({ note: '进展？' });
  });

  it('starts a dispatch from the party the rules would pick', () => {
    const parties = [
      { partyId: 'property_company:4', kind: 'property_company' as const, level: 'compound' as const },
      { partyId: 'party_branch:4', kind: 'party_branch' as const, level: 'compound' as const },
      { partyId: 'community:3', kind: 'community' as const, level: 'community' as const },
      { partyId: 'street_department:2', kind: 'street_department' as const, level: 'street' as const },
    ];
    const neighbours = { responsibleParty: 'party_branch' as const, startLevel: 'compound' as const };
    expect(defaultPartyId(parties, neighbours)).toBe('party_branch:4');
    // A compound without a party branch: the community takes it, as on the server.
    expect(
      defaultPartyId(
        parties.filter((p) => p.kind !== 'party_branch'),
        neighbours,
      ),
    ).toBe('community:3');
    const security = { responsibleParty: 'street_department' as const, startLevel: 'street' as const };
    expect(defaultPartyId(parties, security)).toBe('street_department:2');
    expect(defaultPartyId(parties.slice(0, 3), security)).toBe('property_company:4');
    expect(defaultPartyId(parties, undefined)).toBe('community:3');
    expect(defaultPartyId([], neighbours)).toBeUndefined();
  });

  it('offers the server’s actions in its order, less unknown ones', () => {
    expect(knownActions(['dispatch', 'reject', 'fly', 'comment'])).toEqual(['dispatch', 'reject', 'comment']);
  });
});

describe('statistics helpers', () => {
  it('takes the last n days up to today', () => {
    expect(lastDays(new Date(2026, 4, 30), 30)).toEqual({ from: '2026-05-01', to: '2026-05-30' });
    expect(lastDays(new Date(2026, 2, 1), 1)).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('fills the days the server had no row for', () => {
    const days = fillDays([{ day: '2026-02-28', reported: 2, closed: 1 }], '2026-02-27', '2026-03-01');
    expect(days).toEqual([
      { day: '2026-02-27', reported: 0, closed: 0 },
      { day: '2026-02-28', reported: 2, closed: 1 },
      { day: '2026-03-01', reported: 0, closed: 0 },
    ]);
    expect(fillDays([], '2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('finds the nearest node statistics accept', () => {
    const path = [
      { id: 1, kind: 'district' },
      { id: 3, kind: 'community' },
      { id: 10, kind: 'compound' },
      { id: 11, kind: 'building' },
    ];
    expect(statsNodeOf(path)?.id).toBe(10);
    expect(statsNodeOf(path.slice(0, 2))?.id).toBe(3);
    expect(statsNodeOf([])).toBeUndefined();
  });

  it('sorts counts largest first, ties by key', () => {
    const rows = [
      { code: 'b', count: 1 },
      { code: 'a', count: 1 },
      { code: 'c', count: 5 },
    ];
    expect(byCountDesc(rows, (r) => r.code).map((r) => r.code)).toEqual(['c', 'a', 'b']);
  });

  it('reads the category out of a notification', () => {
    expect(inboxCategoryCode('sanitation.garbage #12: dispatch')).toBe('sanitation.garbage');
    expect(inboxCategoryCode('something else')).toBeNull();
  });
});
