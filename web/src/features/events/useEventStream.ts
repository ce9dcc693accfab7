import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { EVENT_STREAM_URL, type EventChange } from '../../api/events';
import { type StreamStatus, useServerEvents } from '../../shared/hooks/useServerEvents';
import { eventKeys } from './keys';

export type { StreamStatus };

function isChange(value: unknown): value is EventChange {
  return typeof value === 'object' && value !== null && typeof (value as EventChange).id === 'number';
}

function refresh(queryClient: QueryClient, ids: ReadonlySet<number> | 'all'): void {
  void queryClient.invalidateQueries({ queryKey: eventKeys.lists });
  void queryClient.invalidateQueries({ queryKey: eventKeys.inbox });
  if (ids === 'all') {
    void queryClient.invalidateQueries({ queryKey: eventKeys.details });
  } else {
    for (const id of ids) void queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) });
  }
}

const CHANGE = ['change'] as const;

/**
 * Listens to `GET /events/stream` while mounted and refetches the events lists, the inbox and the pages of changed
 * events, so the board keeps itself current. After a reconnection everything is refetched.
 */
export function useEventStream(): StreamStatus {
  const queryClient = useQueryClient();
  return useServerEvents(EVENT_STREAM_URL, {
    events: CHANGE,
    onBatch: (messages) =>
      refresh(
        queryClient,
        new Set(
          messages
            .map((m) => m.data)
            .filter(isChange)
            .map((c) => c.id),
        ),
      ),
    onReopen: () => refresh(queryClient, 'all'),
  });
}
