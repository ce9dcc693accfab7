import type { FastifyInstance } from 'fastify';
import { isStaff } from '../../domain/auth/policy';
import { callerOf } from './auth';
import { forbidden } from './errors';

/**
 * Who may call a route at all, before its schema is checked or its service looks closer:
 * - `signed_in`: any account, residents included (the service then decides per object);
 * - `staff`: accounts holding at least one role other than resident.
 * Public routes are marked on the route itself (`config.public`).
 */
export type Audience = 'signed_in' | 'staff';

/**
 * The policy of every non-public `/api/v1` route, first match wins: `METHOD /path` with `*` for any method and a
 * trailing `/*` for everything below a path. A route matching nothing is treated as staff-only, and the
 * authorization-matrix test (`server/http/authorization.test.ts`) fails until it is listed here.
 */
const POLICIES: readonly (readonly [pattern: string, audience: Audience])[] = [
  ['* /auth/*', 'signed_in'],
  ['* /me/*', 'signed_in'],
  ['GET /org/nodes', 'signed_in'],
  ['GET /org/nodes/:id', 'signed_in'],
  ['* /org/*', 'staff'],
  ['* /accounts/*', 'staff'],
  ['* /accounts', 'staff'],
  ['* /audit/*', 'staff'],
  ['* /audit', 'staff'],
  ['* /registry/*', 'staff'],
  ['* /governance/*', 'staff'],
  // Residents report, follow and rate their own events; party members and volunteers take open ones and
  // handle what they took. Only dispatchers and verifiers (all staff) accept, dispatch, verify and reject.
  ['GET /events/categories', 'signed_in'],
  ['POST /events', 'signed_in'],
  ['GET /events', 'signed_in'],
  ['GET /events/inbox', 'signed_in'],
  ['POST /events/inbox/read', 'signed_in'],
  ['GET /events/stream', 'signed_in'],
  ['POST /events/attachments', 'signed_in'],
  ['GET /events/:id', 'signed_in'],
  ['GET /events/:id/attachments/:attachmentId', 'signed_in'],
  ['POST /events/:id/actions/take', 'signed_in'],
  ['POST /events/:id/actions/start', 'signed_in'],
  ['POST /events/:id/actions/handle', 'signed_in'],
  ['POST /events/:id/actions/return', 'signed_in'],
  ['POST /events/:id/actions/escalate', 'signed_in'],
  ['POST /events/:id/actions/cancel', 'signed_in'],
  ['POST /events/:id/actions/rate', 'signed_in'],
  ['POST /events/:id/actions/reopen', 'signed_in'],
  ['POST /events/:id/actions/comment', 'signed_in'],
  ['* /events/*', 'staff'],
  ['* /devices', 'staff'],
  ['* /devices/*', 'staff'],
  ['* /maps/*', 'staff'],
  ['* /stats/*', 'staff'],
  ['* /bigscreen/*', 'staff'],
  ['* /warnings', 'staff'],
  ['* /warnings/*', 'staff'],
  ['* /forecasts/*', 'staff'],
  // Owners see their votes, cast their ballot and read the result; staff run the vote.
  ['GET /votes', 'signed_in'],
  ['GET /votes/:id', 'signed_in'],
  ['POST /votes/:id/ballots', 'signed_in'],
  ['GET /votes/:id/result', 'signed_in'],
  ['* /votes', 'staff'],
  ['* /votes/*', 'staff'],
  ['GET /notices', 'signed_in'],
  ['GET /notices/:id', 'signed_in'],
  ['POST /notices/:id/read', 'signed_in'],
  ['GET /notices/:id/objections', 'signed_in'],
  ['POST /notices/:id/objections', 'signed_in'],
  ['GET /notices/:id/attachments/:attachmentId', 'signed_in'],
  ['* /notices', 'staff'],
  ['* /notices/*', 'staff'],
  // Residents raise, discuss and support topics and see the meetings that take them up.
  ['GET /deliberation/topics', 'signed_in'],
  ['POST /deliberation/topics', 'signed_in'],
  ['GET /deliberation/topics/:id', 'signed_in'],
  ['GET /deliberation/topics/:id/comments', 'signed_in'],
  ['POST /deliberation/topics/:id/comments', 'signed_in'],
  ['POST /deliberation/topics/:id/actions/support', 'signed_in'],
  ['POST /deliberation/topics/:id/actions/withdraw', 'signed_in'],
  ['GET /deliberation/meetings', 'signed_in'],
  ['GET /deliberation/meetings/:id', 'signed_in'],
  ['* /deliberation/*', 'staff'],
  ['GET /evaluations/dimensions', 'signed_in'],
  ['GET /evaluations/rounds', 'signed_in'],
  ['GET /evaluations/rounds/:id', 'signed_in'],
  ['POST /evaluations/rounds/:id/responses', 'signed_in'],
  ['* /evaluations/*', 'staff'],
  // Residents find activities, sign up, check in and out with the organiser's code, see their hours, their
  // passbook and the rewards, and redeem; party members see what they serve. Teams, rosters and ledgers are staff's.
  ['GET /volunteers/activities', 'signed_in'],
  ['GET /volunteers/activities/:id', 'signed_in'],
  ['POST /volunteers/activities/:id/signups', 'signed_in'],
  ['POST /volunteers/activities/:id/withdraw', 'signed_in'],
  ['POST /volunteers/check', 'signed_in'],
  ['GET /volunteers/me', 'signed_in'],
  ['GET /volunteers/party-service', 'signed_in'],
  ['* /volunteers/*', 'staff'],
  ['GET /points/me', 'signed_in'],
  ['GET /points/rewards', 'signed_in'],
  ['POST /points/rewards/:id/redeem', 'signed_in'],
  ['* /points/*', 'staff'],
  // A party to a dispute follows their own cases; residents see the self-organisations near their homes.
  ['GET /mediation/mine', 'signed_in'],
  ['* /mediation/*', 'staff'],
  ['GET /self-orgs/near', 'signed_in'],
  ['* /self-orgs', 'staff'],
  ['* /self-orgs/*', 'staff'],
  // Residents find their stations, rooms and services, book a room and cancel their own bookings; staff run them.
  ['GET /venues/stations', 'signed_in'],
  ['GET /venues/stations/:id', 'signed_in'],
  ['GET /venues/rooms', 'signed_in'],
  ['GET /venues/rooms/:id', 'signed_in'],
  ['GET /venues/rooms/:id/schedule', 'signed_in'],
  ['GET /venues/my-bookings', 'signed_in'],
  ['POST /venues/bookings', 'signed_in'],
  ['GET /venues/bookings/:id', 'signed_in'],
  ['POST /venues/bookings/:id/cancel', 'signed_in'],
  ['GET /venues/services', 'signed_in'],
  ['GET /venues/services/:id', 'signed_in'],
  ['* /venues/*', 'staff'],
  // Owners follow their unit's retrofit, consent for an occupied house; staff run it (its vote and notice as above).
  ['GET /elevator-installations', 'signed_in'],
  ['GET /elevator-installations/:id', 'signed_in'],
  ['POST /elevator-installations/:id/consents', 'signed_in'],
  ['* /elevator-installations', 'staff'],
  ['* /elevator-installations/*', 'staff'],
  // Residents read conventions and sign them; staff draft them, put them to the vote and read the coverage.
  ['GET /conventions', 'signed_in'],
  ['GET /conventions/:id', 'signed_in'],
  ['POST /conventions/:id/signatures', 'signed_in'],
  ['* /conventions', 'staff'],
  ['* /conventions/*', 'staff'],
  // Residents raise needs, follow their compound's approved projects and their ledgers, contribute and keep the
  // receipt, and see the acceptance photos; partner units, resources and running a project are staff's.
  ['GET /projects', 'signed_in'],
  ['GET /projects/needs', 'signed_in'],
  ['POST /projects/needs', 'signed_in'],
  ['GET /projects/:id', 'signed_in'],
  ['GET /projects/:id/entries', 'signed_in'],
  ['POST /projects/:id/contributions', 'signed_in'],
  ['GET /projects/:id/photos/:photoId', 'signed_in'],
  ['* /projects', 'staff'],
  ['* /projects/*', 'staff'],
  ['* /partners', 'staff'],
  ['* /partners/*', 'staff'],
  // Patrols are walked by grid workers and building leaders and planned by community and street staff.
  ['* /patrols', 'staff'],
  ['* /patrols/*', 'staff'],
];

const API_PREFIX = '/api/v1';

function matches(pattern: string, method: string, path: string): boolean {
  const [m, p] = pattern.split(' ') as [string, string];
  // Fastify answers HEAD with the GET route's handler, so it has the GET route's policy.
  if (m !== '*' && m !== (method === 'HEAD' ? 'GET' : method)) return false;
  return p.endsWith('/*') ? path.startsWith(p.slice(0, -1)) : path === p;
}

/** The policy listed for a route (its URL as registered, with `:params`), or `undefined` if none is. */
export function listedAudience(method: string, url: string): Audience | undefined {
  const path = url.startsWith(API_PREFIX) ? url.slice(API_PREFIX.length) : url;
  return POLICIES.find(([pattern]) => matches(pattern, method, path))?.[1];
}

/**
 * Stamps every `/api/v1` route with its audience when it is registered and refuses a resident on a staff route
 * with 403 before the body is even validated, so a missing check deeper down cannot expose a staff route.
 */
export function installRouteAccess(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(`${API_PREFIX}/`) || route.config?.public) return;
    const method = Array.isArray(route.method) ? route.method[0] : route.method;
    route.config = { ...route.config, audience: listedAudience(String(method), route.url) ?? 'staff' };
  });
  app.addHook('preValidation', async (req) => {
    if (req.routeOptions.config.audience !== 'staff') return;
    if (!isStaff(callerOf(req).grants)) throw forbidden('this is for community and street staff');
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set for every `/api/v1` route from the table above. */
    audience?: Audience;
  }
}
