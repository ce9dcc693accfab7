import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Activity } from '../../../api/volunteers';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { placeLabel } from '../../votes/model';
import { ActivityStateTag } from '../components/ActivityStateTag';
import { CreateActivityModal } from '../components/CreateActivityModal';
import { timeRange } from '../model';
import { useActivities } from '../queries';

/** `/console/volunteers`: the activities in the caller's scope, latest first; organisers publish new ones. */
export default function ActivitiesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useActivities({});
  return (
    <>
      {hasPermission(user, 'volunteer.manage') ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="activity-create"
          >
            {t('volunteers.create')}
          </Button>
        </Flex>
      ) : null}
      <CursorTable<Activity>
        list={list}
        testId="activities-table"
        columns={[
          {
            title: t('volunteers.fields.title'),
            render: (_, a) => <Link to={`/console/volunteers/activities/${a.id}`}>{a.title}</Link>,
          },
          { title: t('volunteers.fields.kind'), render: (_, a) => t(`volunteers.kinds.${a.kind}`) },
          { title: t('volunteers.fields.where'), render: (_, a) => placeLabel(a.path) },
          { title: t('volunteers.fields.time'), render: (_, a) => timeRange(a) },
          { title: t('volunteers.fields.signedUp'), render: (_, a) => `${a.signedUp} / ${a.capacity}` },
          { title: t('volunteers.fields.status'), render: (_, a) => <ActivityStateTag activity={a} /> },
          { title: t('volunteers.fields.team'), render: (_, a) => a.teamName ?? '—' },
        ]}
      />
      <CreateActivityModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(a) => {
          setCreating(false);
          void navigate(`/console/volunteers/activities/${a.id}`);
        }}
      />
    </>
  );
}
