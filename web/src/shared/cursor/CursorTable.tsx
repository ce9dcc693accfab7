import { Table, type TableProps } from 'antd';
import { ErrorAlert } from '../errors/ErrorAlert';
import { LoadMore } from './LoadMore';
import type { CursorList } from './useCursorList';

type CursorTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination'> & {
  list: CursorList<T>;
  testId?: string;
};

/** An antd table over a cursor-paginated list: loading, error with retry, empty state, "load more". */
export function CursorTable<T extends object>({ list, testId, ...tableProps }: CursorTableProps<T>) {
  return (
    <div data-testid={testId}>
      {list.error && !list.isFetching ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
      <Table<T>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        {...tableProps}
        dataSource={list.items}
        loading={list.isLoading || (list.isFetching && !list.isFetchingNextPage)}
        pagination={false}
      />
      <LoadMore list={list} />
    </div>
  );
}
