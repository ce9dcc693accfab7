import type { FastifyRequest } from 'fastify';

/** Query parameters that carry personal numbers (RULES.md §4) or secrets (Open311's api_key): logged as `***`. */
const PERSONAL_PARAMS = new Set(['idNumber', 'phone', 'api_key']);

export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const key of [...params.keys()]) if (PERSONAL_PARAMS.has(key)) params.set(key, '***');
  return `${url.slice(0, q)}?${params.toString()}`;
}

/** What a request log line says about the request: no cookies, no tokens, no personal numbers. */
export function serializeRequest(req: FastifyRequest) {
  return { method: req.method, url: redactUrl(req.url), remoteAddress: req.ip };
}
