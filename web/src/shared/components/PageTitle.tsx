import { Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';

interface PageTitleProps {
  title: ReactNode;
  /** Shown after the title (an object's status and kind). */
  tags?: ReactNode;
  extra?: ReactNode;
}

export function PageTitle({ title, tags, extra }: PageTitleProps) {
  return (
    <Flex justify="space-between" align="center" wrap gap="small" style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {tags ? (
          <Flex gap="small" align="center" wrap>
            {title}
            {tags}
          </Flex>
        ) : (
          title
        )}
      </Typography.Title>
      {extra ? <Space wrap>{extra}</Space> : null}
    </Flex>
  );
}
