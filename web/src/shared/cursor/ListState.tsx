import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { PageSpinner } from '../components/PageSpinner';
import { ErrorAlert } from '../errors/ErrorAlert';
import type { CursorList } from './useCursorList';

/** What a card list (a phone page) shows besides its items: loading, a failure with a retry, or that it is empty. */
export function ListState<T>({ list, empty }: { list: CursorList<T>; empty: ReactNode }) {
  if (list.isLoading) return <PageSpinner />;
  if (list.error) return <ErrorAlert error={list.error} onRetry={list.refetch} />;
  return list.items.length === 0 ? <Empty description={empty} /> : null;
}
