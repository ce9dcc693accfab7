import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingKind, MeetingState, Progress, TopicState } from '../../../api/deliberation';
import { MEETING_COLOR, PROGRESS_COLOR, TOPIC_COLOR } from '../model';

export function TopicStatusTag({ status }: { status: TopicState }) {
  const { t } = useTranslation();
  return (
    <Tag color={TOPIC_COLOR[status]} data-testid="topic-status" data-status={status}>
      {t(`deliberation.topicStatus.${status}`)}
    </Tag>
  );
}

export function MeetingStatusTag({ status }: { status: MeetingState }) {
  const { t } = useTranslation();
  return (
    <Tag color={MEETING_COLOR[status]} data-testid="meeting-status" data-status={status}>
      {t(`deliberation.meetingStatus.${status}`)}
    </Tag>
  );
}

export function MeetingKindTag({ kind }: { kind: MeetingKind }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'joint_meeting' ? 'red' : 'blue'}>{t(`deliberation.kinds.${kind}`)}</Tag>;
}

export function ProgressTag({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  return (
    <Tag color={PROGRESS_COLOR[progress]} data-testid="follow-up-progress" data-progress={progress}>
      {t(`deliberation.progress.${progress}`)}
    </Tag>
  );
}
