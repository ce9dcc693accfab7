import fc from 'fast-check';
import type { JsonSchema } from './sample';

/** Values that break schemas and code alike: wrong types, boundaries, and text that has broken parsers. */
const HOSTILE: readonly unknown[] = [
  null,
  '',
  ' ',
  '\u0000',
  'x'.repeat(10_001),
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\u202e回车\ud83d\ude00',
  -1,
  0,
  1.5,
  -0,
  2 ** 53,
  -(2 ** 63),
  1e308,
  true,
  [],
  [null],
  {},
  { __proto__: { polluted: true } },
];

/** Values of the schema's shape and bounds (refinements across fields aside). */
export function validArbitrary(s: JsonSchema): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternative = s.anyOf ?? s.oneOf;
  if (alternative) return fc.oneof(...alternative.map(validArbitrary));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const props = s.properties ?? {};
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, validArbitrary(v)])), {
        requiredKeys: (s.required ?? []).filter((k) => k in props),
      });
    }
    case 'array':
      if (s.prefixItems) return fc.tuple(...s.prefixItems.map(validArbitrary));
      return fc.array(validArbitrary(s.items ?? {}), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, 3),
      });
    case 'string':
      return s.format === 'date'
        ? fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
        : s.format === 'date-time'
          ? fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
          : fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) });
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1_000_000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case undefined:
    default:
      return fc.anything();
  }
}

/**
 * A value of the schema's shape with one thing wrong: a hostile value in a property (or in place of the whole),
 * a required property dropped, or an unknown one added.
 */
export function malformedArbitrary(s: JsonSchema): fc.Arbitrary<unknown> {
  const hostile = fc.constantFrom(...HOSTILE);
  const props = Object.keys(s.properties ?? {});
  const whole = fc.oneof(hostile, fc.anything());
  if (!props.length) return whole;
  return fc.oneof(
    whole,
    fc
      .tuple(validArbitrary(s), fc.constantFrom(...props), fc.oneof(hostile, fc.anything()))
      .map(([v, k, bad]) => ({ ...(v as object), [k]: bad })),
    fc
      .tuple(validArbitrary(s), fc.constantFrom(...props))
      .map(([v, k]) => Object.fromEntries(Object.entries(v as object).filter(([key]) => key !== k))),
    validArbitrary(s).map((v) => ({ ...(v as object), unexpected: 'field' })),
  );
}
