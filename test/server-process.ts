import { spawn, type ChildProcess } from 'node:child_process';
import type { Writable } from 'node:stream';

/** Waits for the line the server prints once it listens; fails loudly with its output otherwise. */
function waitForListening(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Linli is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/**
 * `linli serve` as a user starts it (`bin/linli.mjs`, its own process), resolved once it listens. Everything it
 * prints also goes to `log` when given.
 */
export async function startLinli(
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  log?: Writable,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/linli.mjs', 'serve', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (log) {
    child.stdout.on('data', (chunk: Buffer) => log.write(chunk));
    child.stderr.on('data', (chunk: Buffer) => log.write(chunk));
  }
  await waitForListening(child, timeoutMs);
  return child;
}
