import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Resident } from '../../../api/registry';
import { deadlineDate } from '../dates';

const COLORS = {
  registered: 'green',
  pending: 'blue',
  overdue: 'red',
  exempt: 'default',
  not_required: 'default',
};

/** Where a resident's residence registration stands (RULES.md §3), with its deadline on hover. */
export function RegistrationTag({ resident }: { resident: Resident }) {
  const { t } = useTranslation();
  const { status, deadline, daysOverdue } = resident.registration;
  const label =
    status === 'overdue'
      ? t('registry.registration.overdueDays', { count: daysOverdue ?? 0 })
      : t(`registry.registration.${status}`);
  const tag = <Tag color={COLORS[status]}>{label}</Tag>;
  return deadline ? (
    <Tooltip title={t('registry.deadlineAt', { at: deadlineDate(deadline) })}>{tag}</Tooltip>
  ) : (
    tag
  );
}
