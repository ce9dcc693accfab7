import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeaderStatus } from '../../../api/governance';

const COLORS: Record<LeaderStatus, string> = { pending_filing: 'orange', filed: 'green', ended: 'default' };

/** 待备案 / 已备案 / 已卸任: only a filed leader counts towards coverage. */
export function LeaderStatusTag({ status }: { status: LeaderStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`governance.leaders.statuses.${status}`)}</Tag>;
}
