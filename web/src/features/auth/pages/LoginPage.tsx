import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Session } from '../../../api/auth';
import { LanguageSwitch } from '../../../i18n/LanguageSwitch';
import { landingPath } from '../access';
import { LoginForm } from '../components/LoginForm';

interface LoginState {
  from?: string;
  reason?: string;
}

function readState(state: unknown): LoginState {
  if (typeof state !== 'object' || state === null) return {};
  const { from, reason } = state as Record<string, unknown>;
  return { from: typeof from === 'string' ? from : undefined, reason: typeof reason === 'string' ? reason : undefined };
}

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { from, reason } = readState(useLocation().state);

  function handleLoggedIn({ user }: Session): void {
    void navigate(landingPath(user, from), { replace: true });
  }

  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: '16px 12px', background: '#f5f7fa' }}>
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 400 }}>
        <LanguageSwitch />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 400, marginTop: '8vh' }}>
        <Typography.Title level={2} style={{ textAlign: 'center', marginBottom: 4 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('auth.subtitle')}
        </Typography.Paragraph>
        {reason === 'session_expired' ? (
          <Alert type="warning" showIcon title={t('errors.session_expired')} style={{ marginBottom: 16 }} />
        ) : null}
        <LoginForm onLoggedIn={handleLoggedIn} />
      </Card>
    </Flex>
  );
}
