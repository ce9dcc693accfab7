import { Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ROUND_STATES, type Round, type RoundState } from '../../../api/evaluations';
import { CreateButton } from '../../../shared/components/CreateButton';
import { PageTitle } from '../../../shared/components/PageTitle';
import { StatusFilter } from '../../../shared/components/StatusFilter';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { CreateRoundModal } from '../components/CreateRoundModal';
import { RoundStatusTag } from '../components/RoundStatusTag';
import { PlaceFilter } from '../../deliberation/components/PlaceFilter';
import { useRounds } from '../queries';

/** `/console/evaluations`: evaluation rounds in the caller's scope; the party branch and community run new ones. */
export default function RoundsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [status, setStatus] = useState<RoundState | undefined>();
  const [nodeId, setNodeId] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  const list = useRounds({ ...(status ? { status } : {}), ...(nodeId ? { nodeId } : {}) });
  return (
    <>
      <PageTitle
        title={t('evaluations.title')}
        extra={
          <CreateButton
            allowed={hasPermission(user, 'evaluation.manage')}
            onClick={() => setCreating(true)}
            testId="round-create"
          >
            {t('evaluations.create')}
          </CreateButton>
        }
      />
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
        <StatusFilter
          states={ROUND_STATES}
          value={status}
          onChange={setStatus}
          label={(s) => t(`evaluations.status.${s}`)}
          aria-label={t('evaluations.fields.status')}
        />
        <PlaceFilter value={nodeId} onChange={setNodeId} />
      </Flex>
      <CursorTable<Round>
        list={list}
        testId="rounds-table"
        locale={{ emptyText: t('evaluations.none') }}
        columns={[
          {
            title: t('evaluations.fields.title'),
            render: (_, r) => <Link to={`/console/evaluations/${r.id}`}>{r.title}</Link>,
          },
          { title: t('evaluations.fields.compound'), dataIndex: 'compoundName' },
          {
            title: t('evaluations.fields.target'),
            render: (_, r) => `${t(`evaluations.targets.${r.target}`)} · ${r.targetName}`,
          },
          { title: t('evaluations.fields.period'), render: (_, r) => `${r.periodFrom} — ${r.periodTo}` },
          { title: t('evaluations.fields.closesOn'), dataIndex: 'closesOn' },
          { title: t('evaluations.fields.status'), render: (_, r) => <RoundStatusTag status={r.status} /> },
        ]}
      />
      <CreateRoundModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(r) => {
          setCreating(false);
          void navigate(`/console/evaluations/${r.id}`);
        }}
      />
    </>
  );
}
