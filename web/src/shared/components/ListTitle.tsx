import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { PageTitle } from './PageTitle';

/** A list page's title with its "create" button, shown only to those who may create (the server checks again). */
export function ListTitle({
  title,
  createText,
  canCreate,
  onCreate,
  testId,
}: {
  title: string;
  createText: string;
  canCreate: boolean;
  onCreate: () => void;
  testId: string;
}) {
  return (
    <PageTitle
      title={title}
      extra={
        canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid={testId}>
            {createText}
          </Button>
        ) : null
      }
    />
  );
}
