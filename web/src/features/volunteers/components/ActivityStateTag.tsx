import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../api/volunteers';
import { activityState, STATE_COLORS } from '../model';

export function ActivityStateTag({ activity }: { activity: Pick<Activity, 'status' | 'phase'> }) {
  const { t } = useTranslation();
  const state = activityState(activity);
  return <Tag color={STATE_COLORS[state]}>{t(`volunteers.phases.${state}`)}</Tag>;
}
