import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type Project, yuan } from '../../../api/projects';
import { CreateButton } from '../../../shared/components/CreateButton';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { placeLabel } from '../../votes/model';
import { ProjectFormModal } from '../components/ProjectFormModal';
import { ProjectStatusTag } from '../components/ProjectStatusTag';
import { useProjects } from '../queries';

/** `/console/projects`: the micro-projects in scope, with their budget and balance. */
export default function ProjectsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useProjects();
  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <CreateButton
          allowed={hasPermission(user, 'project.manage')}
          onClick={() => setCreating(true)}
          testId="project-create"
        >
          {t('projects.create')}
        </CreateButton>
      </Flex>
      <CursorTable<Project>
        list={list}
        testId="projects-table"
        columns={[
          {
            title: t('projects.fields.title'),
            render: (_, p) => <Link to={`/console/projects/${p.id}`}>{p.title}</Link>,
          },
          { title: t('projects.fields.where'), render: (_, p) => placeLabel(p.path) },
          { title: t('projects.fields.status'), render: (_, p) => <ProjectStatusTag status={p.status} /> },
          { title: t('projects.fields.budget'), render: (_, p) => yuan(p.budget) },
          { title: t('projects.fields.balance'), render: (_, p) => yuan(p.balance) },
        ]}
      />
      <ProjectFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(p) => {
          setCreating(false);
          void navigate(`/console/projects/${p.id}`);
        }}
      />
    </>
  );
}
