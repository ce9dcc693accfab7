import { PrinterOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '../../../api/org';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { HousePlace, PlaceBreadcrumb } from '../components/HousePlace';
import { useInvitations } from '../queries';

/**
 * `/console/registry/places/:placeId/invitations`: one card per house with its invitation code, to print
 * and hand out; a resident who signs up enters the code to bind their account to the house.
 */
export default function InvitationsPage() {
  return <HousePlace render={(place) => <Invitations key={place.id} place={place} />} />;
}

function Invitations({ place }: { place: OrgNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const invitations = useInvitations(place.id, hasPermission(user, 'registry.manage'));
  const signupUrl = `${window.location.origin}/signup`;
  const title = t('registry.invitations.title', { place: place.name });

  return (
    <>
      <PlaceBreadcrumb place={place} current={t('registry.invitations.button')} />
      <div className="linli-no-print">
        <PageTitle
          title={title}
          extra={
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              disabled={!invitations.data?.length}
              onClick={() => window.print()}
              data-testid="invitations-print"
            >
              {t('registry.invitations.print')}
            </Button>
          }
        />
        <Typography.Paragraph type="secondary">{t('registry.invitations.intro')}</Typography.Paragraph>
      </div>
      {invitations.isPending ? <Skeleton active /> : null}
      {invitations.isError ? (
        <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : null}
      {invitations.data?.length === 0 ? <Empty description={t('registry.invitations.none')} /> : null}
      <div className="linli-invitation-grid" data-testid="invitation-grid">
        {invitations.data?.map((invitation) => (
          <section key={invitation.houseId} className="linli-invitation-card" data-testid="invitation-card">
            <Typography.Text strong style={{ fontSize: 16 }}>
              {invitation.houseLabel}
            </Typography.Text>
            <div className="linli-invitation-code">{invitation.code}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('registry.invitations.howTo', { url: signupUrl })}
            </Typography.Text>
          </section>
        ))}
      </div>
    </>
  );
}
