import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface LinkCardProps {
  to: string;
  title: ReactNode;
  /** The status tag, at the title's right. */
  tag?: ReactNode;
  testId?: string;
  /** The lines under the title. */
  children?: ReactNode;
}

/** One item of a phone list: a whole card to tap, its title and status on top, facts below. */
export function LinkCard({ to, title, tag, testId, children }: LinkCardProps) {
  return (
    <Link to={to} data-testid={testId} style={{ color: 'inherit' }}>
      <Card size="small" hoverable>
        <Flex vertical gap={4}>
          <Flex justify="space-between" gap="small" align="start">
            <Typography.Text strong style={{ fontSize: '1.1em' }}>
              {title}
            </Typography.Text>
            {tag}
          </Flex>
          {children}
        </Flex>
      </Card>
    </Link>
  );
}
