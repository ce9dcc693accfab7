import { LockOutlined, MobileOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SignupForm } from '../../../api/auth';
import { ApiError } from '../../../api/errors';
import { validatePhone } from '../../../../../domain/common/mask';
import { LanguageSelect } from '../../../i18n/LanguageSelect';
import { isFieldError } from '../../../shared/errors/fieldPath';
import { useFormErrorHandler } from '../../../shared/errors/formErrors';
import { useCountdown } from '../../../shared/hooks/useCountdown';
import { PasswordPolicy } from '../../accounts/components/PasswordPolicy';
import { passwordRule, usernameRule } from '../../accounts/credentialRules';
import { useRequestSignupCode, useSignup } from '../../auth/queries';
import { ElderSwitch } from '../components/ElderSwitch';
import { elderMode } from '../elder';

const CODE_LENGTH = 6;
const DISPLAY_NAME_MAX_LENGTH = 50;
const SECONDS_PER_MINUTE = 60;

/** Sign-up codes go by text message, so only mobiles (mainland or Hong Kong) can receive one. */
const isMobile = (phone: string) => {
  const check = validatePhone(phone);
  return check.ok && (check.kind === 'mainland_mobile' || check.kind === 'hong_kong');
};

/**
 * `/signup`: a resident creates an account with their mobile and a texted code, then lands on `/m` to bind
 * their house. Rendered in the phone layout, so elder mode applies here too.
 */
export default function SignupPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<SignupForm>();
  const showError = useFormErrorHandler(form);
  const sendCode = useRequestSignupCode();
  const signup = useSignup();
  const countdown = useCountdown();
  const elder = elderMode.use();
  const [codeMinutes, setCodeMinutes] = useState<number | null>(null);
  const username = Form.useWatch('username', form) ?? '';
  const password = Form.useWatch('password', form) ?? '';

  async function requestCode(): Promise<void> {
    const values = await form.validateFields(['phone']).catch(() => null);
    if (!values) return;
    sendCode.mutate(values.phone.trim(), {
      onSuccess: (sent) => {
        countdown.start(sent.resendAfterSeconds);
        setCodeMinutes(Math.round(sent.expiresInSeconds / SECONDS_PER_MINUTE));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
          countdown.start(error.retryAfterSeconds);
        }
        showError(error);
      },
    });
  }

  function submit(values: SignupForm): void {
    signup.mutate(
      {
        ...values,
        phone: values.phone.trim(),
        code: values.code.trim(),
        username: values.username.trim(),
        displayName: values.displayName.trim(),
      },
      {
        onSuccess: () => void navigate('/m', { replace: true }),
        onError: (error) => {
          if (isFieldError(error, 'code')) {
            form.setFields([{ name: 'code', errors: [t('signup.codeWrong')] }]);
          } else if (error instanceof ApiError && error.code === 'conflict') {
            void message.error(t('signup.taken'));
          } else {
            showError(error);
          }
        },
      },
    );
  }

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="small" wrap>
        <label htmlFor="signup-elder">
          <Space size="small">
            <ElderSwitch id="signup-elder" />
            {t('resident.elderMode')}
          </Space>
        </label>
        <LanguageSelect id="signup-language" />
      </Flex>
      <div>
        <Typography.Title level={2} style={{ marginBottom: 0 }}>
          {t('signup.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('signup.intro')}</Typography.Text>
      </div>
      <Card>
        <Form<SignupForm> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
          <Form.Item label={t('signup.phone')} required>
            {/* In elder mode the big button gets a row of its own, so the number stays readable. */}
            <Space.Compact block vertical={elder}>
              <Form.Item
                name="phone"
                noStyle
                rules={[
                  { required: true, message: t('signup.phoneRequired') },
                  {
                    validator: async (_, value?: string) => {
                      if (value?.trim() && !isMobile(value)) throw new Error(t('signup.phoneInvalid'));
                    },
                  },
                ]}
              >
                <Input
                  prefix={<MobileOutlined />}
                  inputMode="tel"
                  autoComplete="tel"
                  aria-label={t('signup.phone')}
                  data-testid="signup-phone"
                />
              </Form.Item>
              <Button
                onClick={() => void requestCode()}
                loading={sendCode.isPending}
                disabled={countdown.left > 0}
                data-testid="signup-send-code"
              >
                {countdown.left > 0
                  ? t('signup.resendIn', { count: countdown.left })
                  : t(codeMinutes === null ? 'signup.sendCode' : 'signup.resend')}
              </Button>
            </Space.Compact>
          </Form.Item>
          {codeMinutes !== null ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: -12 }} data-testid="signup-code-sent">
              {t('signup.codeSent', { count: codeMinutes })}
            </Typography.Paragraph>
          ) : null}
          <Form.Item
            name="code"
            label={t('signup.code')}
            rules={[
              { required: true, message: t('signup.codeRequired') },
              { pattern: /^\s*\d{6}\s*$/, message: t('signup.codeFormat', { count: CODE_LENGTH }) },
            ]}
          >
            <Input
              prefix={<SafetyOutlined />}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={CODE_LENGTH}
              data-testid="signup-code"
            />
          </Form.Item>
          <Form.Item
            name="username"
            label={t('auth.username')}
            extra={t('signup.usernameHint')}
            rules={[{ required: true, message: t('auth.usernameRequired') }, usernameRule(t)]}
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              data-testid="signup-username"
            />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('signup.displayName')}
            extra={t('signup.displayNameHint')}
            rules={[{ required: true, whitespace: true, max: DISPLAY_NAME_MAX_LENGTH }]}
          >
            <Input autoComplete="name" data-testid="signup-display-name" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            dependencies={['username']}
            extra={<PasswordPolicy password={password} username={username.trim()} />}
            rules={[
              { required: true, message: t('auth.passwordRequired') },
              passwordRule(t, () => String(form.getFieldValue('username') ?? '').trim()),
            ]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="new-password"
              data-testid="signup-password"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={signup.isPending}
            data-testid="signup-submit"
          >
            {t('signup.submit')}
          </Button>
        </Form>
      </Card>
      <Typography.Text style={{ textAlign: 'center' }}>
        {t('signup.haveAccount')} <Link to="/login">{t('signup.toLogin')}</Link>
      </Typography.Text>
    </Flex>
  );
}
