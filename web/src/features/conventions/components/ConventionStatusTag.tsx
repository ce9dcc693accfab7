import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConventionState } from '../../../api/conventions';

const COLOR: Record<ConventionState, string> = {
  draft: 'default',
  voting: 'processing',
  adopted: 'success',
  rejected: 'error',
  cancelled: 'default',
};

export function ConventionStatusTag({ status }: { status: ConventionState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[status]} data-testid="convention-status">
      {t(`conventions.status.${status}`)}
    </Tag>
  );
}
