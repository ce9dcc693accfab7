import { describe, expect, it } from 'vitest';
import { checkTileUrl, tileOrigin } from './tiles';

describe('tile URL templates', () => {
  it('accepts an http(s) template with z, x and y', () => {
    expect(checkTileUrl('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBeNull();
    expect(checkTileUrl('http://tiles.intranet:8080/{z}/{x}/{y}.png')).toBeNull();
  });

  it('says what is missing', () => {
    expect(checkTileUrl('ftp://x/{z}/{x}/{y}')).toMatch(/http/);
    expect(checkTileUrl('https://x/{z}/{x}.png')).toBe('must contain {y}');
  });

  it('gives the origin the page must be allowed to load images from', () => {
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileOrigin('http://tiles.intranet:8080/{z}/{x}/{y}.png')).toBe('http://tiles.intranet:8080');
  });

  it('widens a {s} subdomain to a wildcard', () => {
    expect(
      tileOrigin('https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&style=8&x={x}&y={y}&z={z}'),
    ).toBe('https://*.is.autonavi.com');
    expect(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
  });
});
