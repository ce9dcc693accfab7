import { isWithin } from '../../../domain/auth/policy';
import { AppError, invalid } from '../../http/errors';
import type { Caller } from '../auth/caller';
import type { AuthService } from '../auth/service';
import { locate, reportingScope } from '../events/locate';
import type { EventsModule } from '../events/module';
import { placeRefs } from '../events/presenter';
import { findEvent, type EventRow } from '../events/repository';
import type { ReportBody } from '../events/schema';
import {
  noticeOf,
  requestOf,
  serviceOf,
  type GeoCreated,
  type GeoRequest,
  type GeoService,
} from './presenter';
import * as repo from './repository';
import type { CreateBody, ListQuery } from './schema';

/** GeoReport: "may not span more than 90 days"; without dates, the most recent 90 days. */
const WINDOW_MS = 90 * 86_400_000;
/** GeoReport's cap on one answer. */
export const MAX_REQUESTS = 1000;
/** When this document last changed (GeoReport discovery's `changeset`). */
const CHANGESET = '2026-11-22T00:00:00Z';

const notFoundAs = (field: string) => new AppError('not_found', `${field} was not found`);

export interface Open311Deps {
  auth: AuthService;
  events: EventsModule;
}

/**
 * Open311 GeoReport v2 over the events module: services are the rules book's categories, service requests are
 * events, and every read goes through the events module's visibility clause for the token's caller.
 */
export function open311Service({ auth, events: mod }: Open311Deps) {
  const { db, events, rules } = mod;

  /** A street by its code; with a caller, it must be the caller's street (or lie under the caller's district). */
  async function jurisdiction(caller: Caller | null, code: string | undefined) {
    if (code === undefined) return null;
    const street = await repo.streetByCode(db, code);
    if (!street) throw notFoundAs('jurisdiction_id');
    if (caller && !caller.grants.some((g) => isWithin(street.path, g.path) || isWithin(g.path, street.path)))
      throw invalid([
        { path: 'jurisdiction_id', message: `${code} is not the jurisdiction of this api_key` },
      ]);
    return street;
  }

  async function present(rows: EventRow[]): Promise<GeoRequest[]> {
    const [categories, refs, notes] = await Promise.all([
      rules.allCategories(),
      placeRefs(db, rows),
      repo.lastNotes(db, rows),
    ]);
    const now = new Date();
    return rows.map((e) => requestOf(e, categories.get(e.categoryCode), refs, notes.get(e.id), now));
  }

  function window(start: Date | undefined, end: Date | undefined, now: Date) {
    const to = end ?? (start ? new Date(start.getTime() + WINDOW_MS) : now);
    const from = start ?? new Date(to.getTime() - WINDOW_MS);
    if (from > to) throw invalid([{ path: 'end_date', message: 'end_date is before start_date' }]);
    if (to.getTime() - from.getTime() > WINDOW_MS)
      throw invalid([
        { path: 'start_date', message: 'start_date and end_date may not span more than 90 days' },
      ]);
    return { from, to };
  }

  return {
    /** The token's caller, through the same check as a bearer token on /api/v1; GeoReport answers 403 without. */
    async authenticate(apiKey: unknown, ip: string): Promise<Caller> {
      if (typeof apiKey !== 'string' || apiKey.trim() === '')
        throw new AppError('forbidden', 'api_key was not provided');
      try {
        return await auth.fromApiToken(apiKey.trim(), ip);
      } catch (err) {
        if (err instanceof AppError && err.code === 'unauthenticated')
          throw new AppError('forbidden', 'api_key is not valid');
        throw err;
      }
    },

    discovery(endpointUrl: string) {
      return {
        changeset: CHANGESET,
        contact: 'Linli 邻里 — 请联系所在街道办事处',
        key_service:
          'api_key: an API token of an integration account, issued by the street (POST /api/v1/auth/tokens)',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: endpointUrl,
            changeset: CHANGESET,
            type: 'production',
            formats: ['application/json', 'text/xml'],
          },
        ],
      };
    },

    async services(jurisdictionId: string | undefined): Promise<GeoService[]> {
      await jurisdiction(null, jurisdictionId);
      return (await events.categories()).map(serviceOf);
    },

    async definition(code: string, jurisdictionId: string | undefined) {
      await jurisdiction(null, jurisdictionId);
      const category = (await rules.allCategories()).get(code);
      if (!category) throw notFoundAs('service_code');
      return { service_code: category.code, attributes: [] as never[] };
    },

    /**
     * POST requests: one event through the events module's intake, reported by the token's caller on the `open311`
     * channel. The submitter's email, name and phone never reach this far (schema.ts drops them).
     */
    async create(caller: Caller, b: CreateBody): Promise<GeoCreated[]> {
      if (!(await rules.allCategories()).has(b.service_code)) throw notFoundAs('service_code');
      const street = await jurisdiction(caller, b.jurisdiction_id);
      const body: ReportBody = {
        categoryCode: b.service_code,
        description: b.description,
        lat: b.lat,
        lng: b.long,
        address: b.address_string,
      };
      if (street) {
        // A token reaching several streets (a district's) says which one it means: the place must lie in it.
        const where = await locate(db, reportingScope(caller), body);
        if (where.location.street.id !== street.id)
          throw invalid([
            { path: 'jurisdiction_id', message: 'the place reported lies outside this jurisdiction' },
          ]);
      }
      const { event } = await events.report(caller, body, 'open311');
      return [{ service_request_id: String(event.id), service_notice: noticeOf(event), account_id: null }];
    },

    async list(caller: Caller, q: ListQuery): Promise<GeoRequest[]> {
      const street = await jurisdiction(caller, q.jurisdiction_id);
      const base = { visible: await events.visible(caller), under: street?.path, limit: MAX_REQUESTS };
      const rows = await repo.findRequests(
        db,
        q.service_request_id
          ? { ...base, ids: q.service_request_id }
          : {
              ...base,
              codes: q.service_code,
              status: q.status?.length === 1 ? q.status[0] : undefined,
              ...window(q.start_date, q.end_date, new Date()),
            },
      );
      return present(rows);
    },

    async get(caller: Caller, id: number, jurisdictionId: string | undefined): Promise<GeoRequest[]> {
      const street = await jurisdiction(caller, jurisdictionId);
      const e = await findEvent(db, await events.visible(caller), id);
      if (!e || (street && !isWithin(e.placePath, street.path))) throw notFoundAs('service_request_id');
      return present([e]);
    },
  };
}

export type Open311Service = ReturnType<typeof open311Service>;
