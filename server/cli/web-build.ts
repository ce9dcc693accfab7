import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { webDist } from '../http/web';

const webRoot = fileURLToPath(new URL('../../web', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds web/dist when it is missing or older than the sources, so `npm start` always serves current pages. */
export async function buildWebIfNeeded(log: (msg: string) => void): Promise<void> {
  const index = path.join(webDist, 'index.html');
  const sources = Math.max(
    newestMtime(path.join(webRoot, 'src')),
    statSync(path.join(webRoot, 'index.html')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  log('building the web app (once; later starts reuse web/dist) …');
  const { build } = await import('vite');
  await build({ configFile: path.join(webRoot, 'vite.config.ts'), logLevel: 'warn' });
}
