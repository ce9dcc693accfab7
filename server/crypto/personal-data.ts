// Personal data at rest (DESIGN.md rule 5, RULES.md §4): ID and phone numbers are stored sealed
// (AES-256-GCM), found through a keyed hash that does not reveal them, and shown masked.
import { createHmac } from 'node:crypto';
import type { DataKeys } from './keys';
import { open, seal } from './seal';

export { deriveDataKeys, loadDataKeys } from './keys';
export type { DataKeyConfig, DataKeys } from './keys';
export { open, seal, SealedValueError } from './seal';
export type { OpenFailure } from './seal';

export type LookupKind = 'id_number' | 'phone';

/** The three columns stored for one personal value. */
export type Protected = { sealed: string; hash: string; masked: string };

/** The lookup index value for an already normalized value: equal inputs, equal hashes. */
export function lookupHash(keys: DataKeys, kind: LookupKind, normalized: string): string {
  // No kind contains ':', so an ID number and a phone number never hash the same message.
  return createHmac('sha256', keys.lookup).update(`${kind}:${normalized}`, 'utf8').digest('hex');
}

/** Seals with the kind as associated data, so a sealed phone number never opens as an ID number. */
export function protect(
  keys: DataKeys,
  kind: LookupKind,
  normalizedValue: string,
  masked: string,
): Protected {
  return { sealed: seal(keys, normalizedValue, kind), hash: lookupHash(keys, kind, normalizedValue), masked };
}

/** Opens the `sealed` part of a `Protected`; the caller checks the reveal permission and writes the audit entry. */
export function openProtected(keys: DataKeys, kind: LookupKind, sealed: string): string {
  return open(keys, sealed, kind);
}
