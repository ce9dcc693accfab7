import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/currentUser';
import { consoleMenu, selectedMenuPath } from '../menu';

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
      items={entries.map((entry) => ({ key: entry.path, icon: entry.icon, label: entry.label }))}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
      data-testid="side-menu"
    />
  );
}
