import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { EVENT_STREAM_URL, type EventChange } from '../../api/events';
import { eventKeys } from './keys';

export type StreamStatus = 'connecting' | 'live' | 'down';

/** Changes arrive in bursts (an auto-dispatched report is two); they are applied together after this pause. */
const BATCH_MS = 300;
/** EventSource retries by itself after a dropped connection, but gives up on an HTTP error (a lost session). */
const RETRY_MS = [5_000, 15_000, 60_000];

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

/**
 * Listens to `GET /events/stream` (Server-Sent Events, the session's cookie) while mounted and refetches the
 * events lists, the inbox and the pages of changed events, so the board keeps itself current. After a
 * reconnection everything is refetched: changes made while the stream was down were never heard.
 */
export function useEventStream(): StreamStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>(() =>
    typeof EventSource === 'undefined' ? 'down' : 'connecting',
  );

  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let batch: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    let opened = false;
    const pending = new Set<number>();
    let stopped = false;

    const flush = () => {
      batch = undefined;
      refresh(queryClient, new Set(pending));
      pending.clear();
    };

    const connect = () => {
      source = new EventSource(EVENT_STREAM_URL, { withCredentials: true });
      source.onopen = () => {
        attempts = 0;
        setStatus('live');
        // The first open follows the pages' own fetches; a later one may have missed changes.
        if (opened) refresh(queryClient, 'all');
        opened = true;
      };
      source.addEventListener('change', (message: MessageEvent<string>) => {
        try {
          const data: unknown = JSON.parse(message.data);
          if (isChange(data)) pending.add(data.id);
        } catch {
          return;
        }
        batch ??= setTimeout(flush, BATCH_MS);
      });
      source.onerror = () => {
        if (stopped || !source) return;
        if (source.readyState === EventSource.CLOSED) {
          setStatus('down');
          source.close();
          const wait = RETRY_MS[Math.min(attempts, RETRY_MS.length - 1)];
          attempts += 1;
          retry = setTimeout(connect, wait);
        } else {
          setStatus('connecting');
        }
      };
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearTimeout(batch);
      source?.close();
    };
  }, [queryClient]);

  return status;
}
