import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError, type FieldError } from '../../api/errors';
import { useErrorText } from './useErrorText';

type NamePath = (string | number)[];

/** `"roles.0.nodeId"` or `["roles", 0, "nodeId"]` → `["roles", 0, "nodeId"]`; a leading `body` segment is dropped. */
export function fieldNamePath(path: FieldError['path']): NamePath {
  const segments = Array.isArray(path) ? path : path.split('.').filter(Boolean);
  const names = segments.map((segment) =>
    typeof segment === 'string' && /^\d+$/.test(segment) ? Number(segment) : segment,
  );
  return names[0] === 'body' ? names.slice(1) : names;
}

const nameKey = (name: NamePath): string => name.join('.');

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
