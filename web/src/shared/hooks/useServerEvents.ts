import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export type StreamStatus = 'connecting' | 'live' | 'down';

export interface ServerEvent {
  event: string;
  data: unknown;
}

export interface ServerEventHandlers {
  /** The named events to listen to (`event: <name>` lines of the stream). */
  events: readonly string[];
  /** Messages arrive in bursts (a device alert is an alert and an event): they are handed over together. */
  onBatch: (messages: ServerEvent[]) => void;
  /** After a reconnection: whatever happened while the stream was down was never heard, so refetch. */
  onReopen: () => void;
}

const BATCH_MS = 300;
/** EventSource retries by itself after a dropped connection, but gives up on an HTTP error (a lost session). */
const RETRY_MS = [5_000, 15_000, 60_000];

/**
 * Listens to a Server-Sent Events stream (the session's cookie) while mounted and `url` is set. The handlers are
 * read when messages arrive, so they may change on every render without reconnecting.
 */
export function useServerEvents(url: string | null, handlers: ServerEventHandlers): StreamStatus {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const names = handlers.events.join(',');
  const [status, setStatus] = useState<StreamStatus>(() =>
    typeof EventSource === 'undefined' || url === null ? 'down' : 'connecting',
  );

  useEffect(() => {
    if (typeof EventSource === 'undefined' || url === null) return undefined;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let batch: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    let opened = false;
    let stopped = false;
    let pending: ServerEvent[] = [];

    const flush = () => {
      batch = undefined;
      const messages = pending;
      pending = [];
      latest.current.onBatch(messages);
    };

    const connect = () => {
      setStatus('connecting');
      source = new EventSource(url, { withCredentials: true });
      source.onopen = () => {
        attempts = 0;
        setStatus('live');
        // The first open follows the page's own fetches; a later one may have missed changes.
        if (opened) latest.current.onReopen();
        opened = true;
      };
      for (const name of names.split(',')) {
        source.addEventListener(name, (message: MessageEvent<string>) => {
          try {
            pending.push({ event: name, data: JSON.parse(message.data) as unknown });
          } catch {
            return;
          }
          batch ??= setTimeout(flush, BATCH_MS);
        });
      }
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
  }, [url, names]);

  return status;
}
