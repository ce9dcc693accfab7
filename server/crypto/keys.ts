import { createHash, createSecretKey, hkdfSync, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { link, mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';

const KEY_BYTES = 32;
const KEY_FILE = 'data-key';
const ENV_VAR = 'LINLI_DATA_KEY';
const HEX_KEY = /^[0-9a-fA-F]{64}$/;
// Standard or URL-safe alphabet; 43 characters carry 32 bytes, with or without the one `=` of padding.
const BASE64_KEY = /^[A-Za-z0-9+/_-]{43}=?$/;

/**
 * Subkeys derived from the master key, which itself is not kept. They are KeyObjects so that a stray
 * log line or error dump prints `SecretKeyObject`, never key material.
 */
export interface DataKeys {
  /** Names the master key inside every sealed value, so a future rotation can tell which key sealed it. */
  readonly keyId: string;
  readonly encryption: KeyObject;
  readonly lookup: KeyObject;
}

export interface DataKeyConfig {
  dataDir: string;
  dataKey: string | undefined;
}

/** The key from `LINLI_DATA_KEY` if set, otherwise from `<dataDir>/data-key`, created on first use. */
export async function loadDataKeys(config: DataKeyConfig): Promise<DataKeys> {
  const master =
    config.dataKey !== undefined
      ? parseMasterKey(config.dataKey, ENV_VAR)
      : await readOrCreateKeyFile(config.dataDir);
  return deriveDataKeys(master);
}

export function deriveDataKeys(master: Buffer): DataKeys {
  if (master.length !== KEY_BYTES) throw new RangeError(`the data key must be ${KEY_BYTES} bytes`);
  return {
    keyId: createHash('sha256').update(master).digest('hex').slice(0, 8),
    encryption: subkey(master, 'linli personal-data v1 aes-256-gcm'),
    // A separate key, so the lookup hashes stored beside the ciphertext say nothing about the cipher key.
    lookup: subkey(master, 'linli personal-data v1 hmac-sha256 lookup'),
  };
}

function subkey(master: Buffer, info: string): KeyObject {
  // The master key is already uniformly random, so HKDF needs no salt; `info` keeps the subkeys independent.
  return createSecretKey(Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, KEY_BYTES)));
}

function parseMasterKey(text: string, source: string): Buffer {
  const key = text.trim();
  if (HEX_KEY.test(key)) return Buffer.from(key, 'hex');
  // Node's base64 decoder reads both alphabets.
  if (BASE64_KEY.test(key)) return Buffer.from(key, 'base64');
  throw new Error(
    `${source} must be ${KEY_BYTES} bytes written as 64 hex characters or base64 (for example \`openssl rand -hex 32\`)`,
  );
}

async function readOrCreateKeyFile(dataDir: string): Promise<Buffer> {
  const file = path.join(dataDir, KEY_FILE);
  try {
    return await readKeyFile(file);
  } catch (e) {
    if (!hasCode(e, 'ENOENT')) throw e;
  }
  await createKeyFile(dataDir, file);
  return readKeyFile(file);
}

async function readKeyFile(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    // Checks the open handle rather than the path, so the file cannot be swapped between check and read.
    const mode = (await handle.stat()).mode & 0o777;
    if ((mode & 0o077) !== 0) {
      throw new Error(
        `refusing to start: the data key file ${file} is open to other users (mode ${mode.toString(8)}); run \`chmod 600 ${file}\``,
      );
    }
    return parseMasterKey(await handle.readFile('utf8'), `the data key file ${file}`);
  } finally {
    await handle.close();
  }
}

async function createKeyFile(dataDir: string, file: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(`${randomBytes(KEY_BYTES).toString('hex')}\n`);
      // Values sealed with this key become durable in PostgreSQL; the key must be durable before them.
      await handle.sync();
    } finally {
      await handle.close();
    }
    // link() never replaces a file: when two processes start on an empty data dir, the first key wins
    // and both use it.
    await link(temp, file).catch((e: unknown) => {
      if (!hasCode(e, 'EEXIST')) throw e;
    });
  } finally {
    await rm(temp, { force: true });
  }
  const dir = await open(dataDir, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

function hasCode(e: unknown, code: string): boolean {
  return e instanceof Error && 'code' in e && e.code === code;
}
