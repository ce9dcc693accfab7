import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../../api/errors';
import { fieldNamePath, nameKey } from './fieldPath';
import { useErrorText } from './useErrorText';

/**
 * The one place a failed form submission is shown: the server's `details.fields` go under the form's
 * own fields, the rest (the error itself and fields the form does not have) into a toast.
 */
export function useFormErrorHandler(form: FormInstance): (error: unknown) => void {
  const { message } = App.useApp();
  const errorText = useErrorText();
  return useCallback(
    (error: unknown) => {
      const fields = error instanceof ApiError ? error.fieldErrors : [];
      const known = new Set(form.getFieldsError().map((field) => nameKey(field.name)));
      const shown = fields.filter((field) => known.has(nameKey(fieldNamePath(field.path))));
      form.setFields(shown.map((field) => ({ name: fieldNamePath(field.path), errors: [field.message] })));
      const unshown = fields
        .filter((field) => !shown.includes(field))
        .map((field) => `${nameKey(fieldNamePath(field.path))}: ${field.message}`);
      void message.error([errorText(error), ...unshown].join('\n'));
    },
    [form, message, errorText],
  );
}
