import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** "Step 2 of 4" with a bar per step: where the resident is in the report, in words and at a glance. */
export function WizardSteps({ step, total }: { step: number; total: number }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={6} data-testid="wizard-steps">
      <Flex gap={6} aria-hidden>
        {Array.from({ length: total }, (_, index) => (
          <div
            key={index}
            style={{
              flex: 1,
              height: 6,
              borderRadius: 3,
              background: index < step ? '#1677ff' : '#d9d9d9',
            }}
          />
        ))}
      </Flex>
      <Typography.Text type="secondary">{t('residentEvents.report.stepOf', { step, total })}</Typography.Text>
    </Flex>
  );
}
