import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addComment,
  addResolution,
  addToAgenda,
  cancelMeeting,
  createMeeting,
  editMeeting,
  followUpAction,
  getDeliberationStats,
  getMeeting,
  getTopic,
  listAssignees,
  listComments,
  listMeetings,
  listTopics,
  type MeetingPatch,
  type MeetingQuery,
  type MeetingRecord,
  type NewMeeting,
  type NewResolution,
  raiseTopic,
  recordMeeting,
  removeFromAgenda,
  topicAction,
  type TopicQuery,
} from '../../api/deliberation';
import { useCursorList } from '../../shared/cursor/useCursorList';

/** One root key: a change anywhere (a topic put on an agenda, a resolution) refreshes topics and meetings alike. */
export const deliberationKeys = {
  all: ['deliberation'] as const,
  topics: (q: TopicQuery) => ['deliberation', 'topics', q] as const,
  topic: (id: number) => ['deliberation', 'topic', id] as const,
  comments: (id: number) => ['deliberation', 'topic', id, 'comments'] as const,
  meetings: (q: MeetingQuery) => ['deliberation', 'meetings', q] as const,
  meeting: (id: number) => ['deliberation', 'meeting', id] as const,
  stats: (q: { nodeId: number; from: string; to: string }) => ['deliberation', 'stats', q] as const,
};

export const useTopics = (q: TopicQuery, enabled = true) =>
  useCursorList(
    deliberationKeys.topics(q),
    (cursor, signal) => listTopics({ ...q, cursor }, signal),
    enabled,
  );

export const useTopic = (id: number) =>
  useQuery({ queryKey: deliberationKeys.topic(id), queryFn: ({ signal }) => getTopic(id, signal) });

export const useComments = (id: number) =>
  useCursorList(deliberationKeys.comments(id), (cursor, signal) =>
    listComments(id, { cursor, limit: 50 }, signal),
  );

export const useMeetings = (q: MeetingQuery, enabled = true) =>
  useCursorList(
    deliberationKeys.meetings(q),
    (cursor, signal) => listMeetings({ ...q, cursor }, signal),
    enabled,
  );

export const useMeeting = (id: number) =>
  useQuery({ queryKey: deliberationKeys.meeting(id), queryFn: ({ signal }) => getMeeting(id, signal) });

export const useAssignees = (meetingId: number, enabled: boolean) =>
  useQuery({
    queryKey: [...deliberationKeys.meeting(meetingId), 'assignees'],
    queryFn: async ({ signal }) => (await listAssignees(meetingId, signal)).items,
    enabled,
  });

export const useDeliberationStats = (q: { nodeId: number; from: string; to: string } | undefined) =>
  useQuery({
    queryKey: deliberationKeys.stats(q ?? { nodeId: 0, from: '', to: '' }),
    queryFn: ({ signal }) => getDeliberationStats(q!, signal),
    enabled: q !== undefined,
  });

/** A mutation that refreshes everything deliberation shows once it succeeds. */
function useDeliberationMutation<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: deliberationKeys.all }),
  });
}

export const useRaiseTopic = () => useDeliberationMutation(raiseTopic);
export const useTopicAction = (id: number) =>
  useDeliberationMutation((v: { action: 'support' | 'drop' | 'withdraw'; reason?: string }) =>
    topicAction(id, v.action, v.reason),
  );
export const useAddComment = (id: number) => useDeliberationMutation((body: string) => addComment(id, body));

export const useCreateMeeting = () => useDeliberationMutation((body: NewMeeting) => createMeeting(body));
export const useEditMeeting = (id: number) =>
  useDeliberationMutation((body: MeetingPatch) => editMeeting(id, body));
export const useAgenda = () =>
  useDeliberationMutation((v: { meetingId: number; topicId: number; remove?: boolean }) =>
    v.remove ? removeFromAgenda(v.meetingId, v.topicId) : addToAgenda(v.meetingId, v.topicId),
  );
export const useRecordMeeting = (id: number, first: boolean) =>
  useDeliberationMutation((body: MeetingRecord) => recordMeeting(id, first, body));
export const useCancelMeeting = (id: number) =>
  useDeliberationMutation((reason: string) => cancelMeeting(id, reason));
export const useAddResolution = (id: number) =>
  useDeliberationMutation((body: NewResolution) => addResolution(id, body));
export const useFollowUpAction = () =>
  useDeliberationMutation((v: { id: number; action: 'complete' | 'reopen' }) =>
    followUpAction(v.id, v.action),
  );
