import type { FieldError } from '../../api/errors';

export type NamePath = (string | number)[];

/** `"body.roles.0.nodeId"` or `["roles", 0, "nodeId"]` → `["roles", 0, "nodeId"]` (the form's name path). */
export function fieldNamePath(path: FieldError['path']): NamePath {
  const segments = Array.isArray(path) ? path : path.split('.').filter(Boolean);
  const names = segments.map((segment) =>
    typeof segment === 'string' && /^\d+$/.test(segment) ? Number(segment) : segment,
  );
  return names[0] === 'body' ? names.slice(1) : names;
}
