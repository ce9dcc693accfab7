import {
  ApartmentOutlined,
  AuditOutlined,
  BorderOuterOutlined,
  ClusterOutlined,
  FieldTimeOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { User } from '../../api/auth';
import { type ConsoleFeature, canUse } from '../auth/access';

type MenuKey =
  'home' | 'org' | 'grids' | 'people' | 'overdue' | 'visits' | 'governance' | 'accounts' | 'audit' | 'tokens';

export interface ConsoleMenuEntry {
  path: string;
  icon: ReactNode;
  label: string;
  description: string;
}

const HOME = '/console';

const ENTRIES: { key: MenuKey; path: string; feature: ConsoleFeature | null; icon: ReactNode }[] = [
  { key: 'home', path: HOME, feature: null, icon: <HomeOutlined /> },
  { key: 'org', path: '/console/org', feature: 'org', icon: <ApartmentOutlined /> },
  { key: 'grids', path: '/console/org/grids', feature: 'org', icon: <BorderOuterOutlined /> },
  { key: 'people', path: '/console/registry/people', feature: 'registry', icon: <IdcardOutlined /> },
  { key: 'overdue', path: '/console/registry/overdue', feature: 'registry', icon: <FieldTimeOutlined /> },
  { key: 'visits', path: '/console/registry/visits', feature: 'registry', icon: <HeartOutlined /> },
  { key: 'governance', path: '/console/governance', feature: 'governance', icon: <ClusterOutlined /> },
  { key: 'accounts', path: '/console/accounts', feature: 'accounts', icon: <TeamOutlined /> },
  { key: 'audit', path: '/console/audit', feature: 'audit', icon: <AuditOutlined /> },
  { key: 'tokens', path: '/console/tokens', feature: 'tokens', icon: <KeyOutlined /> },
];

/** The console pages this user's roles can use, in menu order. */
export function consoleMenu(user: User, t: TFunction): ConsoleMenuEntry[] {
  return ENTRIES.filter((entry) => entry.feature === null || canUse(user, entry.feature)).map(
    ({ key, path, icon }) => ({
      path,
      icon,
      label: t(`shell.menu.${key}`),
      description: t(`shell.describe.${key}`),
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
