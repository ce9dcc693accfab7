import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { as, login, type Session } from './session';
import type { TestDatabase } from './db';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Calls as the demo accounts by username, and the ids of demo places by name: what a capability's API test needs
 * to speak to the app the way the console does.
 */
export function apiOf(t: { app: FastifyInstance; database: TestDatabase }) {
  const sessions: Record<string, Session> = {};
  const call = (who: string, method: Method, url: string, payload?: unknown) =>
    as(
      t.app,
      sessions[who]!,
    )({ method, url: `/api/v1${url}`, ...(payload === undefined ? {} : { payload: payload as object }) });
  const ok = async <T = Record<string, unknown>>(p: ReturnType<typeof call>, status = 200): Promise<T> => {
    const res = await p;
    expect(res.statusCode, res.body).toBe(status);
    return res.json<T>();
  };
  return {
    sessions,
    call,
    ok,
    async loginAll(...users: string[]) {
      for (const u of users) sessions[u] = await login(t.app, u);
    },
    idOf: async (name: string) =>
      Number(
        (
          await t.database.db.execute<{ id: number }>(
            sql`select id from place where name = ${name} union all select id from org_node where name = ${name}`,
          )
        ).rows[0]!.id,
      ),
    newPerson: async (communityId: number, name: string, who = 'jinghua.worker') =>
      (await ok<{ id: number }>(call(who, 'POST', '/registry/people', { communityId, name }), 201)).id,
  };
}
