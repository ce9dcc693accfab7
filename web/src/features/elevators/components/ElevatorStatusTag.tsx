import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ElevatorState } from '../../../api/elevators';

const COLOR: Record<ElevatorState, string> = {
  draft: 'default',
  voting: 'processing',
  approved: 'cyan',
  publicizing: 'orange',
  cost_sharing: 'purple',
  done: 'success',
  rejected: 'error',
  cancelled: 'default',
};

export function ElevatorStatusTag({ status }: { status: ElevatorState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[status]} data-testid="elevator-status">
      {t(`elevators.status.${status}`)}
    </Tag>
  );
}
