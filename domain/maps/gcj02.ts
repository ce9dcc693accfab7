/**
 * WGS-84 ↔ GCJ-02 (the "Mars" datum Chinese tile providers draw in), by the published algorithm every open
 * implementation shares (eviltransform and its ports). Positions are GeoJSON order: [longitude, latitude].
 * Outside the rough box of mainland China the datum has no offset, so positions pass through unchanged.
 */
export type LngLat = readonly [number, number];

// Krasovsky 1940: the ellipsoid the offset is defined on.
const A = 6378245.0;
const EE = 0.006693421622965943;

export function outOfChina([lng, lat]: LngLat): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function transformLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** The offset GCJ-02 adds at a WGS-84 position, in degrees. */
function offset(p: LngLat): [number, number] {
  if (outOfChina(p)) return [0, 0];
  const [lng, lat] = p;
  const radLat = (lat / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (transformLat(lng - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (transformLng(lng - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [dLng, dLat];
}

export function wgs84ToGcj02(p: LngLat): [number, number] {
  const [dLng, dLat] = offset(p);
  return [p[0] + dLng, p[1] + dLat];
}

/** Below this both coordinates of the inverse are exact enough for a map (1e-6° is about 0.1 m). */
export const INVERSE_TOLERANCE = 1e-7;

/**
 * The algorithm has no closed inverse: guess the WGS-84 position, see where it lands in GCJ-02 and move back by the
 * miss. The offset changes slowly, so the miss shrinks by orders of magnitude each round; a few rounds suffice.
 */
export function gcj02ToWgs84(g: LngLat): [number, number] {
  let w: [number, number] = [g[0], g[1]];
  for (let i = 0; i < 30; i++) {
    const [lng, lat] = wgs84ToGcj02(w);
    const dLng = lng - g[0];
    const dLat = lat - g[1];
    w = [w[0] - dLng, w[1] - dLat];
    if (Math.abs(dLng) < INVERSE_TOLERANCE && Math.abs(dLat) < INVERSE_TOLERANCE) break;
  }
  return w;
}
