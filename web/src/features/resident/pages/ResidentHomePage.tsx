import LogoutOutlined from '@ant-design/icons-svg/es/asn/LogoutOutlined';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BindResult } from '../../../api/auth';
import { Button } from '../../../shared/plain/Button';
import { Icon } from '../../../shared/plain/Icon';
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
 * `/m`: the resident's home, the first page a phone loads, so it is built without antd (shared/plain). Only what
 * exists is offered (reporting problems, the grid, owner votes and notices, topics and evaluations, volunteering
 * and the passbook, the compound's micro-projects, booking a room and the service guide), so there are no dead
 * links. An account with no house yet is offered to bind one; requests awaiting staff (or refused) stay listed
 * until approved.
 */
export default function ResidentHomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const [bindResult, setBindResult] = useState<BindResult | null>(null);
  const resident = isResident(user);
  return (
    <div className="lp-stack">
      <div>
        <h1 className="lp-heading">{t('resident.hello', { name: user.displayName })}</h1>
        <span className="lp-muted">{t('app.name')}</span>
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
        block
        icon={<Icon icon={LogoutOutlined} />}
        loading={logout.isPending}
        onClick={() => logout.mutate()}
        data-testid="logout"
      >
        {t('shell.logout')}
      </Button>
    </div>
  );
}
