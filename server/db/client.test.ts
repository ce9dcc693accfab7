import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneDatabase, type TestDatabase } from '../../test/db';
import { connect } from './client';

let t: TestDatabase;
beforeAll(async () => {
  t = await cloneDatabase(true);
});
afterAll(() => t.drop());

describe('connect', () => {
  it('opens sessions without JIT, unless DATABASE_URL says otherwise', async () => {
    const { rows } = await t.pool.query<{ jit: string }>('show jit');
    expect(rows[0]!.jit).toBe('off');
    const own = connect(`${t.url}${t.url.includes('?') ? '&' : '?'}options=${encodeURIComponent('-c jit=on')}`, 1);
    try {
      const r = await own.pool.query<{ jit: string }>('show jit');
      expect(r.rows[0]!.jit).toBe('on');
    } finally {
      await own.close();
    }
  });
});
