import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/currentUser';
import { useLogout } from '../../auth/queries';

export function UserMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const roles = [...new Set(user.roles.map((grant) => t(`roles.${grant.role}`)))].join('、');

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', label: `${user.username} · ${roles}`, disabled: true },
          { type: 'divider' },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            label: <span data-testid="logout">{t('shell.logout')}</span>,
          },
        ],
        onClick: ({ key }) => {
          if (key === 'logout') logout.mutate();
        },
      }}
    >
      <Button type="text" icon={<UserOutlined />} aria-label={t('shell.userMenu')} data-testid="user-menu">
        {compact ? null : user.displayName}
      </Button>
    </Dropdown>
  );
}
