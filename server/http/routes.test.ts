import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/db';

const t = useTestApp();

const apiRoutes = () =>
  t.app.routeTable
    .filter((r) => r.url.startsWith('/api/v1/'))
    .flatMap((r) =>
      (Array.isArray(r.method) ? r.method : [r.method]).map((m) => ({ method: m, url: r.url, route: r })),
    )
    .filter((r) => r.method !== 'HEAD');

describe('route table', () => {
  it('has the routes of the contract', () => {
    const table = apiRoutes().map((r) => `${r.method} ${r.url}`);
    for (const expected of [
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/logout',
      'GET /api/v1/auth/me',
      'GET /api/v1/org/nodes',
      'GET /api/v1/org/nodes/:id',
      'POST /api/v1/org/nodes',
    ]) {
      expect(table).toContain(expected);
    }
  });

  // The device webhook has no session: each device proves itself with its own token (devices.test.ts).
  it('needs authentication on every /api/v1 route except login, sign-up and the device webhook', async () => {
    const open = apiRoutes()
      .filter((r) => r.route.config?.public)
      .map((r) => `${r.method} ${r.url}`);
    expect(open.sort()).toEqual([
      'POST /api/v1/auth/login',
      'POST /api/v1/devices/ingest',
      'POST /api/v1/signup',
      'POST /api/v1/signup/code',
    ]);
    for (const r of apiRoutes().filter((x) => !x.route.config?.public)) {
      const url = r.url.replace(/:(\w+)/g, (_m, p: string) => (p === 'role' ? 'admin' : '1'));
      const res = await t.app.inject({
        method: r.method,
        url,
        payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.json().code).toBe('unauthenticated');
    }
  });

  it('publishes every /api/v1 route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    for (const r of apiRoutes()) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${path}`).toBeDefined();
    }
  });

  it('answers health and readiness', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });

  it('answers unknown routes and non-JSON bodies in the error model', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(missing.statusCode).toBe(401);
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'admin',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().code).toBe('unsupported_media_type');
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'a', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(big.statusCode).toBe(413);
  });
});
