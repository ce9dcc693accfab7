import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/currentUser';
import { type ConsoleMenuEntry, consoleMenu, type MenuGroup, selectedMenuPath } from '../menu';

type MenuItems = NonNullable<MenuProps['items']>;

/** Entries as menu items; those of a group under its heading, where the group's first entry stands. */
function menuItems(entries: ConsoleMenuEntry[], groupLabel: (group: MenuGroup) => string): MenuItems {
  const items: MenuItems = [];
  const groups = new Map<MenuGroup, MenuItems>();
  for (const entry of entries) {
    const item = {
      key: entry.path,
      icon: entry.icon,
      label: entry.badge ? (
        <span>
          {entry.label}
          {entry.badge}
        </span>
      ) : (
        entry.label
      ),
    };
    if (!entry.group) {
      items.push(item);
      continue;
    }
    let children = groups.get(entry.group);
    if (!children) {
      children = [];
      groups.set(entry.group, children);
      items.push({ type: 'group', key: `group:${entry.group}`, label: groupLabel(entry.group), children });
    }
    children.push(item);
  }
  return items;
}

/** The console's navigation; arrow keys move, Enter opens. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = consoleMenu(user, t);
  const selected = selectedMenuPath(entries, pathname);

  return (
    <Menu
      mode="inline"
      style={{ borderInlineEnd: 'none' }}
      aria-label={t('shell.navigation')}
      selectedKeys={selected ? [selected] : []}
      items={menuItems(entries, (group) => t(`shell.menuGroups.${group}`))}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
      data-testid="side-menu"
    />
  );
}
