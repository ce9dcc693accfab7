import { CheckSquareOutlined } from '@ant-design/icons';
import { Card, Flex, Skeleton, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Duty } from '../../../api/governance';
import { BUILDING_LEADER_DUTIES } from '../../../../../domain/governance/building-leaders';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useDuties } from '../queries';

type DutyId = (typeof BUILDING_LEADER_DUTIES)[number]['id'];

const isKnownDuty = (id: string): id is DutyId => BUILDING_LEADER_DUTIES.some((duty) => duty.id === id);

/** A duty in the user's language; one this client does not know yet keeps the server's wording. */
function useDutyLabel(): (duty: Duty) => string {
  const { t, i18n } = useTranslation();
  return (duty) =>
    isKnownDuty(duty.id)
      ? t(`governance.duties.${duty.id}`)
      : i18n.language.startsWith('en')
        ? duty.label['en-US']
        : duty.label['zh-CN'];
}

/** The five duties of a building leader (seed 000), as a checklist. */
export function DutiesCard() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const duties = useDuties();
  const label = useDutyLabel();
  return (
    <Card size="small" title={t('governance.leaders.dutiesTitle')} data-testid="leader-duties">
      {duties.isPending ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
      {duties.isError ? <ErrorAlert error={duties.error} onRetry={() => void duties.refetch()} /> : null}
      <Flex vertical gap="small" component="ol" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
        {duties.data?.map((duty) => (
          <li key={duty.id}>
            <Typography.Text>
              <CheckSquareOutlined style={{ color: token.colorSuccess, marginInlineEnd: 8 }} />
              {label(duty)}
            </Typography.Text>
          </li>
        ))}
      </Flex>
    </Card>
  );
}
