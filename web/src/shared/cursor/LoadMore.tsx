import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CursorList } from './useCursorList';

/** The count loaded so far and a button for the next page while there is one. */
export function LoadMore<T>({ list }: { list: CursorList<T> }) {
  const { t } = useTranslation();
  if (list.items.length === 0) return null;
  return (
    <Flex justify="center" align="center" gap="middle" wrap style={{ padding: '12px 0' }}>
      <Typography.Text type="secondary">
        {t('common.loadedCount', { count: list.items.length })}
      </Typography.Text>
      {list.hasNextPage ? (
        <Button onClick={list.fetchNextPage} loading={list.isFetchingNextPage} data-testid="load-more">
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </Flex>
  );
}
