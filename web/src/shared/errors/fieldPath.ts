import { ApiError, type FieldError } from '../../api/errors';

export type NamePath = (string | number)[];

/** `"body.roles.0.nodeId"` or `["roles", 0, "nodeId"]` → `["roles", 0, "nodeId"]` (the form's name path). */
export function fieldNamePath(path: FieldError['path']): NamePath {
  const segments = Array.isArray(path) ? path : path.split('.').filter(Boolean);
  const names = segments.map((segment) =>
    typeof segment === 'string' && /^\d+$/.test(segment) ? Number(segment) : segment,
  );
  return names[0] === 'body' ? names.slice(1) : names;
}

export const nameKey = (name: NamePath): string => name.join('.');

/**
 * Whether the server named this form field as wrong (for a field whose message the form words itself). Here, not
 * in formErrors.ts, so the plain phone home can use it without antd.
 */
export function isFieldError(error: unknown, name: string): boolean {
  return (
    error instanceof ApiError &&
    error.fieldErrors.some((field) => nameKey(fieldNamePath(field.path)) === name)
  );
}
