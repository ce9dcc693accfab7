import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import Ajv, { type ValidateFunction } from 'ajv';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/db';
import { as, login } from '../../../test/session';
import { redactUrl } from '../../http/log';
import { systemCaller } from '../auth/caller';
import { sha256 } from '../auth/secrets';
import { OPEN311_DEMO, seedOpen311Demo } from './demo';

const t = useTestApp();
let base = '';
let lianhuaCode = '';
let lianhuaId = 0;
let otherStreetCode = '';
let otherKey = '';
const KEY = OPEN311_DEMO.secret;
const YIFENGYUAN = { lat: '22.5536', long: '114.0482' };
const YIFENGYUAN_COMPANY = '深圳市怡枫物业管理有限公司';

/**
 * The community's JSON Schemas (shared/open311/georeport-v2, copied verbatim beside this file). They carry no
 * `$schema`, so Ajv reads them as draft-07. Their two formats are checked by the two small functions below rather
 * than by ajv-formats: `date-time` is RFC 3339 with its time zone (what GeoReport demands), `uri` whatever the
 * WHATWG URL parser accepts as absolute.
 */
const ajv = new Ajv({ allErrors: true, strictTypes: false });
ajv.addFormat(
  'date-time',
  (v: string) =>
    /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v) &&
    !Number.isNaN(Date.parse(v)),
);
ajv.addFormat('uri', (v: string) => URL.canParse(v));
const schema = (name: string): ValidateFunction =>
  ajv.compile(
    JSON.parse(readFileSync(new URL(`./georeport-v2/${name}.json`, import.meta.url), 'utf8')) as object,
  );
const validate = {
  service: schema('service'),
  definition: schema('service-definition'),
  request: schema('request'),
};

function expectValid(check: ValidateFunction, value: unknown) {
  const ok = check(value);
  expect(ok, JSON.stringify(check.errors)).toBe(true);
}
function expectEach(check: ValidateFunction, value: unknown) {
  expect(Array.isArray(value)).toBe(true);
  for (const item of value as unknown[]) expectValid(check, item);
}
/** GeoReport's error answer: `[{code, description}]`, the code being the HTTP status. */
function expectErrors(status: number, body: unknown, expected: number) {
  expect(status).toBe(expected);
  expect(Array.isArray(body)).toBe(true);
  expect((body as unknown[]).length).toBeGreaterThan(0);
  for (const e of body as { code: unknown; description: unknown }[]) {
    expect(e.code).toBe(expected);
    expect(typeof e.description).toBe('string');
  }
}

const get = async (path: string, params: Record<string, string> = {}) => {
  const qs = new URLSearchParams(params).toString();
  const res = await fetch(`${base}/${path}${qs ? `?${qs}` : ''}`);
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    cache: res.headers.get('cache-control'),
    text,
    json: () => JSON.parse(text) as unknown,
  };
};
const post = async (path: string, form: Record<string, string>) => {
  const res = await fetch(`${base}/${path}`, { method: 'POST', body: new URLSearchParams(form) });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text,
    json: () => JSON.parse(text) as unknown,
  };
};
const report = (extra: Record<string, string> = {}) =>
  post('requests.json', {
    api_key: KEY,
    service_code: 'facility.light',
    description: '怡枫园大门口路灯不亮',
    ...YIFENGYUAN,
    ...extra,
  });

beforeAll(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/open311/v2`;
  const [street] = (
    await t.database.db.execute<{ id: number; code: string }>(
      sql`select id, code from org_node where name = '莲花街道'`,
    )
  ).rows;
  lianhuaCode = street!.code;
  lianhuaId = Number(street!.id);

  // A second street with its own integration: its token must not see 莲花街道's requests.
  const admin = await login(t.app, 'admin');
  const [district] = (
    await t.database.db.execute<{ id: number }>(sql`select id from org_node where kind = 'district'`)
  ).rows;
  const created = await as(
    t.app,
    admin,
  )({
    method: 'POST',
    url: '/api/v1/org/nodes',
    payload: { parentId: Number(district!.id), kind: 'street', name: '华富街道' },
  });
  expect(created.statusCode, created.body).toBe(201);
  otherStreetCode = created.json().code;
  const account = await as(
    t.app,
    admin,
  )({
    method: 'POST',
    url: '/api/v1/accounts',
    payload: {
      username: 'huafu.open311',
      displayName: '华富街道 接入',
      password: 'Huafu-Open311-2026',
      roles: [{ role: 'department_staff', nodeId: created.json().id }],
    },
  });
  expect(account.statusCode, account.body).toBe(201);
  const huafu = await login(t.app, 'huafu.open311', 'Huafu-Open311-2026');
  const token = await as(
    t.app,
    huafu,
  )({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: 'Open311' } });
  expect(token.statusCode, token.body).toBe(201);
  otherKey = token.json().token;
});

describe('demo seed', () => {
  it('has created the integration account and the published token once; a second seed does nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.database.db.execute<{ n: number }>(
            sql`select count(*)::int as n from api_token where token_hash = ${sha256(KEY)}`,
          )
        ).rows[0]?.n,
      );
    expect(await count()).toBe(1);
    expect(await seedOpen311Demo(t.database.db, await systemCaller(t.database.db, 'seed'), lianhuaId)).toBe(
      false,
    );
    expect(await count()).toBe(1);
    const grants = await t.database.db.execute<{ role: string; node_id: number }>(
      sql`select g.role, g.node_id from role_grant g join account a on a.id = g.account_id where a.username = ${OPEN311_DEMO.username}`,
    );
    expect(grants.rows.map((g) => [g.role, Number(g.node_id)])).toEqual([['department_staff', lianhuaId]]);
  });

  it('never logs the api_key of a query string', () => {
    expect(redactUrl(`/open311/v2/requests.json?api_key=${KEY}&status=open`)).toBe(
      '/open311/v2/requests.json?api_key=***&status=open',
    );
  });
});

describe('discovery and services (public)', () => {
  it('describes the endpoint in JSON and XML', async () => {
    const json = await get('discovery.json');
    expect(json.status).toBe(200);
    expect(json.type).toContain('application/json');
    expect(json.json()).toMatchObject({
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: base,
          type: 'production',
          formats: ['application/json', 'text/xml'],
        },
      ],
    });
    const xml = await get('discovery.xml');
    expect(xml.status).toBe(200);
    expect(xml.type).toBe('text/xml; charset=utf-8');
    expect(xml.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<discovery>/);
    expect(xml.text).toContain(
      '<formats><format>application/json</format><format>text/xml</format></formats>',
    );
  });

  it('lists the categories of the rules book as services', async () => {
    const res = await get('services.json');
    expect(res.status).toBe(200);
    expect(res.cache).toBe('public, max-age=300');
    const services = res.json() as { service_code: string }[];
    expectEach(validate.service, services);
    expect(services.find((x) => x.service_code === 'facility.light')).toEqual({
      service_code: 'facility.light',
      service_name: '照明损坏',
      description: '处理时限 48 小时',
      metadata: false,
      type: 'realtime',
      keywords: '照明損壞, Broken light',
      group: 'facility.light',
    });
    expect(services.find((x) => x.service_code === 'facility.elevator.trapped')).toMatchObject({
      group: 'facility.elevator',
    });

    const xml = await get('services.xml');
    expect(xml.type).toBe('text/xml; charset=utf-8');
    expect(xml.text).toContain('<services><service><service_code>');
    expect(xml.text).toContain(
      '<service_code>facility.light</service_code><service_name>照明损坏</service_name>',
    );
    expect(xml.text).toContain('<metadata>false</metadata><type>realtime</type>');
  });

  it('defines a service (no attributes) and answers 404 for an unknown one', async () => {
    const res = await get('services/facility.light.json');
    expect(res.status).toBe(200);
    expectValid(validate.definition, res.json());
    expect(res.json()).toEqual({ service_code: 'facility.light', attributes: [] });
    const xml = await get('services/facility.light.xml');
    expect(xml.text).toContain(
      '<service_definition><service_code>facility.light</service_code><attributes/></service_definition>',
    );

    const missing = await get('services/no.such.thing.json');
    expectErrors(missing.status, missing.json(), 404);
    const missingXml = await get('services/no.such.thing.xml');
    expect(missingXml.status).toBe(404);
    expect(missingXml.text).toContain(
      '<errors><error><code>404</code><description>service_code was not found</description></error></errors>',
    );
    const badFormat = await get('services/facility.light.csv');
    expectErrors(badFormat.status, badFormat.json(), 404);
    const unknownJurisdiction = await get('services.json', { jurisdiction_id: 'nowhere' });
    expectErrors(unknownJurisdiction.status, unknownJurisdiction.json(), 404);
    const unknownRoute = await get('nothing.json');
    expectErrors(unknownRoute.status, unknownRoute.json(), 404);
  });
});

describe('a service request, round trip over HTTP', () => {
  let id = '';

  it('is reported with the demo token, form-encoded, without keeping the submitter’s personal data', async () => {
    const res = await report({
      jurisdiction_id: lianhuaCode,
      email: 'someone@example.com',
      first_name: '小明',
      last_name: '王',
      phone: '13812345678',
      media_url: 'https://example.com/lamp.jpg',
      device_id: 'device-1',
      'attribute[x]': 'y',
    });
    expect(res.status, res.text).toBe(201);
    expect(res.type).toBe('application/json; charset=utf-8');
    const body = res.json() as { service_request_id: string; service_notice: string; account_id: null }[];
    expect(body).toHaveLength(1);
    expect(body[0]!.service_request_id).toMatch(/^\d+$/);
    expect(body[0]!.service_notice).toContain(YIFENGYUAN_COMPANY);
    expect(body[0]!.account_id).toBeNull();
    id = body[0]!.service_request_id;

    const [row] = (
      await t.database.db.execute<{ channel: string; reporter_name: string; status: string }>(
        sql`select channel, reporter_name, status from event where id = ${Number(id)}`,
      )
    ).rows;
    expect(row).toEqual({
      channel: 'open311',
      reporter_name: OPEN311_DEMO.displayName,
      status: 'dispatched',
    });
    for (const table of ['event', 'event_log', 'audit_log', 'inbox_item']) {
      const hits = await t.database.db.execute(
        sql`select 1 from ${sql.identifier(table)} x where x::text like '%someone@example.com%' or x::text like '%13812345678%' or x::text like '%小明%'`,
      );
      expect(hits.rows, table).toEqual([]);
    }
  });

  it('reads back as open, with the property company of 怡枫园 responsible', async () => {
    const one = await get(`requests/${id}.json`, { api_key: KEY });
    expect(one.status, one.text).toBe(200);
    expect(one.cache).toBe('no-store');
    const [request] = one.json() as Record<string, unknown>[];
    expectEach(validate.request, one.json());
    expect(request).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'facility.light',
      service_name: '照明损坏',
      description: '怡枫园大门口路灯不亮',
      agency_responsible: YIFENGYUAN_COMPANY,
      address: '怡枫园',
      lat: 22.5536,
      long: 114.0482,
    });
    expect(
      Date.parse(request!['expected_datetime'] as string) -
        Date.parse(request!['requested_datetime'] as string),
    ).toBeGreaterThan(47 * 3_600_000);
    expect(request!['updated_datetime']).toEqual(expect.any(String));

    const listed = await get('requests.json', { api_key: KEY, service_request_id: `${id},999999999` });
    expect(listed.status).toBe(200);
    expectEach(validate.request, listed.json());
    expect(listed.json()).toEqual(one.json());

    const xml = await get(`requests/${id}.xml`, { api_key: KEY });
    expect(xml.type).toBe('text/xml; charset=utf-8');
    expect(xml.text).toContain(
      `<service_requests><request><service_request_id>${id}</service_request_id><status>open</status>`,
    );
    expect(xml.text).toContain(`<agency_responsible>${YIFENGYUAN_COMPANY}</agency_responsible>`);
  });

  it('is found by the list filters of GeoReport', async () => {
    const ids = async (params: Record<string, string>) => {
      const res = await get('requests.json', { api_key: KEY, ...params });
      expect(res.status, res.text).toBe(200);
      expectEach(validate.request, res.json());
      return (res.json() as { service_request_id: string }[]).map((r) => r.service_request_id);
    };
    expect(await ids({})).toContain(id);
    expect(await ids({ status: 'open' })).toContain(id);
    expect(await ids({ status: 'closed' })).not.toContain(id);
    expect(await ids({ status: 'open,closed' })).toContain(id);
    expect(await ids({ service_code: 'facility.light,sanitation' })).toContain(id);
    expect(await ids({ service_code: 'sanitation' })).not.toContain(id);
    expect(await ids({ jurisdiction_id: lianhuaCode })).toContain(id);
    const now = Date.now();
    expect(
      await ids({
        start_date: new Date(now - 3_600_000).toISOString(),
        end_date: new Date(now + 3_600_000).toISOString(),
      }),
    ).toContain(id);
    expect(
      await ids({ start_date: '2026-01-01T00:00:00+08:00', end_date: '2026-01-31T00:00:00+08:00' }),
    ).not.toContain(id);
  });

  it('closes with the last note of its timeline as status_notes', async () => {
    const act = async (who: string, action: string, payload: object = {}) => {
      const res = await as(
        t.app,
        await login(t.app, who),
      )({ method: 'POST', url: `/api/v1/events/${id}/actions/${action}`, payload });
      expect(res.statusCode, res.body).toBe(200);
    };
    await act('yifengyuan.property', 'start');
    await act('yifengyuan.property', 'handle', { note: '已更换灯泡' });
    const handled = await get(`requests/${id}.json`, { api_key: KEY });
    expect(handled.json()).toMatchObject([{ status: 'open', status_notes: '已更换灯泡' }]);
    await act('jinghua.grid1', 'verify');
    const closed = await get('requests.json', { api_key: KEY, status: 'closed' });
    expectEach(validate.request, closed.json());
    const [request] = (closed.json() as Record<string, unknown>[]).filter(
      (r) => r['service_request_id'] === id,
    );
    expect(request).toMatchObject({
      status: 'closed',
      status_notes: '已更换灯泡',
      agency_responsible: YIFENGYUAN_COMPANY,
    });
    const [row] = (
      await t.database.db.execute<{ closed_at: string }>(
        sql`select closed_at from event where id = ${Number(id)}`,
      )
    ).rows;
    expect(Date.parse(request!['updated_datetime'] as string)).toBe(new Date(row!.closed_at).getTime());
  });

  it('takes an address instead of coordinates', async () => {
    const res = await post('requests.xml', {
      api_key: KEY,
      service_code: 'sanitation.garbage',
      description: '垃圾没有清运 <臭> & 脏',
      address_string: '福田区景田北路怡枫园 3栋旁',
    });
    expect(res.status, res.text).toBe(201);
    expect(res.type).toBe('text/xml; charset=utf-8');
    const created = /<service_request_id>(\d+)<\/service_request_id>/.exec(res.text)?.[1];
    const xml = await get(`requests/${created}.xml`, { api_key: KEY });
    expect(xml.text).toContain('<description>垃圾没有清运 &lt;臭&gt; &amp; 脏</description>');
    const back = await get(`requests/${created}.json`, { api_key: KEY });
    expectEach(validate.request, back.json());
    expect(back.json()).toMatchObject([
      {
        address: '福田区景田北路怡枫园 3栋旁',
        lat: null,
        long: null,
        agency_responsible: YIFENGYUAN_COMPANY,
      },
    ]);
  });

  it('stays invisible to the token of another street', async () => {
    const one = await get(`requests/${id}.json`, { api_key: otherKey });
    expectErrors(one.status, one.json(), 404);
    const listed = await get('requests.json', { api_key: otherKey, service_request_id: id });
    expect(listed.status).toBe(200);
    expect(listed.json()).toEqual([]);
    const all = await get('requests.json', { api_key: otherKey });
    expect((all.json() as { service_request_id: string }[]).map((r) => r.service_request_id)).not.toContain(
      id,
    );
    // Nor can it report into 莲花街道.
    const here = await report({ api_key: otherKey });
    expectErrors(here.status, here.json(), 400);
    const claimed = await report({ api_key: otherKey, jurisdiction_id: lianhuaCode });
    expectErrors(claimed.status, claimed.json(), 400);
  });
});

describe('errors', () => {
  it('403 without or with a wrong api_key', async () => {
    const none = await report({ api_key: '' });
    expectErrors(none.status, none.json(), 403);
    expect(none.json()).toEqual([{ code: 403, description: 'api_key was not provided' }]);
    const wrong = await report({ api_key: 'linli_not-a-token' });
    expectErrors(wrong.status, wrong.json(), 403);
    const read = await get('requests.json');
    expectErrors(read.status, read.json(), 403);
    const readOne = await get('requests/1.json', { api_key: 'nope' });
    expectErrors(readOne.status, readOne.json(), 403);
    const xml = await post('requests.xml', { service_code: 'facility.light' });
    expect(xml.status).toBe(403);
    expect(xml.text).toContain(
      '<errors><error><code>403</code><description>api_key was not provided</description></error></errors>',
    );
  });

  it('every route but discovery and services needs the api_key', async () => {
    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/open311/v2/') && r.method !== 'HEAD');
    expect(
      routes
        .filter((r) => r.config?.public)
        .map((r) => r.url)
        .sort(),
    ).toEqual([
      '/open311/v2/discovery.json',
      '/open311/v2/discovery.xml',
      '/open311/v2/services.json',
      '/open311/v2/services.xml',
      '/open311/v2/services/:file',
    ]);
    for (const r of routes.filter((x) => !x.config?.public)) {
      const url = r.url.replace(':file', '1.json');
      const path = url.replace('/open311/v2/', '');
      const res = r.method === 'POST' ? await post(path, {}) : await get(path);
      if (path.endsWith('.xml')) {
        expect(res.status, url).toBe(403);
        expect(res.text).toContain('<errors><error><code>403</code>');
      } else expectErrors(res.status, res.json(), 403);
    }
  });

  it('404 for an unknown service_code or request', async () => {
    const service = await report({ service_code: 'no.such.service' });
    expectErrors(service.status, service.json(), 404);
    expect(service.json()).toEqual([{ code: 404, description: 'service_code was not found' }]);
    const request = await get('requests/999999999.json', { api_key: KEY });
    expectErrors(request.status, request.json(), 404);
    const notAnId = await get('requests/abc.json', { api_key: KEY });
    expectErrors(notAnId.status, notAnId.json(), 404);
    const jurisdiction = await report({ jurisdiction_id: '999999999' });
    expectErrors(jurisdiction.status, jurisdiction.json(), 404);
  });

  it('400 for a bad or missing field, a place outside the token’s street, or another jurisdiction', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ lat: '', long: '' }, /^lat: a location was not provided/],
      [{ lat: '22.5536', long: '' }, /^long: lat and long go together/],
      [{ lat: 'north', long: '114' }, /^lat: /],
      [{ lat: '95', long: '114' }, /^lat: /],
      [{ service_code: '' }, /^service_code was not provided/],
      [{ description: '   ' }, /^description was not provided/],
      [{ description: '灯'.repeat(2001) }, /^description: /],
      [{ lat: '39.9', long: '116.4' }, /^lat: no compound of yours lies near this point/],
      [
        { lat: '', long: '', address_string: '北京市东城区' },
        /^address_string: no compound of yours matches this address/,
      ],
      [{ lat: '', long: '', address_id: '12345' }, /^lat: address_id is not supported/],
      [{ jurisdiction_id: otherStreetCode }, /^jurisdiction_id: /],
    ];
    for (const [fields, description] of cases) {
      const res = await report(fields);
      expectErrors(res.status, res.json(), 400);
      expect((res.json() as { description: string }[])[0]!.description, JSON.stringify(fields)).toMatch(
        description,
      );
    }
    const reads: Record<string, string>[] = [
      { start_date: 'yesterday' },
      { start_date: '2026-01-01T00:00:00' },
      { start_date: '2026-01-01T00:00:00Z', end_date: '2026-06-01T00:00:00Z' },
      { start_date: '2026-02-01T00:00:00Z', end_date: '2026-01-01T00:00:00Z' },
      { status: 'pending' },
      { service_request_id: '1,x' },
      { jurisdiction_id: otherStreetCode },
    ];
    for (const params of reads) {
      const res = await get('requests.json', { api_key: KEY, ...params });
      expect(res.status, JSON.stringify(params)).toBe(400);
      expectErrors(res.status, res.json(), 400);
    }
  });

  it('answers a JSON or multipart body in its own format, never a 500', async () => {
    const json = await fetch(`${base}/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ api_key: KEY, service_code: 'facility.light' }),
    });
    expectErrors(json.status, await json.json(), 400);
    const form = new FormData();
    form.set('api_key', KEY);
    const multipart = await fetch(`${base}/requests.json`, { method: 'POST', body: form });
    expectErrors(multipart.status, await multipart.json(), 400);
    const big = await report({ description: 'x'.repeat(100_000) });
    expectErrors(big.status, big.json(), 413);
    // The rest of the app stays JSON-only.
    const elsewhere = await fetch(`${base.replace('/open311/v2', '')}/api/v1/auth/login`, {
      method: 'POST',
      body: new URLSearchParams({ username: 'admin', password: 'x' }),
    });
    expect(elsewhere.status).toBe(415);
  });
});
