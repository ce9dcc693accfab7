import { Typography } from 'antd';
import { formatJson } from '../format';

export function JsonBlock({ value }: { value: unknown }) {
  return (
    <Typography.Paragraph style={{ margin: 0 }}>
      <pre
        style={{
          margin: 0,
          maxHeight: 320,
          overflow: 'auto',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
        }}
      >
        {formatJson(value)}
      </pre>
    </Typography.Paragraph>
  );
}
