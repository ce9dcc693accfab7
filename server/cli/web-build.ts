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
  // The manifest too: the bundle benchmarks read it, and a web/dist from before it was switched on lacks it.
  const manifest = path.join(webDist, '.vite', 'manifest.json');
  if (existsSync(index) && existsSync(manifest) && statSync(index).mtimeMs >= sources) return;
  log('building the web app (once; later starts reuse web/dist) …');
  const { build } = await import('vite');
  // Vite keeps a NODE_ENV it finds set: under a test runner (NODE_ENV=test) that built React's development bundle,
  // slower and larger than what users get, and the pages the browser tests and benchmarks measured.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(webRoot, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
