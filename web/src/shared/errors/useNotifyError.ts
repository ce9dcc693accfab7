import { App } from 'antd';
import { useCallback } from 'react';
import { useErrorText } from './useErrorText';

/** Shows a failed action (outside a form) as a toast in the user's language. */
export function useNotifyError(): (error: unknown) => void {
  const { message } = App.useApp();
  const errorText = useErrorText();
  return useCallback((error: unknown) => void message.error(errorText(error)), [message, errorText]);
}
