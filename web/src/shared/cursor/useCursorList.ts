import { type InfiniteData, type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Page } from '../../api/model';

export type PageFetcher<T> = (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>;

export interface CursorList<T> {
  items: T[];
  isLoading: boolean;
  isFetching: boolean;
  error: Error | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  refetch: () => void;
}

/** A cursor-paginated list (`{items, nextCursor}`), one page more each time `fetchNextPage` is called. */
export function useCursorList<T>(
  queryKey: QueryKey,
  fetchPage: PageFetcher<T>,
  enabled = true,
): CursorList<T> {
  const query = useInfiniteQuery<
    Page<T>,
    Error,
    InfiniteData<Page<T>, string | null>,
    QueryKey,
    string | null
  >({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    enabled,
  });
  const { data, fetchNextPage, refetch } = query;
  const items = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  return {
    items,
    isLoading: query.isLoading,
    isFetching: query.isFetching,
    error: query.error,
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    fetchNextPage: () => void fetchNextPage(),
    refetch: () => void refetch(),
  };
}
