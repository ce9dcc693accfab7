import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  checkPassword,
  MIN_PASSWORD_LENGTH,
  type PasswordViolation,
} from '../../../../../domain/accounts/password-policy';

const RULES: PasswordViolation[] = ['too_short', 'same_as_username', 'common'];

/** The password rules of `domain/accounts/password-policy`, each ticked off as the password meets it. */
export function PasswordPolicy({ password, username }: { password: string; username: string }) {
  const { t } = useTranslation();
  const broken = checkPassword(password, username);
  return (
    <Flex vertical gap={2} data-testid="password-policy" style={{ marginTop: 4 }}>
      {RULES.map((rule) => {
        const met = password !== '' && !broken.includes(rule);
        return (
          <Typography.Text key={rule} type={met ? 'success' : 'secondary'}>
            {met ? <CheckCircleFilled /> : <CloseCircleOutlined />}{' '}
            {t(`accounts.policy.${rule}`, { min: MIN_PASSWORD_LENGTH })}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}
