import { useQuery } from '@tanstack/react-query';
import { listEventInbox } from '../../api/events';
import { eventKeys } from './keys';

/**
 * The number of unread notifications (the menu badge); refreshed by the stream and once a minute. A module of
 * its own, so the menu's badge loads without the events pages' code.
 */
export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: eventKeys.unread,
    queryFn: async ({ signal }) => (await listEventInbox({ unread: true, limit: 1 }, signal)).unread,
    enabled,
    refetchInterval: 60_000,
  });
}
