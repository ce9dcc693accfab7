import { BorderOuterOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useCurrentUser } from '../../auth/currentUser';
import { useScope } from '../../shell/scope';
import { OrgWorkspace } from '../components/OrgWorkspace';
import { useRootNodes } from '../queries';

/** `/console/org`: the org tree from the chosen scope node (or all the user's top nodes). */
export default function OrgPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scopeNodeId = useScope(useCurrentUser()).current?.nodeId ?? null;
  const roots = useRootNodes(scopeNodeId);

  return (
    <>
      <PageTitle
        title={t('org.title')}
        extra={
          <Button icon={<BorderOuterOutlined />} onClick={() => void navigate('/console/org/grids')}>
            {t('shell.menu.grids')}
          </Button>
        }
      />
      {roots.isPending ? <PageSpinner /> : null}
      {roots.isError ? <ErrorAlert error={roots.error} onRetry={() => void roots.refetch()} /> : null}
      {roots.data?.length === 0 ? <Empty description={t('org.noNodes')} /> : null}
      {roots.data?.length ? <OrgWorkspace key={scopeNodeId ?? 'all'} roots={roots.data} /> : null}
    </>
  );
}
