import type { FastifyInstance } from 'fastify';
import { invalid } from './errors';

/** The path of the first string under `value` that holds a NUL character, if any. */
export function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nulPath(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL cannot store the NUL character in text and refuses the whole statement, which would surface as a 500
 * from whichever query first meets it. No field of ours has a use for it, so any request carrying one is a 400
 * naming the field, before validation.
 */
export function installNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const path =
      nulPath(req.params, 'params') ?? nulPath(req.query, 'querystring') ?? nulPath(req.body, 'body');
    if (path) throw invalid([{ path, message: 'must not contain the NUL character' }]);
  });
}
