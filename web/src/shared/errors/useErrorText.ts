import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describeError';

export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => describeError(t, error), [t]);
}
