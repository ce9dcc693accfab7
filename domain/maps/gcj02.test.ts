import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, outOfChina, wgs84ToGcj02, type LngLat } from './gcj02';

// The reference vectors every eviltransform port tests against: [WGS-84, GCJ-02], longitude first.
const REFERENCE: [string, LngLat, LngLat][] = [
  ['Shanghai', [121.5272106, 31.1774276], [121.531541859215, 31.17530398364597]],
  ['Shenzhen', [113.912316, 22.543847], [113.9171764808363, 22.540796131694766]],
  ['Beijing', [116.377817, 39.911954], [116.38404722455657, 39.91334545536069]],
];

const china = fc.tuple(
  fc.double({ min: 73, max: 135, noNaN: true }),
  fc.double({ min: 18, max: 53, noNaN: true }),
);

describe('WGS-84 to GCJ-02', () => {
  it.each(REFERENCE)('matches the published reference point for %s', (_, wgs, gcj) => {
    const [lng, lat] = wgs84ToGcj02(wgs);
    expect(lng).toBeCloseTo(gcj[0], 9);
    expect(lat).toBeCloseTo(gcj[1], 9);
  });

  it.each([
    ['London', [-0.1276, 51.5072]],
    ['Tokyo', [139.6917, 35.6895]],
    ['Singapore seen from the south', [103.8198, 0.5]],
    ['Sydney', [151.2093, -33.8688]],
  ] as [string, LngLat][])('leaves %s as it is (outside China)', (_, p) => {
    expect(outOfChina(p)).toBe(true);
    expect(wgs84ToGcj02(p)).toEqual([p[0], p[1]]);
    expect(gcj02ToWgs84(p)).toEqual([p[0], p[1]]);
  });

  it('shifts a point in Shenzhen by a few hundred metres, north-east-ish as the providers do', () => {
    const wgs: LngLat = [114.0501, 22.5551];
    const [lng, lat] = wgs84ToGcj02(wgs);
    expect(lng - wgs[0]).toBeGreaterThan(0.004);
    expect(lng - wgs[0]).toBeLessThan(0.006);
    expect(lat - wgs[1]).toBeLessThan(-0.002);
    expect(lat - wgs[1]).toBeGreaterThan(-0.004);
  });

  it('moves every point in China by less than 0.01 degrees', () => {
    fc.assert(
      fc.property(china, (p) => {
        const [lng, lat] = wgs84ToGcj02(p);
        expect(Math.abs(lng - p[0])).toBeLessThan(0.01);
        expect(Math.abs(lat - p[1])).toBeLessThan(0.01);
      }),
    );
  });
});

describe('GCJ-02 back to WGS-84', () => {
  it.each(REFERENCE)('recovers the WGS-84 reference point for %s to 1e-6 degrees', (_, wgs, gcj) => {
    const [lng, lat] = gcj02ToWgs84(gcj);
    expect(Math.abs(lng - wgs[0])).toBeLessThan(1e-6);
    expect(Math.abs(lat - wgs[1])).toBeLessThan(1e-6);
  });

  it('round-trips any point in China to within 1e-6 degrees', () => {
    fc.assert(
      fc.property(china, (p) => {
        const [lng, lat] = gcj02ToWgs84(wgs84ToGcj02(p));
        expect(Math.abs(lng - p[0])).toBeLessThan(1e-6);
        expect(Math.abs(lat - p[1])).toBeLessThan(1e-6);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips the other way too: a GCJ-02 point converted back and forth lands where it was', () => {
    fc.assert(
      fc.property(china, (g) => {
        const [lng, lat] = wgs84ToGcj02(gcj02ToWgs84(g));
        expect(Math.abs(lng - g[0])).toBeLessThan(1e-6);
        expect(Math.abs(lat - g[1])).toBeLessThan(1e-6);
      }),
    );
  });

  it('is the identity anywhere outside China', () => {
    const abroad = fc
      .tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }))
      .filter((p) => outOfChina(p));
    fc.assert(
      fc.property(abroad, (p) => {
        expect(gcj02ToWgs84(p)).toEqual([p[0], p[1]]);
      }),
    );
  });
});
