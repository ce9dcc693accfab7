import type { FastifyInstance } from 'fastify';

// antd writes its styles at run time, hence 'unsafe-inline' for styles only; scripts come from us alone.
// Images may also come from the configured map tile server (docs/DEPLOY.md "Map tiles").
const csp = (imageOrigins: readonly string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...imageOrigins].join(' '),
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');

export function installSecurityHeaders(app: FastifyInstance, imageOrigins: readonly string[] = []): void {
  const CSP = csp(imageOrigins);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (!req.url.startsWith('/api/docs')) reply.header('content-security-policy', CSP);
    if (req.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
