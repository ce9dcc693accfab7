import { lazy } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { RequireSession } from '../features/auth/components/RequireSession';
import { RootRedirect } from './RootRedirect';
import { antdPage, loginPage, phonePage } from './antdPages';
import { Lazy } from './Lazy';

/*
 * The page that tops each antd area (login, the console's layout, every phone page but the home, the big screen,
 * the print view, not found) is declared with loginPage/antdPage/phonePage: antd, its locale and the texts beyond
 * the first pack load with it. The HTML entry and the resident's home (`/m`) hold no antd (docs/ARCHITECTURE.md, Web).
 */
const FeatureGate = lazy(() => import('../features/shell/components/FeatureGate'));
const LoginPage = loginPage(() => import('../features/auth/pages/LoginPage'));
const ConsoleLayout = antdPage(() => import('../features/shell/pages/ConsoleLayout'));
const ConsoleHomePage = lazy(() => import('../features/shell/pages/ConsoleHomePage'));
const OrgPage = lazy(() => import('../features/org/pages/OrgPage'));
const GridsPage = lazy(() => import('../features/org/pages/GridsPage'));
const PeoplePage = lazy(() => import('../features/registry/pages/PeoplePage'));
const PersonPage = lazy(() => import('../features/registry/pages/PersonPage'));
const BuildingPage = lazy(() => import('../features/registry/pages/BuildingPage'));
const HouseRedirect = lazy(() => import('../features/registry/pages/HouseRedirect'));
const OverduePage = lazy(() => import('../features/registry/pages/OverduePage'));
const ImportPage = lazy(() => import('../features/registry/pages/ImportPage'));
const InvitationsPage = lazy(() => import('../features/registry/pages/InvitationsPage'));
const BindingRequestsPage = lazy(() => import('../features/registry/pages/BindingRequestsPage'));
const GovernanceLayout = lazy(() => import('../features/governance/pages/GovernanceLayout'));
const CoveragePage = lazy(() => import('../features/governance/pages/CoveragePage'));
const LeadersPage = lazy(() => import('../features/governance/pages/LeadersPage'));
const BodiesPage = lazy(() => import('../features/governance/pages/BodiesPage'));
const BodyPage = lazy(() => import('../features/governance/pages/BodyPage'));
const CheckinsPage = lazy(() => import('../features/governance/pages/CheckinsPage'));
const CapablePage = lazy(() => import('../features/governance/pages/CapablePage'));
const EventsLayout = lazy(() => import('../features/events/pages/EventsLayout'));
const DispatchBoardPage = lazy(() => import('../features/events/pages/DispatchBoardPage'));
const EventsInboxPage = lazy(() => import('../features/events/pages/InboxPage'));
const EventPage = lazy(() => import('../features/events/pages/EventPage'));
const EventStatsPage = lazy(() => import('../features/events/pages/StatsPage'));
const WarningsPage = lazy(() => import('../features/warnings/pages/WarningsPage'));
const ForecastsPage = lazy(() => import('../features/warnings/pages/ForecastsPage'));
const VisitsPage = lazy(() => import('../features/registry/pages/VisitsPage'));
const AuditPage = lazy(() => import('../features/audit/pages/AuditPage'));
const AccountsPage = lazy(() => import('../features/accounts/pages/AccountsPage'));
const TokensPage = lazy(() => import('../features/tokens/pages/TokensPage'));
const ResidentLayout = lazy(() => import('../features/resident/pages/ResidentLayout'));
const ResidentHomePage = lazy(() => import('../features/resident/pages/ResidentHomePage'));
const SignupPage = phonePage(() => import('../features/resident/pages/SignupPage'));
const ReportPage = phonePage(() => import('../features/events/phone/pages/ReportPage'));
const MyReportsPage = phonePage(() => import('../features/events/phone/pages/MyReportsPage'));
const ReportDetailPage = phonePage(() => import('../features/events/phone/pages/ReportDetailPage'));
const MyGridPage = phonePage(() => import('../features/events/phone/pages/MyGridPage'));
const VotesPage = lazy(() => import('../features/votes/pages/VotesPage'));
const VotePage = lazy(() => import('../features/votes/pages/VotePage'));
const MyVotesPage = phonePage(() => import('../features/votes/phone/pages/MyVotesPage'));
const PhoneVotePage = phonePage(() => import('../features/votes/phone/pages/PhoneVotePage'));
const NoticesPage = lazy(() => import('../features/notices/pages/NoticesPage'));
const NoticePage = lazy(() => import('../features/notices/pages/NoticePage'));
const NoticePrintPage = antdPage(() => import('../features/notices/pages/NoticePrintPage'));
const MyNoticesPage = phonePage(() => import('../features/notices/phone/pages/MyNoticesPage'));
const PhoneNoticePage = phonePage(() => import('../features/notices/phone/pages/PhoneNoticePage'));
const TopicsPage = lazy(() => import('../features/deliberation/pages/TopicsPage'));
const TopicPage = lazy(() => import('../features/deliberation/pages/TopicPage'));
const MeetingsPage = lazy(() => import('../features/deliberation/pages/MeetingsPage'));
const MeetingPage = lazy(() => import('../features/deliberation/pages/MeetingPage'));
const DeliberationStatsPage = lazy(() => import('../features/deliberation/pages/StatsPage'));
const MyTopicsPage = phonePage(() => import('../features/deliberation/phone/pages/MyTopicsPage'));
const PhoneTopicPage = phonePage(() => import('../features/deliberation/phone/pages/PhoneTopicPage'));
const RoundsPage = lazy(() => import('../features/evaluations/pages/RoundsPage'));
const RoundPage = lazy(() => import('../features/evaluations/pages/RoundPage'));
const MyRoundsPage = phonePage(() => import('../features/evaluations/phone/pages/MyRoundsPage'));
const PhoneRoundPage = phonePage(() => import('../features/evaluations/phone/pages/PhoneRoundPage'));
const MapPage = lazy(() => import('../features/maps/pages/MapPage'));
const DevicesPage = lazy(() => import('../features/devices/pages/DevicesPage'));
const DeviceAlertsPage = lazy(() => import('../features/devices/pages/AlertsPage'));
const VolunteersLayout = lazy(() => import('../features/volunteers/pages/VolunteersLayout'));
const ActivitiesPage = lazy(() => import('../features/volunteers/pages/ActivitiesPage'));
const ActivityPage = lazy(() => import('../features/volunteers/pages/ActivityPage'));
const TeamsPage = lazy(() => import('../features/volunteers/pages/TeamsPage'));
const VolunteerStatsPage = lazy(() => import('../features/volunteers/pages/StatsPage'));
const RewardsPage = lazy(() => import('../features/volunteers/pages/RewardsPage'));
const PassbooksPage = lazy(() => import('../features/volunteers/pages/PassbooksPage'));
const PassbookPage = lazy(() => import('../features/volunteers/pages/PassbookPage'));
const PatrolsPage = lazy(() => import('../features/patrols/pages/PatrolsPage'));
const PatrolPlansPage = lazy(() => import('../features/patrols/pages/PlansPage'));
const PatrolCoveragePage = lazy(() => import('../features/patrols/pages/CoveragePage'));
const PatrolStartPage = lazy(() => import('../features/patrols/pages/WalkPage'));
const PatrolWalkPage = lazy(() => import('../features/patrols/pages/PatrolWalkPage'));
const PhoneVolunteersPage = phonePage(() => import('../features/volunteers/phone/pages/PhoneVolunteersPage'));
const PhoneCheckPage = phonePage(() => import('../features/volunteers/phone/pages/PhoneCheckPage'));
const PhonePassbookPage = phonePage(() => import('../features/volunteers/phone/pages/PhonePassbookPage'));
const PhonePartyPage = phonePage(() => import('../features/volunteers/phone/pages/PhonePartyPage'));
const MediationLayout = lazy(() => import('../features/mediation/pages/MediationLayout'));
const CasesPage = lazy(() => import('../features/mediation/pages/CasesPage'));
const CasePage = lazy(() => import('../features/mediation/pages/CasePage'));
const MediationStatsPage = lazy(() => import('../features/mediation/pages/StatsPage'));
const MediatorsPage = lazy(() => import('../features/mediation/pages/MediatorsPage'));
const SelfOrgsPage = lazy(() => import('../features/selforgs/pages/SelfOrgsPage'));
const PhoneCommunityPage = phonePage(() => import('../features/mediation/phone/PhoneCommunityPage'));
const ProjectsLayout = lazy(() => import('../features/projects/pages/ProjectsLayout'));
const ProjectsPage = lazy(() => import('../features/projects/pages/ProjectsPage'));
const ProjectPage = lazy(() => import('../features/projects/pages/ProjectPage'));
const NeedsPage = lazy(() => import('../features/projects/pages/NeedsPage'));
const ResourcesPage = lazy(() => import('../features/projects/pages/ResourcesPage'));
const PartnersPage = lazy(() => import('../features/projects/pages/PartnersPage'));
const PhoneProjectsPage = phonePage(() => import('../features/projects/phone/PhoneProjectsPage'));
const PhoneProjectPage = phonePage(() => import('../features/projects/phone/PhoneProjectPage'));
const StationsPage = lazy(() => import('../features/venues/pages/StationsPage'));
const BookingsPage = lazy(() => import('../features/venues/pages/BookingsPage'));
const VenueStatsPage = lazy(() => import('../features/venues/pages/VenueStatsPage'));
const ServicesPage = lazy(() => import('../features/venues/pages/ServicesPage'));
const PhoneVenuesPage = phonePage(() => import('../features/venues/phone/PhoneVenuesPage'));
const PhoneBookPage = phonePage(() => import('../features/venues/phone/PhoneBookPage'));
const PhoneGuidePage = phonePage(() => import('../features/venues/phone/PhoneGuidePage'));
const ElevatorsPage = lazy(() => import('../features/elevators/pages/ElevatorsPage'));
const ElevatorPage = lazy(() => import('../features/elevators/pages/ElevatorPage'));
const MyElevatorsPage = phonePage(() => import('../features/elevators/phone/pages/MyElevatorsPage'));
const PhoneElevatorPage = phonePage(() => import('../features/elevators/phone/pages/PhoneElevatorPage'));
const ConventionsPage = lazy(() => import('../features/conventions/pages/ConventionsPage'));
const ConventionPage = lazy(() => import('../features/conventions/pages/ConventionPage'));
const MyConventionsPage = phonePage(() => import('../features/conventions/phone/pages/MyConventionsPage'));
const PhoneConventionPage = phonePage(
  () => import('../features/conventions/phone/pages/PhoneConventionPage'),
);
const BigScreenPage = antdPage(() => import('../features/bigscreen/pages/BigScreenPage'));
const NotFoundPage = antdPage(() => import('./NotFoundPage'));

export const router = createBrowserRouter([
  { path: '/', element: <RootRedirect /> },
  { path: '/login', element: <Lazy page={<LoginPage />} /> },
  {
    // The phone layout without a session: sign-up keeps the resident pages' look and elder mode.
    element: <Lazy page={<ResidentLayout />} />,
    children: [{ path: '/signup', element: <Lazy page={<SignupPage />} /> }],
  },
  {
    path: '/console',
    element: (
      <RequireSession area="console">
        <Lazy page={<ConsoleLayout />} />
      </RequireSession>
    ),
    children: [
      { index: true, element: <ConsoleHomePage /> },
      { path: 'org', element: <FeatureGate feature="org" page={<OrgPage />} /> },
      { path: 'org/grids', element: <FeatureGate feature="org" page={<GridsPage />} /> },
      { path: 'org/map', element: <FeatureGate feature="org" page={<MapPage />} /> },
      { path: 'registry/people', element: <FeatureGate feature="registry" page={<PeoplePage />} /> },
      { path: 'registry/people/:id', element: <FeatureGate feature="registry" page={<PersonPage />} /> },
      {
        path: 'registry/places/:placeId',
        element: <FeatureGate feature="registry" page={<BuildingPage />} />,
      },
      {
        path: 'registry/places/:placeId/invitations',
        element: <FeatureGate feature="registry" page={<InvitationsPage />} />,
      },
      {
        path: 'registry/places/:placeId/binding-requests',
        element: <FeatureGate feature="registry" page={<BindingRequestsPage />} />,
      },
      {
        path: 'registry/houses/:houseId',
        element: <FeatureGate feature="registry" page={<HouseRedirect />} />,
      },
      { path: 'registry/overdue', element: <FeatureGate feature="registry" page={<OverduePage />} /> },
      { path: 'registry/visits', element: <FeatureGate feature="registry" page={<VisitsPage />} /> },
      { path: 'registry/import', element: <FeatureGate feature="registry" page={<ImportPage />} /> },
      {
        path: 'governance',
        element: <FeatureGate feature="governance" page={<GovernanceLayout />} />,
        children: [
          { index: true, element: <CoveragePage /> },
          { path: 'leaders', element: <LeadersPage /> },
          { path: 'bodies', element: <BodiesPage /> },
          { path: 'bodies/:id', element: <BodyPage /> },
          { path: 'checkins', element: <CheckinsPage /> },
          { path: 'capable', element: <CapablePage /> },
        ],
      },
      {
        path: 'events',
        element: <FeatureGate feature="events" page={<EventsLayout />} />,
        children: [
          { index: true, element: <DispatchBoardPage /> },
          { path: 'inbox', element: <EventsInboxPage /> },
          { path: 'stats', element: <EventStatsPage /> },
          { path: 'warnings', element: <WarningsPage /> },
          { path: 'forecasts', element: <ForecastsPage /> },
          { path: ':id', element: <EventPage /> },
        ],
      },
      { path: 'votes', element: <FeatureGate feature="votes" page={<VotesPage />} /> },
      { path: 'votes/:id', element: <FeatureGate feature="votes" page={<VotePage />} /> },
      { path: 'notices', element: <FeatureGate feature="notices" page={<NoticesPage />} /> },
      { path: 'notices/:id', element: <FeatureGate feature="notices" page={<NoticePage />} /> },
      {
        path: 'deliberation',
        element: <FeatureGate feature="deliberation" page={<Outlet />} />,
        children: [
          { index: true, element: <Navigate to="topics" replace /> },
          { path: 'topics', element: <TopicsPage /> },
          { path: 'topics/:id', element: <TopicPage /> },
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'meetings/:id', element: <MeetingPage /> },
          { path: 'stats', element: <DeliberationStatsPage /> },
        ],
      },
      {
        path: 'patrols',
        element: <FeatureGate feature="patrols" page={<Outlet />} />,
        children: [
          { index: true, element: <PatrolsPage /> },
          { path: 'plans', element: <PatrolPlansPage /> },
          { path: 'coverage', element: <PatrolCoveragePage /> },
          { path: 'walk', element: <FeatureGate feature="patrolWalk" page={<PatrolStartPage />} /> },
          { path: 'walk/:id', element: <FeatureGate feature="patrolWalk" page={<PatrolWalkPage />} /> },
        ],
      },
      { path: 'devices', element: <FeatureGate feature="devices" page={<DevicesPage />} /> },
      { path: 'devices/alerts', element: <FeatureGate feature="devices" page={<DeviceAlertsPage />} /> },
      { path: 'evaluations', element: <FeatureGate feature="evaluations" page={<RoundsPage />} /> },
      { path: 'evaluations/:id', element: <FeatureGate feature="evaluations" page={<RoundPage />} /> },
      {
        path: 'volunteers',
        element: <FeatureGate feature="volunteers" page={<VolunteersLayout />} />,
        children: [
          { index: true, element: <ActivitiesPage /> },
          { path: 'activities/:id', element: <ActivityPage /> },
          { path: 'teams', element: <TeamsPage /> },
          { path: 'stats', element: <VolunteerStatsPage /> },
          { path: 'rewards', element: <RewardsPage /> },
          { path: 'passbooks', element: <PassbooksPage /> },
          { path: 'passbooks/:personId', element: <PassbookPage /> },
        ],
      },
      {
        path: 'mediation',
        element: <FeatureGate feature="mediation" page={<MediationLayout />} />,
        children: [
          { index: true, element: <CasesPage /> },
          { path: 'cases/:id', element: <CasePage /> },
          { path: 'mediators', element: <MediatorsPage /> },
          { path: 'stats', element: <MediationStatsPage /> },
        ],
      },
      { path: 'self-orgs', element: <FeatureGate feature="selforgs" page={<SelfOrgsPage />} /> },
      {
        path: 'venues',
        element: <FeatureGate feature="venues" page={<Outlet />} />,
        children: [
          { index: true, element: <Navigate to="stations" replace /> },
          { path: 'stations', element: <StationsPage /> },
          { path: 'bookings', element: <BookingsPage /> },
          { path: 'stats', element: <VenueStatsPage /> },
          { path: 'services', element: <ServicesPage /> },
        ],
      },
      { path: 'elevators', element: <FeatureGate feature="elevators" page={<ElevatorsPage />} /> },
      { path: 'elevators/:id', element: <FeatureGate feature="elevators" page={<ElevatorPage />} /> },
      { path: 'conventions', element: <FeatureGate feature="conventions" page={<ConventionsPage />} /> },
      { path: 'conventions/:id', element: <FeatureGate feature="conventions" page={<ConventionPage />} /> },
      {
        path: 'projects',
        element: <FeatureGate feature="projects" page={<ProjectsLayout />} />,
        children: [
          { index: true, element: <ProjectsPage /> },
          { path: 'needs', element: <NeedsPage /> },
          { path: 'resources', element: <ResourcesPage /> },
          { path: 'partners', element: <PartnersPage /> },
          { path: ':id', element: <ProjectPage /> },
        ],
      },
      { path: 'audit', element: <FeatureGate feature="audit" page={<AuditPage />} /> },
      { path: 'accounts', element: <FeatureGate feature="accounts" page={<AccountsPage />} /> },
      { path: 'tokens', element: <FeatureGate feature="tokens" page={<TokensPage />} /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: '/m',
    element: (
      <RequireSession area="resident">
        <Lazy page={<ResidentLayout />} />
      </RequireSession>
    ),
    children: [
      { index: true, element: <ResidentHomePage /> },
      { path: 'report', element: <Lazy page={<ReportPage />} /> },
      { path: 'reports', element: <Lazy page={<MyReportsPage />} /> },
      { path: 'reports/:id', element: <Lazy page={<ReportDetailPage />} /> },
      { path: 'grid', element: <Lazy page={<MyGridPage />} /> },
      { path: 'votes', element: <Lazy page={<MyVotesPage />} /> },
      { path: 'votes/:id', element: <Lazy page={<PhoneVotePage />} /> },
      { path: 'notices', element: <Lazy page={<MyNoticesPage />} /> },
      { path: 'notices/:id', element: <Lazy page={<PhoneNoticePage />} /> },
      { path: 'topics', element: <Lazy page={<MyTopicsPage />} /> },
      { path: 'topics/:id', element: <Lazy page={<PhoneTopicPage />} /> },
      { path: 'evaluations', element: <Lazy page={<MyRoundsPage />} /> },
      { path: 'evaluations/:id', element: <Lazy page={<PhoneRoundPage />} /> },
      { path: 'volunteers', element: <Lazy page={<PhoneVolunteersPage />} /> },
      { path: 'volunteers/check', element: <Lazy page={<PhoneCheckPage />} /> },
      { path: 'volunteers/passbook', element: <Lazy page={<PhonePassbookPage />} /> },
      { path: 'volunteers/party', element: <Lazy page={<PhonePartyPage />} /> },
      { path: 'community', element: <Lazy page={<PhoneCommunityPage />} /> },
      { path: 'projects', element: <Lazy page={<PhoneProjectsPage />} /> },
      { path: 'projects/:id', element: <Lazy page={<PhoneProjectPage />} /> },
      { path: 'venues', element: <Lazy page={<PhoneVenuesPage />} /> },
      { path: 'venues/rooms/:id', element: <Lazy page={<PhoneBookPage />} /> },
      { path: 'services', element: <Lazy page={<PhoneGuidePage />} /> },
      { path: 'elevators', element: <Lazy page={<MyElevatorsPage />} /> },
      { path: 'elevators/:id', element: <Lazy page={<PhoneElevatorPage />} /> },
      { path: 'conventions', element: <Lazy page={<MyConventionsPage />} /> },
      { path: 'conventions/:id', element: <Lazy page={<PhoneConventionPage />} /> },
      { path: '*', element: <Navigate to="/m" replace /> },
    ],
  },
  {
    // The big screen (大屏) for a wall display: full screen, without the console's menu.
    path: '/screen',
    element: (
      <RequireSession area="console">
        <Lazy page={<BigScreenPage />} />
      </RequireSession>
    ),
  },
  {
    // The print view of a notice: the page alone, without the console's menu (staff print it for the notice board).
    path: '/print/notices/:id',
    element: (
      <RequireSession area="console">
        <Lazy page={<NoticePrintPage />} />
      </RequireSession>
    ),
  },
  { path: '*', element: <Lazy page={<NotFoundPage />} /> },
]);
