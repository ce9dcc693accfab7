import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactUrl } from './log';

describe('redactUrl', () => {
  it('hides ID and phone numbers in query strings', () => {
    expect(redactUrl('/api/v1/registry/people?idNumber=11010519491231002X&limit=5')).toBe(
      '/api/v1/registry/people?idNumber=***&limit=5',
    );
    expect(redactUrl('/api/v1/registry/people?phone=13812345678')).toBe('/api/v1/registry/people?phone=***');
    expect(redactUrl('/api/v1/org/nodes/3')).toBe('/api/v1/org/nodes/3');
  });
  it('never lets a phone-like value through', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), fc.constantFrom('idNumber', 'phone'), (value, key) => {
        return !redactUrl(`/x?a=1&${key}=${value}`).includes(value);
      }),
    );
  });
});
