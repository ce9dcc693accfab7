/**
 * The background tile layer: none by default, so maps work offline and nothing leaves the intranet; a deployment
 * may name a provider's URL template and say whether it draws in GCJ-02 (高德, 腾讯 and other Chinese providers do).
 */
export type TileDatum = 'wgs84' | 'gcj02';

export interface TileLayer {
  url: string;
  datum: TileDatum;
  attribution: string;
  /** Leaflet's `{s}` placeholder cycles through these hosts. */
  subdomains: string;
}

/** A template must be http(s) and hold the {z}, {x} and {y} placeholders; the reason otherwise. */
export function checkTileUrl(url: string): string | null {
  if (!/^https?:\/\//.test(url)) return 'must start with http:// or https://';
  for (const p of ['{z}', '{x}', '{y}']) if (!url.includes(p)) return `must contain ${p}`;
  return null;
}

/**
 * The origin to allow in the Content-Security-Policy's img-src: scheme and host, with a `{s}` subdomain
 * placeholder widened to a wildcard (`https://webrd0{s}.is.autonavi.com` → `https://*.is.autonavi.com`).
 */
export function tileOrigin(url: string): string {
  const m = /^(https?:\/\/)([^/?#]+)/.exec(url);
  if (!m) throw new Error(`not a tile URL: ${url}`);
  const host = m[2]!;
  if (!host.includes('{')) return `${m[1]}${host}`;
  const labels = host.split('.');
  const first = labels.findIndex((l) => l.includes('{'));
  return `${m[1]}*.${labels.slice(first + 1).join('.')}`;
}
