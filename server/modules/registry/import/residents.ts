// The residents sheet: who lives in each recorded house. People are created or brought up to date,
// stays are added or corrected; nobody is moved out by a sheet (that is a dated act of its own).
import type { ResidentRow } from '../../../../domain/registry/import-residents';
import type { ResidentField } from '../../../../domain/registry/import-template';
import { findOrCreatePeople, type WantedPerson } from './people';
import { registryError } from './report';
import {
  currentStays,
  insertResidences,
  updatePeople,
  updateResidences,
  type PersonUpdate,
} from './repository';
import {
  byCommunity,
  locateRows,
  personKey,
  recordedHouses,
  sealedNumbers,
  sealedPhone,
  type Checked,
  type ImportContext,
  type Located,
  type Parsed,
  type Written,
} from './rows';

type Row = Located<ResidentRow> & { houseId: number; person: { key: string; hash: string } };

/** Tenants rent; everyone else's stay is of no registered kind (RULES.md §3), as in the console. */
const stayKindOf = (r: ResidentRow) => (r.relation === 'tenant' ? 'ordinary_rental' : 'other');

async function writeCommunity(
  ctx: ImportContext<ResidentField>,
  communityId: number,
  rows: Row[],
  today: string,
) {
  const wanted = new Map<string, WantedPerson & { row: Row }>();
  for (const r of rows) {
    if (wanted.has(r.person.key)) continue;
    const v = r.value;
    wanted.set(r.person.key, {
      row: r,
      hash: r.person.hash,
      documentType: v.documentType,
      create: () => ({
        communityId,
        name: v.name,
        sex: v.sex,
        birthDate: v.birthDate,
        idType: v.documentType,
        careGroups: v.careGroups,
        ...sealedNumbers(ctx.keys, v.idNumber, v.phone),
      }),
    });
  }
  const people = await findOrCreatePeople(ctx.db, communityId, wanted);
  // Below the community (a property company, a building leader) a caller links people it registers, but
  // may not rewrite a record that other parts of the community keep too.
  const mayUpdate = ctx.caller.scope.fullCommunityIds.includes(communityId);
  const updates: PersonUpdate[] = [...(mayUpdate ? people.existing : [])].map((key) => {
    const v = (wanted.get(key) as { row: Row }).row.value;
    return {
      id: people.ids.get(key) as number,
      name: v.name,
      sex: v.sex,
      birthDate: v.birthDate,
      ...sealedPhone(ctx.keys, v.phone),
      careGroups: v.careGroups,
    };
  });
  await updatePeople(ctx.db, communityId, updates);

  const stays = new Map<string, number>();
  for (const s of await currentStays(ctx.db, communityId, [...new Set(rows.map((r) => r.houseId))]))
    stays.set(`${s.houseId}:${s.personId}`, s.id);
  const fresh: Row[] = [];
  const corrected: { id: number; row: Row }[] = [];
  for (const r of rows) {
    const stay = stays.get(`${r.houseId}:${people.ids.get(r.person.key)}`);
    if (stay === undefined) fresh.push(r);
    else corrected.push({ id: stay, row: r });
  }
  await insertResidences(
    ctx.db,
    fresh.map((r) => ({
      communityId,
      houseId: r.houseId,
      personId: people.ids.get(r.person.key) as number,
      relation: r.value.relation,
      stayKind: stayKindOf(r.value),
      // The sheet may leave it empty for owners and family; the stay is known from today.
      movedInOn: r.value.movedInOn ?? today,
    })),
  );
  await updateResidences(
    ctx.db,
    communityId,
    corrected.map(({ id, row }) => ({
      id,
      relation: row.value.relation,
      stayKind: stayKindOf(row.value),
      movedInOn: row.value.movedInOn,
    })),
  );
  return {
    rows: rows.length,
    created: {
      people: people.ids.size - people.existing.size,
      peopleUpdated: updates.length,
      residences: fresh.length,
      residencesUpdated: corrected.length,
    },
  };
}

export async function checkResidents(
  ctx: ImportContext<ResidentField>,
  parsed: Parsed<ResidentRow>[],
  today: string,
): Promise<Checked> {
  const { located, errors } = await locateRows(ctx, parsed);
  const recorded = await recordedHouses(ctx.db, located);
  const accepted: Row[] = [];
  const firstRow = new Map<string, number>();
  for (const r of located) {
    const houseId = recorded(r)?.id;
    if (houseId === undefined) {
      errors.push(registryError(r.row, ctx.headers.house, 'house_unknown', { value: r.value.house }));
      continue;
    }
    const person = personKey(ctx.keys, r.value);
    const seen = firstRow.get(`${houseId}:${person.key}`);
    if (seen !== undefined) {
      errors.push(registryError(r.row, ctx.headers.id_number, 'duplicate_resident', { firstRow: seen }));
      continue;
    }
    firstRow.set(`${houseId}:${person.key}`, r.row);
    accepted.push({ ...r, houseId, person });
  }
  return {
    errors,
    async write() {
      const written: Written = new Map();
      for (const [communityId, rows] of byCommunity(accepted))
        written.set(communityId, await writeCommunity(ctx, communityId, rows, today));
      return written;
    },
  };
}
