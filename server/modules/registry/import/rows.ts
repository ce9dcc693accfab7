// What the houses and residents imports share: rows located in the registry, grouped by community,
// and people's numbers in the only forms stored.
import { maskIdNumber, maskPhone } from '../../../../domain/common/mask';
import type { Place } from '../../../../domain/registry/import-cells';
import type { Executor } from '../../../db/client';
import { lookupHash, protect, type DataKeys } from '../../../crypto/personal-data';
import type { Caller } from '../../auth/caller';
import type { HouseRow } from '../repository';
import { placeResolver, type Target } from './places';
import { registryError, type RowError } from './report';
import { housesAt } from './repository';

export type Parsed<V> = { row: number; value: V };
export type Located<V> = Parsed<V> & { target: Target };

/** What one kind of import found, and how to write the rows that passed (not called when nothing may change). */
export type Checked = { errors: RowError[]; write: () => Promise<Written> };
/** Rows written and objects created, per community: each community's audit chain gets its own entry. */
export type Written = Map<number, { rows: number; created: Record<string, number> }>;

export type ImportContext<F extends string> = {
  db: Executor;
  caller: Caller;
  keys: DataKeys;
  /** Each field's column title as the sheet spells it. */
  headers: Record<F, string>;
};

/** Resolves each row's unit; rows naming an unknown place, or one the caller may not change, are rejected. */
export async function locateRows<V extends Place>(
  ctx: ImportContext<keyof Place>,
  rows: Parsed<V>[],
): Promise<{ located: Located<V>[]; errors: RowError[] }> {
  const places = await placeResolver(
    ctx.db,
    ctx.caller,
    rows.map((r) => r.value.community),
  );
  const located: Located<V>[] = [];
  const errors: RowError[] = [];
  for (const r of rows) {
    const at = places.resolve(r.value);
    if (!at.ok)
      errors.push(registryError(r.row, ctx.headers[at.field], 'place_unknown', { value: at.value }));
    else if (!places.mayManage(at.target))
      errors.push(registryError(r.row, ctx.headers.unit, 'place_forbidden'));
    else located.push({ ...r, target: at.target });
  }
  return { located, errors };
}

export function byCommunity<T extends { target: Target }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const r of rows) {
    const list = groups.get(r.target.communityId);
    if (list) list.push(r);
    else groups.set(r.target.communityId, [r]);
  }
  return groups;
}

// Place ids are unique across communities (one id space), so a place and a number name one house.
export const houseKey = (placeId: number, number: string) => `${placeId}\u0000${number}`;

/** The houses already recorded at the rows' places, found by a row's unit and 房号. */
export async function recordedHouses(ex: Executor, rows: readonly Located<Place>[]) {
  const recorded = new Map<string, HouseRow>();
  for (const [communityId, group] of byCommunity(rows)) {
    const places = [...new Set(group.map((r) => r.target.placeId))];
    for (const h of await housesAt(ex, communityId, places)) recorded.set(houseKey(h.placeId, h.number), h);
  }
  return (r: Located<Place>) => recorded.get(houseKey(r.target.placeId, r.value.house));
}

export type Identity = { documentType: string; idNumber: string };

/** A person's key within a community: the document type and the keyed hash of its number (the unique key). */
export function personKey(keys: DataKeys, id: Identity): { key: string; hash: string } {
  const hash = lookupHash(keys, 'id_number', id.idNumber);
  return { key: `${id.documentType}:${hash}`, hash };
}

const NO_PHONE = { phoneSealed: null, phoneHash: null, phoneMasked: null };

/** A phone number's stored columns; the parsers have already normalized it. */
export function sealedPhone(keys: DataKeys, phone: string | null) {
  if (phone === null) return NO_PHONE;
  const p = protect(keys, 'phone', phone, maskPhone(phone));
  return { phoneSealed: p.sealed, phoneHash: p.hash, phoneMasked: p.masked };
}

/** The sealed, hashed and masked columns of a new person. */
export function sealedNumbers(keys: DataKeys, idNumber: string, phone: string | null) {
  const id = protect(keys, 'id_number', idNumber, maskIdNumber(idNumber));
  return {
    idNumberSealed: id.sealed,
    idNumberHash: id.hash,
    idNumberMasked: id.masked,
    ...sealedPhone(keys, phone),
  };
}
