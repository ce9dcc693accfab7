import path from 'node:path';
import { z } from 'zod';
import { MIN_AUDIT_RETENTION_DAYS } from '../domain/audit/retention';
import { DEFAULT_READINGS_RETENTION_DAYS } from '../domain/devices/retention';
import { checkTileUrl, type TileLayer } from '../domain/maps/tiles';
import { DEFAULT_MOVED_OUT_RETENTION_DAYS } from '../domain/registry/retention';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './http/rate-limit';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LINLI_DATA_DIR: z.string().min(1).default('./data'),
  // An empty variable means unset, as in most shells' `VAR= command`.
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  LINLI_DATA_KEY: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LINLI_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  LINLI_TIME_ZONE: z.string().default('Asia/Shanghai'),
  LINLI_TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** 0 keeps every audit row; otherwise at least 183 (six months, MLPS level 3). */
  LINLI_AUDIT_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .refine(
      (d) => d === 0 || d >= MIN_AUDIT_RETENTION_DAYS,
      `0 (keep all) or at least ${MIN_AUDIT_RETENTION_DAYS}`,
    )
    .default(0),
  /** People who moved out of every home and own none have their details erased after this long; 0 keeps them. */
  LINLI_MOVED_OUT_RETENTION_DAYS: z.coerce.number().int().min(0).default(DEFAULT_MOVED_OUT_RETENTION_DAYS),
  /** Device readings older than this many days are deleted (daily); 0 keeps them all. */
  LINLI_DEVICE_READINGS_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .default(DEFAULT_READINGS_RETENTION_DAYS),
  /** `off` only for load measurements: the limits would measure themselves. */
  LINLI_RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  /** The MQTT broker devices publish to (`mqtt://host:1883`); unset, no consumer runs. */
  LINLI_MQTT_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  /** The consumer's client id: the broker keeps its persistent session under it (one per deployment). */
  LINLI_MQTT_CLIENT_ID: z.string().min(1).max(64).default('linli-ingest'),
  /** The map's background tiles (docs/DEPLOY.md "Map tiles"); unset, maps draw on a blank background offline. */
  LINLI_MAP_TILE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .superRefine((u, ctx) => {
        const problem = checkTileUrl(u);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
  ),
  /** `gcj02` for Chinese providers (高德, 腾讯 …), whose tiles are drawn in the offset datum. */
  LINLI_MAP_TILE_DATUM: z.enum(['wgs84', 'gcj02']).default('wgs84'),
  LINLI_MAP_TILE_ATTRIBUTION: z.string().max(300).default(''),
  LINLI_MAP_TILE_SUBDOMAINS: z.string().max(20).default('abc'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  dataKey: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sessionIdleMinutes: number;
  timeZone: string;
  trustProxy: boolean;
  rateLimits: RateLimits | null;
  auditRetentionDays: number;
  movedOutRetentionDays: number;
  readingsRetentionDays: number;
  mqttUrl: string | undefined;
  mqttClientId: string;
  mapTiles: TileLayer | null;
}

/** Reads the environment once; every variable has a default that serves the embedded demo. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.LINLI_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    dataKey: e.LINLI_DATA_KEY,
    logLevel: e.LOG_LEVEL,
    sessionIdleMinutes: e.LINLI_SESSION_IDLE_MINUTES,
    timeZone: e.LINLI_TIME_ZONE,
    trustProxy: e.LINLI_TRUST_PROXY,
    rateLimits: e.LINLI_RATE_LIMITS === 'on' ? DEFAULT_RATE_LIMITS : null,
    auditRetentionDays: e.LINLI_AUDIT_RETENTION_DAYS,
    movedOutRetentionDays: e.LINLI_MOVED_OUT_RETENTION_DAYS,
    readingsRetentionDays: e.LINLI_DEVICE_READINGS_RETENTION_DAYS,
    mqttUrl: e.LINLI_MQTT_URL,
    mqttClientId: e.LINLI_MQTT_CLIENT_ID,
    mapTiles: e.LINLI_MAP_TILE_URL
      ? {
          url: e.LINLI_MAP_TILE_URL,
          datum: e.LINLI_MAP_TILE_DATUM,
          attribution: e.LINLI_MAP_TILE_ATTRIBUTION,
          subdomains: e.LINLI_MAP_TILE_SUBDOMAINS,
        }
      : null,
  };
}
