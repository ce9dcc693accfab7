import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from '../../domain/common/mask';
import type { DataKeys } from './personal-data';
import {
  deriveDataKeys,
  loadDataKeys,
  lookupHash,
  open,
  openProtected,
  protect,
  seal,
  SealedValueError,
} from './personal-data';

const keys = deriveDataKeys(randomBytes(32));
const otherKeys = deriveDataKeys(randomBytes(32));
const anyText = fc.string({ unit: 'binary' });
const idNumber = fc.stringMatching(/^\d{17}[\dX]$/);
const mobile = fc.stringMatching(/^1[3-9]\d{9}$/);

const secret = (k: DataKeys['encryption']) => k.export().toString('hex');

function failure(fn: () => unknown): SealedValueError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SealedValueError) return e;
    throw e;
  }
  throw new Error('expected a SealedValueError');
}

/** Flips one bit of byte `index` in base64url part `part` (2 = IV, 3 = ciphertext, 4 = tag). */
function flip(sealed: string, part: number, index: number): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[part] ?? '', 'base64url');
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The same bytes spelled differently: a 16-byte tag leaves the low 4 bits of its last character unused. */
function otherSpelling(tag: string): string {
  const last = BASE64URL.indexOf(tag.slice(-1));
  const respelled = tag.slice(0, -1) + BASE64URL.charAt(last ^ 1);
  expect(Buffer.from(respelled, 'base64url')).toEqual(Buffer.from(tag, 'base64url'));
  return respelled;
}

describe('deriveDataKeys', () => {
  it('derives two 32-byte subkeys that differ from each other and from the master key', () => {
    const master = randomBytes(32);
    const derived = deriveDataKeys(master);
    const encryption = derived.encryption.export();
    const lookup = derived.lookup.export();
    expect(encryption).toHaveLength(32);
    expect(lookup).toHaveLength(32);
    expect(encryption.equals(lookup)).toBe(false);
    expect(encryption.equals(master)).toBe(false);
    expect(lookup.equals(master)).toBe(false);
  });

  it('is deterministic and names the key with 8 hex characters', () => {
    const master = randomBytes(32);
    const a = deriveDataKeys(master);
    const b = deriveDataKeys(Buffer.from(master));
    expect(a.keyId).toMatch(/^[0-9a-f]{8}$/);
    expect(b.keyId).toBe(a.keyId);
    expect(secret(b.encryption)).toBe(secret(a.encryption));
    expect(secret(b.lookup)).toBe(secret(a.lookup));
    expect(deriveDataKeys(randomBytes(32)).keyId).not.toBe(a.keyId);
  });

  it('never prints key material when logged', () => {
    const printed = inspect(keys, { depth: 10 }) + JSON.stringify(keys);
    expect(printed).not.toContain(secret(keys.encryption));
    expect(printed).not.toContain(secret(keys.lookup));
  });

  it('rejects a master key of the wrong length', () => {
    expect(() => deriveDataKeys(randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe('seal and open', () => {
  it('round-trips any Unicode string', () => {
    fc.assert(fc.property(anyText, (text) => open(keys, seal(keys, text)) === text));
  });

  it('round-trips with associated data', () => {
    fc.assert(fc.property(anyText, anyText, (text, ad) => open(keys, seal(keys, text, ad), ad) === text));
  });

  it('has the compact v1 format with the key id', () => {
    const sealed = seal(keys, '13812345678');
    expect(sealed).toMatch(/^v1\.[0-9a-f]{8}\.[\w-]{16}\.[\w-]+\.[\w-]{22}$/);
    expect(sealed.split('.')[1]).toBe(keys.keyId);
    expect(seal(keys, '').split('.')).toHaveLength(5);
    expect(open(keys, seal(keys, ''))).toBe('');
  });

  it('uses a fresh IV for every seal of the same plaintext', () => {
    const sealed = Array.from({ length: 50 }, () => seal(keys, '440303199001011234'));
    expect(new Set(sealed.map((s) => s.split('.')[2])).size).toBe(50);
    expect(new Set(sealed).size).toBe(50);
  });

  it('detects a flipped bit anywhere in the IV, ciphertext or tag', () => {
    const sealed = seal(keys, '440303199001011234');
    for (const [part, length] of [
      [2, 12],
      [3, 18],
      [4, 16],
    ] as const) {
      for (let i = 0; i < length; i++) {
        expect(failure(() => open(keys, flip(sealed, part, i))).reason).toBe('tampered');
      }
    }
  });

  it('detects a ciphertext that was cut short or extended', () => {
    const parts = seal(keys, 'abcdef').split('.');
    const ct = Buffer.from(parts[3] ?? '', 'base64url');
    for (const changed of [ct.subarray(1), Buffer.concat([ct, Buffer.from([0])])]) {
      const forged = [...parts.slice(0, 3), changed.toString('base64url'), parts[4]].join('.');
      expect(failure(() => open(keys, forged)).reason).toBe('tampered');
    }
  });

  it('refuses to open with other associated data', () => {
    const sealed = seal(keys, '13812345678', 'people.phone');
    expect(failure(() => open(keys, sealed, 'people.emergency_phone')).reason).toBe('tampered');
    expect(failure(() => open(keys, sealed)).reason).toBe('tampered');
    expect(failure(() => open(keys, seal(keys, '13812345678'), 'people.phone')).reason).toBe('tampered');
  });

  it('names an unknown key id', () => {
    const error = failure(() => open(keys, seal(otherKeys, 'x')));
    expect(error.reason).toBe('unknown_key');
    expect(error.message).toContain(otherKeys.keyId);
  });

  it('rejects malformed values without echoing them', () => {
    const good = seal(keys, 'secret value');
    const [, keyId, iv, ct, tag] = good.split('.');
    const bad = [
      '',
      'secret value',
      good.replace(/^v1/, 'v2'),
      `${good}.x`,
      ['v1', keyId, iv, ct].join('.'),
      ['v1', 'ZZZZZZZZ', iv, ct, tag].join('.'),
      ['v1', keyId, `${iv}A`, ct, tag].join('.'),
      ['v1', keyId, iv, ct, `${tag}!`].join('.'),
      ['v1', keyId, iv, ct, otherSpelling(tag ?? '')].join('.'),
    ];
    for (const value of bad) {
      const error = failure(() => open(keys, value));
      expect(error.reason).toBe('malformed');
      expect(error.message).not.toContain('secret value');
    }
  });

  it('refuses text that UTF-8 cannot carry rather than altering it', () => {
    expect(() => seal(keys, 'a\uD800b')).toThrow(RangeError);
  });

  it('never contains the plaintext', () => {
    const plain = fc.oneof(idNumber, mobile, fc.string({ minLength: 8 }));
    fc.assert(fc.property(plain, (text) => !seal(keys, text).includes(text)));
  });
});

describe('lookupHash', () => {
  it('is deterministic 64-character hex', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const hash = lookupHash(keys, 'phone', value);
        return /^[0-9a-f]{64}$/.test(hash) && hash === lookupHash(keys, 'phone', value);
      }),
    );
  });

  it('keeps kinds apart, and distinct values apart', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const apart = lookupHash(keys, 'id_number', a) !== lookupHash(keys, 'phone', a);
        const distinct = (a === b) === (lookupHash(keys, 'phone', a) === lookupHash(keys, 'phone', b));
        return apart && distinct;
      }),
    );
  });

  it('depends on the key', () => {
    expect(lookupHash(keys, 'phone', '13812345678')).not.toBe(lookupHash(otherKeys, 'phone', '13812345678'));
  });

  it('never contains the value', () => {
    fc.assert(fc.property(fc.oneof(idNumber, mobile), (v) => !lookupHash(keys, 'id_number', v).includes(v)));
  });
});

describe('protect', () => {
  it('returns the sealed value, its lookup hash and the masked form', () => {
    fc.assert(
      fc.property(idNumber, mobile, (id, phone) => {
        const pid = protect(keys, 'id_number', id, maskIdNumber(id));
        const pphone = protect(keys, 'phone', phone, maskPhone(phone));
        expect(pid.masked).toBe(`${id.slice(0, 6)}********${id.slice(14)}`);
        expect(pphone.masked).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
        expect(pid.hash).toBe(lookupHash(keys, 'id_number', id));
        expect(pphone.hash).toBe(lookupHash(keys, 'phone', phone));
        expect(openProtected(keys, 'id_number', pid.sealed)).toBe(id);
        expect(openProtected(keys, 'phone', pphone.sealed)).toBe(phone);
        for (const p of [pid, pphone]) {
          expect(p.sealed).not.toContain(id);
          expect(p.sealed).not.toContain(phone);
          expect(p.hash).not.toContain(id);
          expect(p.hash).not.toContain(phone);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('binds the kind: a sealed phone number does not open as an ID number', () => {
    const p = protect(keys, 'phone', '13812345678', maskPhone('13812345678'));
    expect(failure(() => openProtected(keys, 'id_number', p.sealed)).reason).toBe('tampered');
  });
});

describe('loadDataKeys', () => {
  let tmp: string;
  beforeEach(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'linli-keys-'));
  });
  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('creates the key file with mode 0600 on first use and reuses it', async () => {
    const dataDir = path.join(tmp, 'data');
    const first = await loadDataKeys({ dataDir, dataKey: undefined });
    const file = path.join(dataDir, 'data-key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(await readdir(dataDir)).toEqual(['data-key']);

    const second = await loadDataKeys({ dataDir, dataKey: undefined });
    expect(second.keyId).toBe(first.keyId);
    expect(open(second, seal(first, '440303199001011234'))).toBe('440303199001011234');
    expect(lookupHash(second, 'phone', '13812345678')).toBe(lookupHash(first, 'phone', '13812345678'));
  });

  it('gives processes starting together one key', async () => {
    const loads = Array.from({ length: 8 }, () => loadDataKeys({ dataDir: tmp, dataKey: undefined }));
    const ids = new Set((await Promise.all(loads)).map((k) => k.keyId));
    expect(ids.size).toBe(1);
    expect(await readdir(tmp)).toEqual(['data-key']);
  });

  it.each([0o644, 0o640, 0o604, 0o620])('refuses a key file with mode %o', async (mode) => {
    const file = path.join(tmp, 'data-key');
    await writeFile(file, randomBytes(32).toString('hex'));
    await chmod(file, mode);
    await expect(loadDataKeys({ dataDir: tmp, dataKey: undefined })).rejects.toThrow(
      /refusing to start.*chmod 600/,
    );
  });

  it('names the key file when its content is not a key', async () => {
    const file = path.join(tmp, 'data-key');
    await writeFile(file, 'not a key\n', { mode: 0o600 });
    await expect(loadDataKeys({ dataDir: tmp, dataKey: undefined })).rejects.toThrow(file);
  });

  it('takes LINLI_DATA_KEY as hex or base64 and writes no key file', async () => {
    const master = randomBytes(32);
    const expected = deriveDataKeys(master).keyId;
    for (const dataKey of [
      master.toString('hex'),
      master.toString('hex').toUpperCase(),
      master.toString('base64'),
      master.toString('base64url'),
      `${master.toString('hex')}\n`,
    ]) {
      expect((await loadDataKeys({ dataDir: tmp, dataKey })).keyId).toBe(expected);
    }
    expect(await readdir(tmp)).toEqual([]);
  });

  it('rejects a bad LINLI_DATA_KEY by name, without echoing it', async () => {
    for (const dataKey of [
      'correct horse battery staple',
      randomBytes(31).toString('hex'),
      randomBytes(33).toString('hex'),
      randomBytes(16).toString('base64'),
      randomBytes(33).toString('base64'),
      `${randomBytes(31).toString('hex')}zz`,
    ]) {
      const attempt = loadDataKeys({ dataDir: tmp, dataKey });
      await expect(attempt).rejects.toThrow(/LINLI_DATA_KEY/);
      await expect(attempt).rejects.not.toThrow(dataKey);
    }
  });
});
