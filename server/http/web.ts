import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Unknown routes answer in the error model; with the built web app served, any other GET outside the API
 * falls back to index.html so that client-side routes load.
 */
export async function installNotFound(app: FastifyInstance, serveWeb: boolean): Promise<void> {
  const pages = serveWeb && existsSync(path.join(webDist, 'index.html'));
  if (pages)
    await app.register(fastifyStatic, { root: webDist, wildcard: false, maxAge: '1h', index: false });
  app.setNotFoundHandler((req, reply) => {
    const isPage = pages && req.method === 'GET' && !/^\/(api|open311|healthz|readyz)(\/|$)/.test(req.url);
    if (isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.status(404).send({ code: 'not_found', message: 'no such route' });
  });
}
