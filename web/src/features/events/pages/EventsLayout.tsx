import { Outlet, useOutletContext } from 'react-router';
import { type StreamStatus, useEventStream } from '../useEventStream';

interface EventsOutletContext {
  stream: StreamStatus;
}

/** The events pages share one live connection: it stays open while moving between board, inbox and events. */
export default function EventsLayout() {
  const stream = useEventStream();
  return <Outlet context={{ stream } satisfies EventsOutletContext} />;
}

export function useStreamStatus(): StreamStatus {
  return useOutletContext<EventsOutletContext | undefined>()?.stream ?? 'down';
}
