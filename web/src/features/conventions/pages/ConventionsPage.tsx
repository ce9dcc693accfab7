import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ConventionSummary } from '../../../api/conventions';
import { ListTitle } from '../../../shared/components/ListTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { placeLabel } from '../../votes/model';
import { ConventionStatusTag } from '../components/ConventionStatusTag';
import { CreateConventionModal } from '../components/CreateConventionModal';
import { useConventions } from '../queries';

/** `/console/conventions`: the conventions in the caller's scope, newest first. */
export default function ConventionsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useConventions({});
  return (
    <>
      <ListTitle
        title={t('conventions.title')}
        createText={t('conventions.create')}
        canCreate={hasPermission(user, 'convention.manage')}
        onCreate={() => setCreating(true)}
        testId="convention-create"
      />
      <CursorTable<ConventionSummary>
        list={list}
        testId="conventions-table"
        columns={[
          {
            title: t('conventions.fields.title'),
            dataIndex: 'title',
            render: (title: string, c) => <Link to={`/console/conventions/${c.id}`}>{title}</Link>,
          },
          { title: t('votes.list.place'), render: (_, c) => placeLabel(c.place) },
          { title: t('votes.list.status'), render: (_, c) => <ConventionStatusTag status={c.status} /> },
          { title: t('conventions.fields.adoptedAt'), render: (_, c) => formatDateTime(c.adoptedAt) },
          { title: t('votes.list.createdBy'), dataIndex: 'createdByName' },
        ]}
      />
      <CreateConventionModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(c) => {
          setCreating(false);
          void navigate(`/console/conventions/${c.id}`);
        }}
      />
    </>
  );
}
