import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../api/volunteers';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { placeLabel } from '../../votes/model';
import { CreateTeamModal } from '../components/CreateTeamModal';
import { TeamMembers } from '../components/TeamMembers';
import { useTeams } from '../queries';

/** `/console/volunteers/teams`: the teams in scope; a row opens its members. */
export default function TeamsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const list = useTeams();
  return (
    <>
      {hasPermission(user, 'volunteer.manage') ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('volunteers.teams.create')}
          </Button>
        </Flex>
      ) : null}
      <CursorTable<Team>
        list={list}
        testId="teams-table"
        expandable={{ expandedRowRender: (team) => <TeamMembers team={team} /> }}
        columns={[
          { title: t('volunteers.teams.name'), dataIndex: 'name' },
          { title: t('volunteers.fields.where'), render: (_, tm) => placeLabel(tm.path) },
          { title: t('volunteers.fields.status'), render: (_, tm) => t(`volunteers.levels.${tm.level}`) },
          { title: t('volunteers.teams.members'), dataIndex: 'members' },
        ]}
      />
      <CreateTeamModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
