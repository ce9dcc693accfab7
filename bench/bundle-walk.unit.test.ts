import { describe, expect, it } from 'vitest';
import { entryKey, firstLoadFiles, type Manifest } from './bundle-walk';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js', '_antd.js'],
    dynamicImports: ['src/Home.tsx', 'src/Charts.tsx'],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_antd.js': { file: 'assets/antd.js', imports: ['_react.js'] },
  '_style.css': { file: 'assets/style.css' },
  'src/Home.tsx': {
    file: 'assets/Home.js',
    imports: ['_antd.js', '_card.js', '_style.css'],
    dynamicImports: ['src/Charts.tsx'],
  },
  '_card.js': { file: 'assets/card.js', imports: ['_antd.js'] },
  'src/Charts.tsx': { file: 'assets/Charts.js', imports: ['_echarts.js'] },
  '_echarts.js': { file: 'assets/echarts.js' },
};

describe('firstLoadFiles', () => {
  it('follows static imports transitively from the entry and the first page, once each', () => {
    expect(firstLoadFiles(manifest, ['index.html', 'src/Home.tsx'])).toEqual([
      'assets/index.js',
      'assets/react.js',
      'assets/antd.js',
      'assets/Home.js',
      'assets/card.js',
    ]);
  });

  it('leaves out lazy chunks and non-JS files', () => {
    const files = firstLoadFiles(manifest, ['index.html', 'src/Home.tsx']);
    expect(files).not.toContain('assets/Charts.js');
    expect(files).not.toContain('assets/echarts.js');
    expect(files).not.toContain('assets/style.css');
  });

  it('counts a lazy page once it is asked for', () => {
    expect(firstLoadFiles(manifest, ['src/Charts.tsx'])).toEqual(['assets/Charts.js', 'assets/echarts.js']);
  });

  it('refuses a page the build does not know (a renamed route would otherwise count as nothing)', () => {
    expect(() => firstLoadFiles(manifest, ['index.html', 'src/Gone.tsx'])).toThrow(/src\/Gone.tsx/);
  });
});

describe('entryKey', () => {
  it('finds the one entry', () => {
    expect(entryKey(manifest)).toBe('index.html');
  });

  it('refuses a manifest with no entry or several', () => {
    expect(() => entryKey({ a: { file: 'a.js' } })).toThrow(/found 0/);
    expect(() =>
      entryKey({ a: { file: 'a.js', isEntry: true }, b: { file: 'b.js', isEntry: true } }),
    ).toThrow(/found 2/);
  });
});
