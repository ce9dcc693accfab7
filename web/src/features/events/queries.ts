import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actOnEvent,
  type ActionBodies,
  type EventAction,
  type EventCategory,
  type EventListQuery,
  type EventSummary,
  getEvent,
  getEventStats,
  type InboxItem,
  listEventCategories,
  listEventInbox,
  listEventParties,
  listEvents,
  markInboxRead,
  reportEvent,
  type StatsQuery,
} from '../../api/events';
import { useCursorList } from '../../shared/cursor/useCursorList';
import { eventKeys } from './keys';
import { categoryLabel, categoryTree } from './model';
import { useUnreadCount } from './unread';

export { eventKeys };

/** The list of matters changes a few times a year: read once per session. */
export function useEventCategories() {
  return useQuery({
    queryKey: eventKeys.categories,
    queryFn: async ({ signal }) => (await listEventCategories(signal)).items,
    staleTime: Infinity,
  });
}

export interface CategoryBook {
  items: EventCategory[];
  byCode: Map<string, EventCategory>;
  /** The category's name in the current language (its code until the list has loaded). */
  label: (code: string) => string;
  tree: ReturnType<typeof categoryTree>;
  isLoading: boolean;
}

export function useCategoryBook(): CategoryBook {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const { data, isLoading } = useEventCategories();
  return useMemo(() => {
    const items = data ?? [];
    const byCode = new Map(items.map((c) => [c.code, c]));
    return {
      items,
      byCode,
      label: (code: string) => categoryLabel(byCode, code, language),
      tree: categoryTree(items, language),
      isLoading,
    };
  }, [data, isLoading, language]);
}

export function useEventList(query: Omit<EventListQuery, 'cursor'>, enabled = true) {
  return useCursorList<EventSummary>(
    eventKeys.list(query),
    (cursor, signal) => listEvents({ ...query, cursor }, signal),
    enabled,
  );
}

export function useEvent(id: number) {
  return useQuery({ queryKey: eventKeys.detail(id), queryFn: ({ signal }) => getEvent(id, signal) });
}

export function useEventParties(id: number, enabled: boolean) {
  return useQuery({
    queryKey: eventKeys.parties(id),
    queryFn: async ({ signal }) => (await listEventParties(id, signal)).items,
    enabled,
    staleTime: 0,
  });
}

/** Lists, inbox and stats move with every change; the changed event's page is replaced by the answer. */
function useInvalidateEvents() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: eventKeys.lists }),
      queryClient.invalidateQueries({ queryKey: eventKeys.inbox }),
      queryClient.invalidateQueries({ queryKey: ['events', 'stats'] }),
    ]);
}

export function useEventAction(id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: ({ action, body }: { action: EventAction; body: ActionBodies[EventAction] }) =>
      actOnEvent<EventAction>(id, action, body),
    onSuccess: async (event) => {
      queryClient.setQueryData(eventKeys.detail(id), event);
      await invalidate();
    },
    // A refused action (409: someone else moved it first) means the page is stale.
    onError: () => queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) }),
  });
}

export function useReportEvent() {
  const invalidate = useInvalidateEvents();
  return useMutation({ mutationFn: reportEvent, onSuccess: invalidate });
}

export function useInbox(unread: boolean) {
  return useCursorList<InboxItem>(eventKeys.inboxPage(unread), (cursor, signal) =>
    listEventInbox({ unread, cursor }, signal),
  );
}

export { useUnreadCount };

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: number[]) => markInboxRead(ids),
    onSuccess: async ({ unread }) => {
      queryClient.setQueryData(eventKeys.unread, unread);
      await queryClient.invalidateQueries({ queryKey: eventKeys.inbox });
    },
  });
}

export function useEventStats(query: StatsQuery | undefined) {
  return useQuery({
    queryKey: eventKeys.stats(query ?? { nodeId: 0 }),
    queryFn: ({ signal }) => getEventStats(query!, signal),
    enabled: query !== undefined,
  });
}
