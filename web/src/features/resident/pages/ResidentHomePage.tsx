import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BindResult } from '../../../api/auth';
import { isResident } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { useLogout } from '../../auth/queries';
import { EventsEntryCard } from '../../events/phone/components/EventsEntryCard';
import { TakePartEntryCard } from '../../deliberation/phone/TakePartEntryCard';
import { DecisionsEntryCard } from '../../votes/phone/DecisionsEntryCard';
import { ProjectsEntryCard } from '../../projects/phone/ProjectsEntryCard';
import { VenuesEntryCard } from '../../venues/phone/VenuesEntryCard';
import { VolunteerEntryCard } from '../../volunteers/phone/VolunteerEntryCard';
import { CommunityEntryCard } from '../../mediation/phone/CommunityEntryCard';
import { BindHouseCard } from '../components/BindHouseCard';
import { MyBindingRequestsCard } from '../components/MyBindingRequestsCard';
import { MyHomeCard } from '../components/MyHomeCard';
import { SettingsCard } from '../components/SettingsCard';

/**
 * `/m`: the resident's home. Only what exists is offered (reporting problems, the grid, owner votes and notices, topics and
 * evaluations, volunteering and the passbook, the compound's micro-projects;
 * booking comes with its feature), so there are no dead links. An account with no house yet is offered to bind one;
 * evaluations, volunteering and the passbook, booking a room and the service guide), so there are no dead links. An account with no house yet is offered to bind one;
 * requests awaiting staff (or refused) stay listed until approved.
 */
export default function ResidentHomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const [bindResult, setBindResult] = useState<BindResult | null>(null);
  const resident = isResident(user);
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={2} style={{ marginBottom: 0 }}>
          {t('resident.hello', { name: user.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('app.name')}</Typography.Text>
      </div>
      {!resident || bindResult ? <BindHouseCard result={bindResult} onResult={setBindResult} /> : null}
      <MyBindingRequestsCard />
      {resident ? <EventsEntryCard /> : null}
      {resident ? <DecisionsEntryCard /> : null}
      {resident ? <TakePartEntryCard /> : null}
      {resident ? <VolunteerEntryCard /> : null}
      {resident ? <CommunityEntryCard /> : null}
      {resident ? <ProjectsEntryCard /> : null}
      {resident ? <VenuesEntryCard /> : null}
      {resident ? <MyHomeCard user={user} /> : null}
      <SettingsCard />
      <Button
        size="large"
        block
        icon={<LogoutOutlined />}
        loading={logout.isPending}
        onClick={() => logout.mutate()}
        data-testid="logout"
      >
        {t('shell.logout')}
      </Button>
    </Flex>
  );
}
