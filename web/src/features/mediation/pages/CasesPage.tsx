import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type CaseSummary, casesExportUrl } from '../../../api/mediation';
import { formatDateTime } from '../../../shared/format';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { placeLabel } from '../../votes/model';
import { OpenCaseModal } from '../components/OpenCaseModal';
import { useCases } from '../queries';

/** `/console/mediation`: the cases in scope, newest first; `?eventId=` opens a case from that event. */
export default function CasesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const fromEvent = Number(params.get('eventId')) || undefined;
  const [creating, setCreating] = useState(fromEvent !== undefined);
  const list = useCases({});
  const close = () => {
    setCreating(false);
    if (fromEvent) setParams({});
  };
  return (
    <>
      <Flex justify="end" gap="small" style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} href={casesExportUrl()} data-testid="cases-export">
          {t('mediation.export')}
        </Button>
        {hasPermission(user, 'mediation.manage') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="open-case"
          >
            {t('mediation.open')}
          </Button>
        ) : null}
      </Flex>
      <CursorTable<CaseSummary>
        list={list}
        testId="cases-table"
        columns={[
          {
            title: t('mediation.fields.title'),
            render: (_, c) => <Link to={`/console/mediation/cases/${c.id}`}>{c.title}</Link>,
          },
          { title: t('mediation.fields.type'), render: (_, c) => t(`mediation.types.${c.type}`) },
          { title: t('mediation.fields.where'), render: (_, c) => placeLabel(c.path) },
          {
            title: t('mediation.fields.parties'),
            render: (_, c) => c.parties.map((p) => p.name).join(' / '),
          },
          {
            title: t('mediation.fields.status'),
            render: (_, c) => <Tag>{t(`mediation.states.${c.status}`)}</Tag>,
          },
          { title: t('mediation.fields.openedAt'), render: (_, c) => formatDateTime(c.openedAt) },
        ]}
      />
      <OpenCaseModal
        key={fromEvent ?? 'direct'}
        open={creating}
        eventId={fromEvent}
        onClose={close}
        onOpened={(id) => void navigate(`/console/mediation/cases/${id}`)}
      />
    </>
  );
}
