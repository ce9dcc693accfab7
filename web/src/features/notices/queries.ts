import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fileObjection,
  getNotice,
  getNoticeReads,
  listNotices,
  listObjections,
  markNoticeRead,
  type NewNotice,
  publishNotice,
  resolveObjection,
} from '../../api/notices';
import { useCursorList } from '../../shared/cursor/useCursorList';

export const noticeKeys = {
  all: ['notices'] as const,
  list: (nodeId?: number) => ['notices', 'list', nodeId ?? null] as const,
  one: (id: number) => ['notices', id] as const,
};

export const useNotices = (nodeId?: number) =>
  useCursorList(noticeKeys.list(nodeId), (cursor, signal) =>
    listNotices({ cursor, ...(nodeId ? { nodeId } : {}) }, signal),
  );

export const useNotice = (id: number) =>
  useQuery({ queryKey: noticeKeys.one(id), queryFn: ({ signal }) => getNotice(id, signal) });

export const useNoticeReads = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: [...noticeKeys.one(id), 'reads'],
    queryFn: ({ signal }) => getNoticeReads(id, signal),
    enabled,
  });

export const useObjections = (id: number) =>
  useQuery({
    queryKey: [...noticeKeys.one(id), 'objections'],
    queryFn: async ({ signal }) => (await listObjections(id, signal)).items,
  });

function useInvalidateNotices() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: noticeKeys.all });
}

export function usePublishNotice() {
  const invalidate = useInvalidateNotices();
  return useMutation({ mutationFn: (body: NewNotice) => publishNotice(body), onSuccess: invalidate });
}

/** The resident opened the notice: their read receipt, written once by the server. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => markNoticeRead(id),
    onSuccess: (notice) => {
      client.setQueryData(noticeKeys.one(notice.id), notice);
      void client.invalidateQueries({ queryKey: noticeKeys.list() });
    },
  });
}

export function useFileObjection(id: number) {
  const invalidate = useInvalidateNotices();
  return useMutation({ mutationFn: (text: string) => fileObjection(id, text), onSuccess: invalidate });
}

export function useResolveObjection(id: number) {
  const invalidate = useInvalidateNotices();
  return useMutation({
    mutationFn: (v: { objectionId: number; resolution: 'accepted' | 'dismissed'; reply: string }) =>
      resolveObjection(id, v.objectionId, { resolution: v.resolution, reply: v.reply }),
    onSuccess: invalidate,
  });
}
