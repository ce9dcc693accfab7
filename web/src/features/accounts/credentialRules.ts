import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import {
  checkPassword,
  MIN_PASSWORD_LENGTH,
  validateUsername,
} from '../../../../domain/accounts/password-policy';

/** The username rule of `domain/accounts/password-policy`, with a message saying what to fix. */
export function usernameRule(t: TFunction): FormRule {
  return {
    validator: async (_, value?: string) => {
      const result = validateUsername(value?.trim() ?? '');
      if (!result.ok) throw new Error(t(`accounts.username.${result.reason}`));
    },
  };
}

/** The password rule of `domain/accounts/password-policy`, checked against the username being typed. */
export function passwordRule(t: TFunction, username: () => string): FormRule {
  return {
    validator: async (_, value?: string) => {
      const [violation] = checkPassword(value ?? '', username());
      if (violation) throw new Error(t(`accounts.password.${violation}`, { min: MIN_PASSWORD_LENGTH }));
    },
  };
}
