import type { CursorList } from '../cursor/useCursorList';
import { Button } from './Button';

/** The next page of a phone list, while there is one; plain, so the resident's home can use it without antd. */
export function MoreButton<T>({ list, label }: { list: CursorList<T>; label: string }) {
  if (!list.hasNextPage) return null;
  return (
    <Button block onClick={list.fetchNextPage} loading={list.isFetchingNextPage} data-testid="load-more">
      {label}
    </Button>
  );
}
