import { PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '../../../api/org';
import type { Invitation } from '../../../api/registry';
import { PageTitle } from '../../../shared/components/PageTitle';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { HousePlace, PlaceBreadcrumb } from '../components/HousePlace';
import { useInvitations, useReissueInvitation } from '../queries';

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
  const canManage = hasPermission(user, 'registry.manage');
  const invitations = useInvitations(place.id, canManage);
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
            {canManage ? <ReissueButton invitation={invitation} /> : null}
          </section>
        ))}
      </div>
    </>
  );
}

/** Voids a card's code (lost, or handed to the wrong person) and shows the new one; not printed. */
function ReissueButton({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const reissue = useReissueInvitation();
  return (
    <div className="linli-no-print">
      <Popconfirm
        title={t('registry.invitations.reissueConfirm', { house: invitation.houseLabel })}
        onConfirm={() =>
          reissue.mutate(invitation.houseId, {
            onSuccess: (fresh) =>
              void message.success(t('registry.invitations.reissued', { code: fresh.code })),
            onError: notifyError,
          })
        }
      >
        <Button
          size="small"
          type="link"
          icon={<ReloadOutlined />}
          loading={reissue.isPending}
          data-testid="invitation-reissue"
        >
          {t('registry.invitations.reissue')}
        </Button>
      </Popconfirm>
    </div>
  );
}
