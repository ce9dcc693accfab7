import { fileURLToPath } from 'node:url';
import { serve } from './serve';

/** API on PORT (3000) with demo data, and Vite's dev server with hot reload on :5173 proxying to it. */
export async function dev(): Promise<void> {
  await serve({ demo: true, buildWeb: false });
  const { createServer } = await import('vite');
  const vite = await createServer({
    configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)),
  });
  await vite.listen();
  vite.printUrls();
}
