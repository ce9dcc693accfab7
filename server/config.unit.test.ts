import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('map tile settings', () => {
  it('has no tile layer unless one is configured', () => {
    expect(loadConfig({}).mapTiles).toBeNull();
    expect(loadConfig({ LINLI_MAP_TILE_URL: '' }).mapTiles).toBeNull();
  });

  it('reads a GCJ-02 provider with its subdomains and credit', () => {
    const url = 'https://webrd0{s}.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}';
    expect(
      loadConfig({
        LINLI_MAP_TILE_URL: url,
        LINLI_MAP_TILE_DATUM: 'gcj02',
        LINLI_MAP_TILE_SUBDOMAINS: '1234',
        LINLI_MAP_TILE_ATTRIBUTION: '© 高德地图',
      }).mapTiles,
    ).toEqual({ url, datum: 'gcj02', subdomains: '1234', attribution: '© 高德地图' });
  });

  it('refuses at start a template without placeholders or an unknown datum, naming the variable', () => {
    expect(() => loadConfig({ LINLI_MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}.png' })).toThrow(
      /LINLI_MAP_TILE_URL: must contain \{y\}/,
    );
    expect(() =>
      loadConfig({
        LINLI_MAP_TILE_URL: 'https://t.example.org/{z}/{x}/{y}.png',
        LINLI_MAP_TILE_DATUM: 'bd09',
      }),
    ).toThrow(/LINLI_MAP_TILE_DATUM/);
  });
});
