import { Alert, Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
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
  return {
    from: typeof from === 'string' ? from : undefined,
    reason: typeof reason === 'string' ? reason : undefined,
  };
}

/**
 * `/login`. Plain elements instead of antd's Card and Typography keep this first page small
 * (Card brings Tabs and Menu along).
 */
export default function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const { from, reason } = readState(useLocation().state);

  function handleLoggedIn({ user }: Session): void {
    void navigate(landingPath(user, from), { replace: true });
  }

  return (
    <Flex
      vertical
      align="center"
      style={{ minHeight: '100vh', padding: '16px 12px', background: token.colorBgLayout }}
    >
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 400 }}>
        <LanguageSwitch />
      </Flex>
      <main
        style={{
          width: '100%',
          maxWidth: 400,
          marginTop: '8vh',
          padding: 24,
          boxSizing: 'border-box',
          background: token.colorBgContainer,
          borderRadius: token.borderRadiusLG,
          boxShadow: token.boxShadowTertiary,
        }}
      >
        <h1 style={{ textAlign: 'center', margin: 0, fontSize: 30, color: token.colorText }}>
          {t('app.name')}
        </h1>
        <p style={{ textAlign: 'center', margin: '4px 0 24px', color: token.colorTextSecondary }}>
          {t('auth.subtitle')}
        </p>
        {reason === 'session_expired' ? (
          <Alert type="warning" showIcon title={t('errors.session_expired')} style={{ marginBottom: 16 }} />
        ) : null}
        <LoginForm onLoggedIn={handleLoggedIn} />
        <p style={{ textAlign: 'center', margin: '16px 0 0', color: token.colorTextSecondary }}>
          {t('auth.newResident')}{' '}
          <Link to="/signup" data-testid="signup-link">
            {t('auth.signup')}
          </Link>
        </p>
      </main>
    </Flex>
  );
}
