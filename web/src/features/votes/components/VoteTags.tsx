import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VoteState } from '../../../api/votes';

const COLOR: Record<VoteState, string> = {
  draft: 'default',
  open: 'processing',
  closed: 'blue',
  cancelled: 'default',
};

export function VoteStatusTag({ status }: { status: VoteState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[status]} data-testid="vote-status">
      {t(`votes.status.${status}`)}
    </Tag>
  );
}
