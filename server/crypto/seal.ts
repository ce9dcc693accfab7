import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DataKeys } from './keys';

const VERSION = 'v1';
const CIPHER = 'aes-256-gcm';
// GCM's native nonce size; random 96-bit IVs stay safe for about 2^32 seals under one key (NIST SP 800-38D).
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[0-9a-f]{8}$/;
const LONE_SURROGATE = /\p{Cs}/u;

export type OpenFailure = 'malformed' | 'unknown_key' | 'tampered';

/** Why a sealed value could not be opened. The message never carries the value. */
export class SealedValueError extends Error {
  override readonly name = 'SealedValueError';
  constructor(
    readonly reason: OpenFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Encrypts `plaintext` as `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts). `associatedData`
 * (for example the column name) is bound into the tag: the value opens only with the same one.
 */
export function seal(keys: DataKeys, plaintext: string, associatedData = ''): string {
  // UTF-8 cannot carry a lone surrogate; encoding would silently turn it into U+FFFD.
  if (LONE_SURROGATE.test(plaintext)) throw new RangeError('plaintext is not well-formed Unicode');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(CIPHER, keys.encryption, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [iv, ciphertext, cipher.getAuthTag()].map((b) => b.toString('base64url'));
  return [VERSION, keys.keyId, ...parts].join('.');
}

/** Decrypts a value from `seal`, or throws `SealedValueError`. */
export function open(keys: DataKeys, sealed: string, associatedData = ''): string {
  const parts = sealed.split('.');
  const keyId = parts[1];
  if (parts.length !== 5 || parts[0] !== VERSION || keyId === undefined || !KEY_ID.test(keyId)) {
    throw malformed();
  }
  if (keyId !== keys.keyId) {
    throw new SealedValueError(
      'unknown_key',
      `value sealed with data key ${keyId}, but the loaded key is ${keys.keyId}`,
    );
  }
  const iv = decodePart(parts[2], IV_BYTES);
  const ciphertext = decodePart(parts[3]);
  const tag = decodePart(parts[4], TAG_BYTES);
  const decipher = createDecipheriv(CIPHER, keys.encryption, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new SealedValueError(
      'tampered',
      'sealed value failed authentication: altered, or opened in another column',
    );
  }
}

function decodePart(text: string | undefined, bytes?: number): Buffer {
  if (text === undefined) throw malformed();
  const decoded = Buffer.from(text, 'base64url');
  // Node's decoder skips stray characters and ignores trailing bits; re-encoding makes every value
  // have exactly one spelling.
  if (decoded.toString('base64url') !== text || (bytes !== undefined && decoded.length !== bytes)) {
    throw malformed();
  }
  return decoded;
}

function malformed(): SealedValueError {
  return new SealedValueError(
    'malformed',
    `not a sealed value (expected ${VERSION}.<keyId>.<iv>.<ciphertext>.<tag>)`,
  );
}
