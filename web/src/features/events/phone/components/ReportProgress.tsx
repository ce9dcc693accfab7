import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventState, EventTimelineEntry } from '../../../../api/eventsPhone';
import { formatDateTime } from '../../../../shared/format';
import { progressOf, reachedAt } from '../status';

/** Where the report stands on its way, as vertical steps in plain words, each with when it was reached. */
export function ReportProgress({ status, timeline }: { status: EventState; timeline: EventTimelineEntry[] }) {
  const { t } = useTranslation();
  const progress = progressOf(status);
  const reached = reachedAt(timeline);
  return (
    <div data-testid="report-progress">
      <Steps
        orientation="vertical"
        size="small"
        current={progress.current}
        items={progress.steps.map((step, index) => {
          const at = index <= progress.current ? reached[step.status] : undefined;
          return {
            title: t(`residentEvents.status.${step.status}`),
            status: step.state,
            content: at ? formatDateTime(at) : undefined,
          };
        })}
      />
    </div>
  );
}
