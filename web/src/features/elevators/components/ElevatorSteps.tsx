import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ElevatorState } from '../../../api/elevators';
import { ELEVATOR_STEPS, stepsOf } from '../model';

/** The guided process as steps: draft → vote → consents → notice → cost table → done. */
export function ElevatorSteps({ status, vertical }: { status: ElevatorState; vertical?: boolean }) {
  const { t } = useTranslation();
  const s = stepsOf(status);
  return (
    <Steps
      size="small"
      orientation={vertical ? 'vertical' : 'horizontal'}
      current={s.current}
      status={s.failed ? 'error' : s.finished ? 'finish' : 'process'}
      items={ELEVATOR_STEPS.map((step) => ({ title: t(`elevators.steps.${step}`) }))}
      data-testid="elevator-steps"
    />
  );
}
