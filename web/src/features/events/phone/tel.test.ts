import { describe, expect, it } from 'vitest';
import { telHref } from './tel';

describe('telHref', () => {
  it('keeps the digits and a leading plus', () => {
    expect(telHref('0755-83000000')).toBe('tel:075583000000');
    expect(telHref(' +852 2345 6789 ')).toBe('tel:+85223456789');
    expect(telHref('12345 (ext. +9)')).toBe('tel:123459');
  });
});
