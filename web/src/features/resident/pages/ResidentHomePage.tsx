import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/currentUser';
import { useLogout } from '../../auth/queries';
import { MyHomeCard } from '../components/MyHomeCard';
import { SettingsCard } from '../components/SettingsCard';

/**
 * `/m`: the resident's home. Only what exists is offered (the reporting, voting and booking pages come
 * with their features), so there are no dead links.
 */
export default function ResidentHomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={2} style={{ marginBottom: 0 }}>
          {t('resident.hello', { name: user.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('app.name')}</Typography.Text>
      </div>
      <MyHomeCard user={user} />
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
