import type { FastifyRequest } from 'fastify';

/** Query parameters that carry personal numbers (RULES.md §4): logged as `***`, never as given. */
const PERSONAL_PARAMS = new Set(['idNumber', 'phone']);

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
