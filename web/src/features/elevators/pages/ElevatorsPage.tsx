import { Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ElevatorSummary } from '../../../api/elevators';
import { ListTitle } from '../../../shared/components/ListTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { placeLabel } from '../../votes/model';
import { CreateElevatorModal } from '../components/CreateElevatorModal';
import { ElevatorStatusTag } from '../components/ElevatorStatusTag';
import { useElevators } from '../queries';

const FILTERS = ['all', 'voting', 'approved', 'publicizing', 'cost_sharing', 'done'] as const;

/** `/console/elevators`: the retrofits in the caller's scope; those who run owner decisions start new ones. */
export default function ElevatorsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [status, setStatus] = useState<(typeof FILTERS)[number]>('all');
  const [creating, setCreating] = useState(false);
  const list = useElevators(status === 'all' ? {} : { status: status });
  return (
    <>
      <ListTitle
        title={t('elevators.title')}
        createText={t('elevators.create')}
        canCreate={hasPermission(user, 'elevator.manage')}
        onCreate={() => setCreating(true)}
        testId="elevator-create"
      />
      <Segmented
        value={status}
        onChange={setStatus}
        options={FILTERS.map((f) => ({
          value: f,
          label: f === 'all' ? t('votes.status.all') : t(`elevators.status.${f}`),
        }))}
        style={{ marginBottom: 16 }}
      />
      <CursorTable<ElevatorSummary>
        list={list}
        testId="elevators-table"
        columns={[
          {
            title: t('elevators.fields.title'),
            dataIndex: 'title',
            render: (title: string, e) => <Link to={`/console/elevators/${e.id}`}>{title}</Link>,
          },
          { title: t('elevators.fields.unit'), render: (_, e) => placeLabel(e.place) },
          { title: t('elevators.fields.floors'), dataIndex: 'floors' },
          { title: t('votes.list.status'), render: (_, e) => <ElevatorStatusTag status={e.status} /> },
          { title: t('votes.list.createdBy'), dataIndex: 'createdByName' },
          { title: t('elevators.fields.createdAt'), render: (_, e) => formatDateTime(e.createdAt) },
        ]}
      />
      <CreateElevatorModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(e) => {
          setCreating(false);
          void navigate(`/console/elevators/${e.id}`);
        }}
      />
    </>
  );
}
