/** One entry of Vite's build manifest (`build.manifest`): a chunk, keyed by its source path relative to web/. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * The JS files a page loads before it shows: the entry's chunk and the chunks of the lazy pages the route
 * renders at once (its layout and its first page), each with everything it imports statically, transitively.
 * Dynamic imports are left out: they load later, when a user goes somewhere else or opens a chart.
 */
export function firstLoadFiles(manifest: Manifest, starts: readonly string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk for ${key}`);
    seen.add(key);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  for (const key of starts) visit(key);
  return files;
}

/** The manifest key of the HTML entry (Vite keys it by the HTML file when index.html is the input). */
export function entryKey(manifest: Manifest): string {
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.length}`);
  return entries[0]![0];
}
