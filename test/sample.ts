import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** The subset of JSON Schema that `z.toJSONSchema` emits for our request schemas. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
}

/** A route's request schema (zod, as registered) as JSON Schema, or `null` if it has none. */
export function jsonSchemaOf(schema: unknown): JsonSchema | null {
  if (!(schema instanceof z.ZodType)) return null;
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const FORMATS: Record<string, () => string> = {
  date: () => '2026-12-01',
  'date-time': () => new Date().toISOString(),
  time: () => '09:00:00',
  uuid: () => randomUUID(),
  email: () => 'someone@example.com',
};

/** Plain values tried in turn against a pattern we cannot invert. */
const PATTERN_CANDIDATES = ['1', 'a', 'A1', '2026-12-01', '2026-12', '09:00', '110000', 'elevator'];

function sampleString(s: JsonSchema): string {
  if (s.format && FORMATS[s.format]) return FORMATS[s.format]!();
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    const hit = PATTERN_CANDIDATES.find((c) => re.test(c));
    if (hit) return hit;
  }
  return 'x'.repeat(Math.max(1, s.minLength ?? 1));
}

/**
 * The smallest value that satisfies a schema's shape: required properties only, the first enum member, the
 * lower bound of a number; with `every`, optional properties too (for a patch that must change something).
 * Refinements across fields are not known here; the caller checks the sample with zod.
 */
export function sampleValid(s: JsonSchema, every = false): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const alternative = s.anyOf ?? s.oneOf;
  if (alternative) return sampleValid(alternative.find((a) => a.type !== 'null') ?? alternative[0]!, every);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((p) => sampleValid(p, every) as object));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        (every ? Object.keys(s.properties ?? {}) : (s.required ?? [])).map(
          (k) => [k, sampleValid(s.properties?.[k] ?? {}, every)] as const,
        ),
      );
    case 'array':
      if (s.prefixItems) return s.prefixItems.map((p) => sampleValid(p, every));
      return Array.from({ length: s.minItems ?? 0 }, () => sampleValid(s.items ?? {}, every));
    case 'string':
      return sampleString(s);
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, (s.exclusiveMinimum ?? 0) + 1);
    case 'boolean':
      return true;
    case 'null':
      return null;
    case undefined:
    default:
      return {};
  }
}
