/**
 * One report attempt = one `Idempotency-Key`. The key is kept while what is sent stays the same, so pressing
 * "submit again" after a lost answer files the report once; changing the report makes a new attempt (the
 * server refuses a key reused for a different body).
 */

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A random (version 4) UUID from 16 random bytes. */
export function uuidFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 16) throw new Error('a UUID needs 16 random bytes');
  const b = Array.from(bytes.subarray(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.map((byte) => HEX[byte]!);
  return [
    hex.slice(0, 4).join(''),
    hex.slice(4, 6).join(''),
    hex.slice(6, 8).join(''),
    hex.slice(8, 10).join(''),
    hex.slice(10, 16).join(''),
  ].join('-');
}

/**
 * A new UUID. `crypto.randomUUID` exists only on secure pages (https, localhost); an installation reached over
 * plain http on a LAN still has `crypto.getRandomValues`.
 */
export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // Not a secure context: fall through.
    }
  }
  return uuidFromBytes(crypto.getRandomValues(new Uint8Array(16)));
}

export interface Attempt {
  key: string;
  /** What was sent under the key, as JSON. */
  payload: string;
}

/** The attempt to send `payload` under: the previous one when the payload is the same, else a new key. */
export function attemptFor(
  previous: Attempt | null,
  payload: unknown,
  makeKey: () => string = newUuid,
): Attempt {
  const json = JSON.stringify(payload);
  return previous && previous.payload === json ? previous : { key: makeKey(), payload: json };
}
