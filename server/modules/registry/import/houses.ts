// The houses + owners sheet: one row per owner, so a house and a person may each span several rows.
import { findDuplicateHouses } from '../../../../domain/registry/duplicate-houses';
import type { HouseRow as SheetHouse } from '../../../../domain/registry/import-houses';
import type { HouseField } from '../../../../domain/registry/import-template';
import type { HouseRow } from '../repository';
import { findOrCreatePeople, type WantedPerson } from './people';
import { registryError, type RowError } from './report';
import { insertHouses, insertOwners } from './repository';
import {
  byCommunity,
  houseKey,
  locateRows,
  personKey,
  recordedHouses,
  sealedNumbers,
  type Checked,
  type ImportContext,
  type Located,
  type Parsed,
  type Written,
} from './rows';

type Row = Located<SheetHouse>;

/** Houses already recorded keep their figures: a sheet that disagrees is rejected, not obeyed. */
function conflicts(ctx: ImportContext<HouseField>, r: Row, h: HouseRow): RowError[] {
  const differs = (field: 'floor' | 'area', recorded: number) =>
    registryError(r.row, ctx.headers[field], 'house_differs', {
      header: ctx.headers[field],
      value: recorded,
    });
  return [
    ...(h.floor !== r.value.floor ? [differs('floor', h.floor)] : []),
    ...(h.area !== r.value.area ? [differs('area', h.area)] : []),
  ];
}

async function writeCommunity(
  ctx: ImportContext<HouseField>,
  communityId: number,
  rows: Row[],
  recorded: (r: Row) => HouseRow | undefined,
) {
  const houseIds = new Map<string, number>();
  const fresh = new Map<string, Row & { developerHeld: boolean }>();
  for (const r of rows) {
    const key = houseKey(r.target.placeId, r.value.house);
    const h = recorded(r);
    if (h) houseIds.set(key, h.id);
    else {
      const first = fresh.get(key);
      // Any row of the house saying 是 marks it: the developer's share is one of its owners.
      if (first) first.developerHeld ||= r.value.developerHeld;
      else fresh.set(key, { ...r, developerHeld: r.value.developerHeld });
    }
  }
  const created = await insertHouses(
    ctx.db,
    [...fresh.values()].map((r) => ({
      communityId,
      placeId: r.target.placeId,
      placePath: r.target.path,
      number: r.value.house,
      floor: r.value.floor,
      area: r.value.area,
      areaSource: r.value.areaSource,
      developerHeld: r.developerHeld,
    })),
  );
  for (const h of created) houseIds.set(houseKey(h.placeId, h.number), h.id);

  const wanted = new Map<string, WantedPerson>();
  const owners: { houseKey: string; personKey: string }[] = [];
  for (const r of rows) {
    const owner = r.value.owner;
    if (!owner) continue;
    const { key, hash } = personKey(ctx.keys, owner);
    owners.push({ houseKey: houseKey(r.target.placeId, r.value.house), personKey: key });
    if (wanted.has(key)) continue;
    wanted.set(key, {
      hash,
      documentType: owner.documentType,
      create: () => ({
        communityId,
        name: owner.name,
        idType: owner.documentType,
        ...sealedNumbers(ctx.keys, owner.idNumber, owner.phone),
      }),
    });
  }
  const people = await findOrCreatePeople(ctx.db, communityId, wanted);
  await insertOwners(
    ctx.db,
    owners.map((o) => ({
      communityId,
      houseId: houseIds.get(o.houseKey) as number,
      personId: people.ids.get(o.personKey) as number,
    })),
  );
  return {
    rows: rows.length,
    created: {
      houses: created.length,
      people: people.ids.size - people.existing.size,
      owners: owners.length,
    },
  };
}

export async function checkHouses(
  ctx: ImportContext<HouseField>,
  parsed: Parsed<SheetHouse>[],
): Promise<Checked> {
  const errors: RowError[] = findDuplicateHouses(parsed, ctx.headers);
  const repeated = new Set(errors.map((e) => e.row));
  const { located, errors: placeErrors } = await locateRows(
    ctx,
    parsed.filter((r) => !repeated.has(r.row)),
  );
  errors.push(...placeErrors);
  const recorded = await recordedHouses(ctx.db, located);
  const accepted: Row[] = [];
  for (const r of located) {
    const h = recorded(r);
    const clash = h ? conflicts(ctx, r, h) : [];
    if (clash.length) errors.push(...clash);
    else accepted.push(r);
  }
  return {
    errors,
    async write() {
      const written: Written = new Map();
      for (const [communityId, rows] of byCommunity(accepted))
        written.set(communityId, await writeCommunity(ctx, communityId, rows, recorded));
      return written;
    },
  };
}
