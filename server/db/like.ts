/** An `ilike` pattern matching `q` anywhere, its own `%`, `_` and `\` taken literally. */
export const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
