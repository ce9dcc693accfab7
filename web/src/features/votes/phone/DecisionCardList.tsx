import { Card, Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PathItem } from '../../../api/org';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import type { CursorList } from '../../../shared/cursor/useCursorList';
import { LoadMore } from '../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { PhoneHeader } from '../../events/phone/components/PhoneHeader';
import { placeLabel } from '../model';

/**
 * A resident's list of things their owners decide (elevator retrofits, conventions): a card a row with its title,
 * state and place; a tap opens it.
 */
export function DecisionCardList<T extends { id: number; title: string; place: PathItem[] }>({
  title,
  empty,
  list,
  href,
  status,
  extra,
  testId,
}: {
  title: string;
  empty: string;
  list: CursorList<T>;
  href: (item: T) => string;
  status: (item: T) => ReactNode;
  extra?: (item: T) => ReactNode;
  testId: string;
}) {
  return (
    <Flex vertical gap="middle" data-testid={`${testId}s`}>
      <PhoneHeader title={title} back="/m" />
      {list.isLoading ? <PageSpinner /> : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
      {!list.isLoading && !list.error && list.items.length === 0 ? <Empty description={empty} /> : null}
      {list.items.map((item) => (
        <Link key={item.id} to={href(item)} data-testid={testId} style={{ color: 'inherit' }}>
          <Card size="small" hoverable>
            <Flex vertical gap={4}>
              <Flex justify="space-between" gap="small" align="start">
                <Typography.Text strong style={{ fontSize: '1.1em' }}>
                  {item.title}
                </Typography.Text>
                {status(item)}
              </Flex>
              <Typography.Text type="secondary">{placeLabel(item.place)}</Typography.Text>
              {extra?.(item)}
            </Flex>
          </Card>
        </Link>
      ))}
      <LoadMore list={list} />
    </Flex>
  );
}
