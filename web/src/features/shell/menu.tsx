import {
  DashboardOutlined,
  WifiOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BorderOuterOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  CommentOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FlagOutlined,
  GiftOutlined,
  FundProjectionScreenOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  InboxOutlined,
  KeyOutlined,
  LineChartOutlined,
  NotificationOutlined,
  ScheduleOutlined,
  ShopOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  VerticalAlignTopOutlined,
  WarningOutlined,
  EnvironmentOutlined,
} from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { lazy, type ReactNode, Suspense } from 'react';
import type { User } from '../../api/auth';
import { type ConsoleFeature, canUse } from '../auth/access';

// The unread count is fetched after the menu shows, from a chunk of its own: the first page does not wait for it.
const LazyInboxBadge = lazy(() => import('../events/components/InboxMenuBadge'));
function InboxMenuBadge() {
  return (
    <Suspense fallback={null}>
      <LazyInboxBadge />
    </Suspense>
  );
}

type MenuKey =
  | 'home'
  | 'org'
  | 'grids'
  | 'people'
  | 'overdue'
  | 'visits'
  | 'governance'
  | 'eventsBoard'
  | 'eventsInbox'
  | 'eventsStats'
  | 'eventsWarnings'
  | 'eventsForecasts'
  | 'bigScreen'
  | 'votes'
  | 'notices'
  | 'topics'
  | 'meetings'
  | 'deliberationStats'
  | 'evaluations'
  | 'volunteers'
  | 'mediation'
  | 'selforgs'
  | 'venueStations'
  | 'venueBookings'
  | 'venueStats'
  | 'serviceGuide'
  | 'elevators'
  | 'conventions'
  | 'projects'
  | 'devices'
  | 'deviceAlerts'
  | 'map'
  | 'patrolWalk'
  | 'patrols'
  | 'patrolPlans'
  | 'patrolCoverage'
  | 'accounts'
  | 'audit'
  | 'tokens';

/** Entries shown together under a heading in the side menu. */
export type MenuGroup = 'events' | 'deliberation' | 'venues' | 'patrols';

export interface ConsoleMenuEntry {
  path: string;
  icon: ReactNode;
  label: string;
  description: string;
  /** The heading this entry sits under in the side menu, if any. */
  group?: MenuGroup;
  /** Shown after the label in the side menu (a count of unread items). */
  badge?: ReactNode;
}

const HOME = '/console';

const ENTRIES: {
  key: MenuKey;
  path: string;
  feature: ConsoleFeature | null;
  icon: ReactNode;
  group?: MenuGroup;
  badge?: ReactNode;
}[] = [
  { key: 'home', path: HOME, feature: null, icon: <HomeOutlined /> },
  { key: 'org', path: '/console/org', feature: 'org', icon: <ApartmentOutlined /> },
  { key: 'grids', path: '/console/org/grids', feature: 'org', icon: <BorderOuterOutlined /> },
  { key: 'map', path: '/console/org/map', feature: 'org', icon: <EnvironmentOutlined /> },
  { key: 'people', path: '/console/registry/people', feature: 'registry', icon: <IdcardOutlined /> },
  { key: 'overdue', path: '/console/registry/overdue', feature: 'registry', icon: <FieldTimeOutlined /> },
  { key: 'visits', path: '/console/registry/visits', feature: 'registry', icon: <HeartOutlined /> },
  { key: 'governance', path: '/console/governance', feature: 'governance', icon: <ClusterOutlined /> },
  {
    key: 'eventsBoard',
    path: '/console/events',
    feature: 'events',
    icon: <AlertOutlined />,
    group: 'events',
  },
  {
    key: 'eventsInbox',
    path: '/console/events/inbox',
    feature: 'events',
    icon: <InboxOutlined />,
    group: 'events',
    badge: <InboxMenuBadge />,
  },
  {
    key: 'eventsStats',
    path: '/console/events/stats',
    feature: 'events',
    icon: <BarChartOutlined />,
    group: 'events',
  },
  {
    key: 'eventsWarnings',
    path: '/console/events/warnings',
    feature: 'events',
    icon: <WarningOutlined />,
    group: 'events',
  },
  {
    key: 'eventsForecasts',
    path: '/console/events/forecasts',
    feature: 'events',
    icon: <LineChartOutlined />,
    group: 'events',
  },
  {
    key: 'bigScreen',
    path: '/screen',
    feature: 'events',
    icon: <DashboardOutlined />,
    group: 'events',
  },
  { key: 'votes', path: '/console/votes', feature: 'votes', icon: <CheckSquareOutlined /> },
  { key: 'notices', path: '/console/notices', feature: 'notices', icon: <NotificationOutlined /> },
  {
    key: 'topics',
    path: '/console/deliberation/topics',
    feature: 'deliberation',
    icon: <CommentOutlined />,
    group: 'deliberation',
  },
  {
    key: 'meetings',
    path: '/console/deliberation/meetings',
    feature: 'deliberation',
    icon: <ScheduleOutlined />,
    group: 'deliberation',
  },
  {
    key: 'deliberationStats',
    path: '/console/deliberation/stats',
    feature: 'deliberation',
    icon: <BarChartOutlined />,
    group: 'deliberation',
  },
  { key: 'evaluations', path: '/console/evaluations', feature: 'evaluations', icon: <StarOutlined /> },
  { key: 'volunteers', path: '/console/volunteers', feature: 'volunteers', icon: <GiftOutlined /> },
  { key: 'selforgs', path: '/console/self-orgs', feature: 'selforgs', icon: <UsergroupAddOutlined /> },
  { key: 'mediation', path: '/console/mediation', feature: 'mediation', icon: <SolutionOutlined /> },
  {
    key: 'venueStations',
    path: '/console/venues/stations',
    feature: 'venues',
    icon: <ShopOutlined />,
    group: 'venues',
  },
  {
    key: 'venueBookings',
    path: '/console/venues/bookings',
    feature: 'venues',
    icon: <CalendarOutlined />,
    group: 'venues',
  },
  {
    key: 'venueStats',
    path: '/console/venues/stats',
    feature: 'venues',
    icon: <BarChartOutlined />,
    group: 'venues',
  },
  {
    key: 'serviceGuide',
    path: '/console/venues/services',
    feature: 'venues',
    icon: <SolutionOutlined />,
    group: 'venues',
  },
  { key: 'elevators', path: '/console/elevators', feature: 'elevators', icon: <VerticalAlignTopOutlined /> },
  { key: 'conventions', path: '/console/conventions', feature: 'conventions', icon: <FileDoneOutlined /> },
  { key: 'projects', path: '/console/projects', feature: 'projects', icon: <FundProjectionScreenOutlined /> },
  { key: 'devices', path: '/console/devices', feature: 'devices', icon: <WifiOutlined /> },
  { key: 'deviceAlerts', path: '/console/devices/alerts', feature: 'devices', icon: <AlertOutlined /> },
  {
    key: 'patrolWalk',
    path: '/console/patrols/walk',
    feature: 'patrolWalk',
    icon: <FlagOutlined />,
    group: 'patrols',
  },
  { key: 'patrols', path: '/console/patrols', feature: 'patrols', icon: <FlagOutlined />, group: 'patrols' },
  {
    key: 'patrolPlans',
    path: '/console/patrols/plans',
    feature: 'patrols',
    icon: <ScheduleOutlined />,
    group: 'patrols',
  },
  {
    key: 'patrolCoverage',
    path: '/console/patrols/coverage',
    feature: 'patrols',
    icon: <BarChartOutlined />,
    group: 'patrols',
  },
  { key: 'accounts', path: '/console/accounts', feature: 'accounts', icon: <TeamOutlined /> },
  { key: 'audit', path: '/console/audit', feature: 'audit', icon: <AuditOutlined /> },
  { key: 'tokens', path: '/console/tokens', feature: 'tokens', icon: <KeyOutlined /> },
];

/** The console pages this user's roles can use, in menu order. */
export function consoleMenu(user: User, t: TFunction): ConsoleMenuEntry[] {
  return ENTRIES.filter((entry) => entry.feature === null || canUse(user, entry.feature)).map(
    ({ key, path, icon, group, badge }) => ({
      path,
      icon,
      label: t(`shell.menu.${key}`),
      description: t(`shell.describe.${key}`),
      ...(group ? { group } : {}),
      ...(badge ? { badge } : {}),
    }),
  );
}

/** The entry whose path is the longest prefix of the location; home only for itself. */
export function selectedMenuPath(entries: ConsoleMenuEntry[], pathname: string): string | undefined {
  return entries
    .filter(
      (entry) => pathname === entry.path || (entry.path !== HOME && pathname.startsWith(`${entry.path}/`)),
    )
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
