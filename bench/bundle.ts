import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWebIfNeeded } from '../server/cli/web-build';
import { webDist } from '../server/http/web';
import { entryKey, firstLoadFiles, type Manifest } from './bundle-walk';
import { report } from './harness';

/**
 * The first page of each area: its layout and its index page (lazy routes of web/src/app/routes.tsx), and the
 * default language's first pack, which the entry loads before it renders anything. The console's pages are built
 * with antd, so they also load antd's provider and locale and the texts beyond the first pack (`antdPage` in
 * web/src/app/antdPages.tsx); the resident's home is plain and loads none of them. e2e/phone-first-load.spec.ts
 * checks the resident's list against what a browser fetches.
 */
const PACK = 'src/i18n/packs/zh-CN.ts';
const ANTD = [
  'src/app/AntdProvider.tsx',
  '../node_modules/antd/es/locale/zh_CN.js',
  'src/i18n/resources/zh-CN.ts',
];
export const FIRST_PAGES = [
  {
    name: 'bundle-resident',
    goal: 200,
    pages: [
      'src/features/resident/pages/ResidentLayout.tsx',
      'src/features/resident/pages/ResidentHomePage.tsx',
    ],
  },
  {
    name: 'bundle-console',
    goal: 400,
    pages: [
      'src/features/shell/pages/ConsoleLayout.tsx',
      'src/features/shell/pages/ConsoleHomePage.tsx',
      ...ANTD,
    ],
  },
];

/** The JS files (paths under web/dist) an area's first page loads, by the built manifest. */
export function firstPageFiles(name: string): string[] {
  const area = FIRST_PAGES.find((a) => a.name === name);
  if (!area) throw new Error(`no first page named ${name}`);
  const manifest = JSON.parse(readFileSync(path.join(webDist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  return firstLoadFiles(manifest, [entryKey(manifest), PACK, ...area.pages]);
}

/** gzip bytes of built files (paths under web/dist). */
export const gzipBytes = (files: readonly string[]): number =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(webDist, f))).length, 0);

/**
 * gzip KB of the JS a phone user's and a console user's first page loads, from the built web app (built first if
 * web/dist is missing or stale). The baseline is the goal, so ratio = goal / value and ≥ 1 means the goal is met.
 */
export async function bundleBench(): Promise<void> {
  await buildWebIfNeeded(() => {});
  for (const area of FIRST_PAGES) {
    const files = firstPageFiles(area.name);
    const bytes = gzipBytes(files);
    report({
      name: area.name,
      value: bytes / 1024,
      unit: 'KB gzip',
      baseline: area.goal,
      ratio: area.goal / (bytes / 1024),
      note: `${files.length} files`,
    });
  }
}
