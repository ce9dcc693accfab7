import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../server/db/embedded';

/** Debian's broker (`apt-get install mosquitto`); .ci/run installs it, and a missing one fails the suite. */
export const MOSQUITTO = process.env.LINLI_MOSQUITTO ?? '/usr/sbin/mosquitto';

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

export interface Broker {
  url: string;
  /** Kills the broker (SIGKILL: a crash, not a clean shutdown). */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A private Mosquitto on a free loopback port, so a test may kill and restart it. */
export async function startBroker(): Promise<Broker> {
  const dir = await mkdtemp(path.join(tmpdir(), 'linli-mqtt-'));
  const port = await freePort();
  const conf = path.join(dir, 'mosquitto.conf');
  await writeFile(
    conf,
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous true',
      'persistence false',
      'max_queued_messages 100000',
      '',
    ].join('\n'),
  );
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(MOSQUITTO, ['-c', conf], { stdio: 'ignore' });
    const failed = new Promise<never>((_, reject) => {
      child!.once('error', (err) => reject(new Error(`cannot start ${MOSQUITTO}: ${err.message}`)));
    });
    for (let i = 0; i < 100; i++) {
      if (await Promise.race([listening(port), failed])) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`mosquitto did not listen on ${port}`);
  };
  const kill = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `mqtt://127.0.0.1:${port}`,
    kill,
    start,
    async stop() {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
