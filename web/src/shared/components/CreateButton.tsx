import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';

/** A list page's primary "new …" button, shown only to those who may create (`allowed`). */
export function CreateButton({
  allowed = true,
  onClick,
  testId,
  children,
}: {
  allowed?: boolean;
  onClick: () => void;
  testId: string;
  children: ReactNode;
}) {
  if (!allowed) return null;
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick} data-testid={testId}>
      {children}
    </Button>
  );
}
