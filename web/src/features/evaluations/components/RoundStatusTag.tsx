import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundState } from '../../../api/evaluations';
import { ROUND_COLOR } from '../model';

export function RoundStatusTag({ status }: { status: RoundState }) {
  const { t } = useTranslation();
  return (
    <Tag color={ROUND_COLOR[status]} data-testid="round-status" data-status={status}>
      {t(`evaluations.status.${status}`)}
    </Tag>
  );
}
