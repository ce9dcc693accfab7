import { Badge, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStreamStatus } from '../pages/EventsLayout';

const BADGE = { live: 'success', connecting: 'processing', down: 'default' } as const;

/** Whether the page refreshes itself now ("实时") or shows what was last loaded. */
export function StreamStatusBadge() {
  const { t } = useTranslation();
  const status = useStreamStatus();
  return (
    <Tooltip title={t(`events.stream.${status}Hint`)}>
      <Badge status={BADGE[status]} text={t(`events.stream.${status}`)} data-testid="stream-status" />
    </Tooltip>
  );
}
