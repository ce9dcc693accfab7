import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../errors/ErrorAlert';
import { PageSpinner } from './PageSpinner';

interface QueryResultProps<T> {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'refetch'>;
  children: (data: T) => ReactNode;
  /** Shown until the data comes (a page spinner unless given). */
  loading?: ReactNode;
}

/** A query's three states: loading, failed (with a retry), or its data handed to `children`. */
export function QueryResult<T>({ query, children, loading }: QueryResultProps<T>) {
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return <>{loading ?? <PageSpinner />}</>;
  return <>{children(query.data)}</>;
}
