import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ElevatorSummary } from '../../../api/elevators';
import { PageTitle } from '../../../shared/components/PageTitle';
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
      <PageTitle
        title={t('elevators.title')}
        extra={
          hasPermission(user, 'elevator.manage') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="elevator-create"
            >
              {t('elevators.create')}
            </Button>
          ) : null
        }
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
