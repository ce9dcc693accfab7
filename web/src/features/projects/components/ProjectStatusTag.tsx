import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectState } from '../../../api/projects';

const COLOR: Record<ProjectState, string> = {
  proposed: 'default',
  approved: 'blue',
  in_progress: 'processing',
  accepted: 'green',
  closed: 'default',
  cancelled: 'red',
};

export function ProjectStatusTag({ status }: { status: ProjectState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[status]} data-testid="project-status">
      {t(`projects.states.${status}`)}
    </Tag>
  );
}
