import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Credentials, Session } from '../../../api/auth';
import { useErrorText } from '../../../shared/errors/useErrorText';
import { useLogin } from '../queries';

export function LoginForm({ onLoggedIn }: { onLoggedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const loginMutation = useLogin();

  return (
    <Form<Credentials>
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={(credentials) => loginMutation.mutate(credentials, { onSuccess: onLoggedIn })}
    >
      {loginMutation.isError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(loginMutation.error)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form.Item
        name="username"
        label={t('auth.username')}
        rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          autoComplete="current-password"
          data-testid="login-password"
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={loginMutation.isPending}
        data-testid="login-submit"
      >
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
