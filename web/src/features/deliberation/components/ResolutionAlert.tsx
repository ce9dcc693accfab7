import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../api/deliberation';

/** What was decided on a topic, marked as consensus or not. */
export function ResolutionAlert({ resolution }: { resolution: NonNullable<Topic['resolution']> }) {
  const { t } = useTranslation();
  return (
    <Alert
      type={resolution.consensus ? 'success' : 'info'}
      showIcon
      title={t(resolution.consensus ? 'deliberation.consensus' : 'deliberation.noConsensus')}
      description={resolution.text}
      data-testid="topic-resolution"
    />
  );
}
