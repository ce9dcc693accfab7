import { useQuery, useQueryClient } from '@tanstack/react-query';
import { bigScreenStreamUrl, getBigScreen } from '../../api/bigscreen';
import { refreshMapMarks } from '../maps/queries';
import { type StreamStatus, useServerEvents } from '../../shared/hooks/useServerEvents';

const STREAM_EVENTS = ['event', 'alert'] as const;
const key = (nodeId: number | undefined) => ['bigscreen', nodeId] as const;

export const useBigScreen = (nodeId: number | undefined) =>
  useQuery({
    queryKey: key(nodeId),
    queryFn: ({ signal }) => getBigScreen(nodeId!, signal),
    enabled: nodeId !== undefined,
    // The stream says when to refetch; the minute refetch only moves "today" and the overdue clock on.
    refetchInterval: 60_000,
  });

/**
 * The node's live stream: each change under it (an event, an alert) refetches the snapshot and the map's marks, once
 * per burst, and so
 * does a reconnection (a fresh snapshot instead of a replay of what was missed).
 */
export function useBigScreenStream(nodeId: number | undefined): StreamStatus {
  const client = useQueryClient();
  const refetch = () => {
    void client.invalidateQueries({ queryKey: key(nodeId) });
    void refreshMapMarks(client);
  };
  return useServerEvents(nodeId === undefined ? null : bigScreenStreamUrl(nodeId), {
    events: STREAM_EVENTS,
    onBatch: refetch,
    onReopen: refetch,
  });
}
