import { describe, expect, it } from 'vitest';
import { nulPath } from './nul-guard';

describe('nulPath', () => {
  it('finds a NUL character at any depth and names where', () => {
    expect(nulPath({ a: 'ok', b: { c: ['x', 'y\u0000'] } }, 'body')).toBe('body.b.c.1');
    expect(nulPath('\u0000', 'querystring')).toBe('querystring');
  });
  it('passes everything else', () => {
    expect(nulPath({ a: 'ok', n: 1, z: null, l: [true, '回车\u202e'] }, 'body')).toBeNull();
    expect(nulPath(undefined, 'body')).toBeNull();
  });
});
