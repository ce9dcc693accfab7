import { Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';

interface PageTitleProps {
  title: ReactNode;
  extra?: ReactNode;
}

export function PageTitle({ title, extra }: PageTitleProps) {
  return (
    <Flex justify="space-between" align="center" wrap gap="small" style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra ? <Space wrap>{extra}</Space> : null}
    </Flex>
  );
}
