import { z } from 'zod';
import { invalid } from './errors';

export const MAX_LIMIT = 200;

/** `cursor` and `limit` of every list (DESIGN.md rule 6). */
export const pageQuery = {
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** A cursor is opaque to clients; one that does not decode to the expected shape is a 400 on `cursor`. */
export function decodeCursor<T extends z.ZodType>(
  cursor: string | undefined,
  shape: T,
): z.infer<T> | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the validation error
  }
  throw invalid([{ path: 'querystring.cursor', message: 'not a cursor this list issued' }]);
}

/** Fetch `limit + 1` rows; the extra one only tells whether another page exists. */
export function page<R, T>(rows: R[], limit: number, present: (r: R) => T, position: (r: R) => unknown) {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown.at(-1);
  return {
    items: shown.map(present),
    nextCursor: more && last !== undefined ? encodeCursor(position(last)) : null,
  };
}
