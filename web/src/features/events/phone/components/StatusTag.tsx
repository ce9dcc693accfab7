import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventState } from '../../../../api/eventsPhone';
import { statusColor } from '../status';

/** The report's status in the resident's words, coloured by how it stands. */
export function StatusTag({ status, large }: { status: EventState; large?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={statusColor(status)}
      style={large ? { fontSize: '1em', padding: '4px 10px', marginInlineEnd: 0 } : { marginInlineEnd: 0 }}
      data-testid="report-status"
      data-status={status}
    >
      {t(`residentEvents.status.${status}`)}
    </Tag>
  );
}
