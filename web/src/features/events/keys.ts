import type { EventListQuery, StatsQuery } from '../../api/events';

/** The react-query keys of the events pages; the live stream invalidates by their prefixes. */
export const eventKeys = {
  all: ['events'] as const,
  categories: ['events', 'categories'] as const,
  lists: ['events', 'list'] as const,
  list: (query: EventListQuery) => ['events', 'list', query] as const,
  details: ['events', 'detail'] as const,
  detail: (id: number) => ['events', 'detail', id] as const,
  parties: (id: number) => ['events', 'parties', id] as const,
  inbox: ['events', 'inbox'] as const,
  inboxPage: (unread: boolean) => ['events', 'inbox', 'page', unread] as const,
  unread: ['events', 'inbox', 'unread'] as const,
  stats: (query: StatsQuery) => ['events', 'stats', query] as const,
};
