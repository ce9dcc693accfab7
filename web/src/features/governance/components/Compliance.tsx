import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  FILING_STATUSES,
  type FilingStatus,
  type GovernanceBody,
  isViolationCode,
  type Violation,
} from '../../../api/governance';

const FILING_COLORS: Record<FilingStatus, string> = {
  on_time: 'green',
  late: 'orange',
  due: 'blue',
  overdue: 'red',
};

const isFilingStatus = (status: string): status is FilingStatus =>
  (FILING_STATUSES as readonly string[]).includes(status);

/** Where an owners' committee's filing with the street stands, with its deadline (30 days from the election). */
export function FilingTag({ filing }: { filing: NonNullable<GovernanceBody['filing']> }) {
  const { t } = useTranslation();
  if (!isFilingStatus(filing.status)) return <Tag>{filing.status}</Tag>;
  return (
    <Tag color={FILING_COLORS[filing.status]} data-testid="body-filing">
      {t(`governance.bodies.filing.${filing.status}`, { deadline: filing.deadline })}
    </Tag>
  );
}

/** A violation in words; `personId` is named by the member it points at, an unknown code shown as is. */
function useViolationText(body: GovernanceBody): (violation: Violation) => string {
  const { t } = useTranslation();
  return ({ code, params }) => {
    if (!isViolationCode(code)) return code;
    const member = body.members.find((m) => String(m.personId) === String(params.personId));
    return t(`governance.violations.${code}`, { ...params, name: member?.name ?? params.personId });
  };
}

/** The RULES.md §1 checks of an owners' committee: each broken rule, or that it complies. */
export function ViolationList({ body }: { body: GovernanceBody }) {
  const { t } = useTranslation();
  const text = useViolationText(body);
  if (body.electedOn === null || body.termEndsOn === null) {
    return (
      <Alert type="info" showIcon title={t('governance.bodies.cannotCheck')} data-testid="body-violations" />
    );
  }
  if (body.violations.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        icon={<CheckCircleOutlined />}
        title={t('governance.bodies.compliant')}
        data-testid="body-violations"
      />
    );
  }
  return (
    <Flex vertical gap="small" data-testid="body-violations">
      {body.violations.map((violation, index) => (
        <Alert
          key={`${violation.code}-${index}`}
          type="error"
          showIcon
          title={text(violation)}
          data-violation={violation.code}
        />
      ))}
    </Flex>
  );
}
