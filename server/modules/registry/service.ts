import { z } from 'zod';
import { can, canAnywhere } from '../../../domain/auth/policy';
import type { Permission } from '../../../domain/auth/roles';
import { maskIdNumber, maskPhone, validatePhone } from '../../../domain/common/mask';
import {
  normalizeIdNumber,
  validateDocument,
  validateResidentId,
  type DocumentType,
} from '../../../domain/people/id-number';
import type { Db, Executor, Tx } from '../../db/client';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import { lookupHash, openProtected, protect, type DataKeys } from '../../crypto/personal-data';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode, type NodeRow } from '../org/repository';
import { houseLabel, houseRefs, presentHouses, registrationOf } from './presenter';
import * as repo from './repository';
import type * as s from './schema';

const cursorShape = z.object({ id: z.number() });

function requireAnywhere(caller: Caller, permission: Permission): void {
  if (!canAnywhere(caller.grants, permission)) throw forbidden('the registry is kept by community staff');
}

const ID_REASONS = {
  format: 'not a valid number for this document',
  birth_date: 'the birth date in it is impossible',
  checksum: 'the check character is wrong',
} as const;

/** ID and phone numbers in the only forms that reach the database: sealed, keyed hash, masked. */
function personalData(
  keys: DataKeys,
  idType: DocumentType,
  idNumber: string | undefined,
  phone: string | undefined,
) {
  const out: Partial<
    Record<
      'idNumberSealed' | 'idNumberHash' | 'idNumberMasked' | 'phoneSealed' | 'phoneHash' | 'phoneMasked',
      string
    >
  > = {};
  if (idNumber !== undefined) {
    const check = validateDocument(idType, idNumber);
    if (!check.ok) throw invalid([{ path: 'body.idNumber', message: ID_REASONS[check.reason] }]);
    const p = protect(keys, 'id_number', normalizeIdNumber(check.normalized), maskIdNumber(check.normalized));
    Object.assign(out, { idNumberSealed: p.sealed, idNumberHash: p.hash, idNumberMasked: p.masked });
  }
  if (phone !== undefined) {
    const check = validatePhone(phone);
    if (!check.ok)
      throw invalid([{ path: 'body.phone', message: 'not a mainland or Hong Kong phone number' }]);
    const p = protect(keys, 'phone', check.normalized, maskPhone(check.normalized));
    Object.assign(out, { phoneSealed: p.sealed, phoneHash: p.hash, phoneMasked: p.masked });
  }
  return out;
}

/**
 * A resident ID number carries the birth date and sex (GB 11643); when given, they fill the record, and a
 * contradicting entry is an error rather than a silent mismatch.
 */
function derivedFacts(
  idType: DocumentType,
  idNumber: string | undefined,
  given: { sex?: 'male' | 'female' | undefined; birthDate?: string | undefined },
) {
  const id = idType === 'resident_id' && idNumber !== undefined ? validateResidentId(idNumber) : null;
  const sex = given.sex ?? (id?.ok ? id.sex : null);
  const birthDate = given.birthDate ?? (id?.ok ? id.birthDate : null);
  if (id?.ok && sex !== id.sex)
    throw invalid([{ path: 'body.sex', message: 'does not match the ID number' }]);
  if (id?.ok && birthDate !== id.birthDate) {
    throw invalid([{ path: 'body.birthDate', message: 'does not match the ID number' }]);
  }
  return { sex, birthDate };
}

async function audit(
  tx: Tx,
  caller: Caller,
  communityId: number,
  action: string,
  entityType: string,
  entityId: number,
  before: unknown,
  after: unknown,
  reason?: string,
) {
  await appendAudit(tx, {
    communityId,
    actor: actorOf(caller),
    action,
    entityType,
    entityId,
    before,
    after,
    reason: reason ?? null,
  });
}

/** What the audit log keeps of a person: never the sealed values or hashes, only the masked forms. */
const auditable = (p: repo.PersonRow) => ({
  id: p.id,
  name: p.name,
  sex: p.sex,
  birthDate: p.birthDate,
  idType: p.idType,
  idNumberMasked: p.idNumberMasked,
  phoneMasked: p.phoneMasked,
  careGroups: p.careGroups,
  partyMember: p.partyMember,
});

export function registryService(db: Db, keys: DataKeys, timeZone: string) {
  const houseOpts = (caller: Caller) => ({
    canUpdate: (h: repo.HouseRow) => can(caller.grants, 'registry.manage', h.placePath),
    timeZone,
  });

  async function visibleHouse(
    ex: Executor,
    caller: Caller,
    id: number,
    permission: Permission,
    lock = false,
  ) {
    const h = await repo.findHouse(ex, caller.scope, id, lock);
    if (!h) throw notFound('house');
    if (!can(caller.grants, permission, h.placePath)) throw forbidden();
    return h;
  }

  async function housePlace(
    ex: Executor,
    caller: Caller,
    placeId: number,
    permission: Permission,
    field: string,
  ): Promise<NodeRow> {
    const node = await findNode(ex, caller.scope, placeId);
    if (!node) throw notFound('building or unit');
    if (node.kind !== 'building' && node.kind !== 'unit' && node.kind !== 'compound')
      throw invalid([{ path: field, message: 'houses belong to a building or a unit' }]);
    if (!can(caller.grants, permission, node.path)) throw forbidden();
    return node;
  }

  async function visiblePerson(
    ex: Executor,
    caller: Caller,
    id: number,
    permission: Permission,
    lock = false,
  ) {
    requireAnywhere(caller, permission);
    const p = await repo.findPerson(ex, caller.scope, id, lock);
    if (!p) throw notFound('person');
    return p;
  }

  /**
   * Names the fields one by one: the row also holds the sealed numbers and their lookup hashes, which must never
   * depend on the response schema to be left out. A page of people costs the same few queries as one person.
   */
  async function presentPeople(
    ex: Executor,
    caller: Caller,
    people: repo.PersonRow[],
  ): Promise<s.PersonResponse[]> {
    const links = await repo.housesOfPeople(ex, people);
    const refs = await houseRefs(
      ex,
      links.map((l) => l.house),
    );
    const communities = new Map<number, NodeRow | null>();
    for (const id of new Set(people.map((p) => p.communityId)))
      communities.set(id, await findNode(ex, caller.scope, id));
    const mayUpdate = canAnywhere(caller.grants, 'registry.manage');
    return people.map((p) => {
      const community = communities.get(p.communityId);
      const mayReveal =
        !!community &&
        caller.scope.fullCommunityIds.includes(p.communityId) &&
        can(caller.grants, 'person.reveal', community.path);
      return {
        id: p.id,
        communityId: p.communityId,
        name: p.name,
        sex: p.sex ?? null,
        birthDate: p.birthDate,
        idType: p.idType,
        idNumberMasked: p.idNumberMasked,
        phoneMasked: p.phoneMasked,
        careGroups: p.careGroups,
        partyMember: p.partyMember,
        houses: links
          .filter((l) => l.personId === p.id)
          .map((l) => ({
            houseId: l.house.id,
            placeId: l.house.placeId,
            label: houseLabel(l.house, refs),
            role: l.role,
          })),
        actions: [...(mayUpdate ? (['update'] as const) : []), ...(mayReveal ? (['reveal'] as const) : [])],
      };
    });
  }
  const presentPerson = async (ex: Executor, caller: Caller, p: repo.PersonRow) =>
    (await presentPeople(ex, caller, [p]))[0] as s.PersonResponse;

  const oneHouse = async (ex: Executor, caller: Caller, h: repo.HouseRow) =>
    (await presentHouses(ex, [h], houseOpts(caller)))[0] as s.HouseResponse;

  return {
    async listHouses(caller: Caller, q: s.HouseListQuery) {
      const { limit } = q;
      const field = q.placeId !== undefined ? 'querystring.placeId' : 'querystring.nodeId';
      const node = await housePlace(db, caller, (q.placeId ?? q.nodeId)!, 'registry.read', field);
      const rows = await repo.listHouses(db, caller.scope, node.communityId as number, node.path, {
        number: q.number,
        afterId: decodeCursor(q.cursor, cursorShape)?.id,
        limit,
      });
      const shown = await presentHouses(db, rows.slice(0, limit), houseOpts(caller));
      return page(
        rows,
        limit,
        (r) => shown.find((x) => x.id === r.id) as s.HouseResponse,
        (r) => ({ id: r.id }),
      );
    },

    async getHouse(caller: Caller, id: number) {
      return oneHouse(db, caller, await visibleHouse(db, caller, id, 'registry.read'));
    },

    async createHouse(caller: Caller, body: s.CreateHouseBody) {
      return db.transaction(async (tx) => {
        const node = await housePlace(tx, caller, body.placeId, 'registry.manage', 'body.placeId');
        const h = await repo.insertHouse(tx, {
          ...body,
          communityId: node.communityId as number,
          placePath: node.path,
        });
        await audit(tx, caller, h.communityId, 'registry.house.create', 'house', h.id, null, h);
        return oneHouse(tx, caller, h);
      });
    },

    async updateHouse(caller: Caller, id: number, body: s.UpdateHouseBody) {
      return db.transaction(async (tx) => {
        const before = await visibleHouse(tx, caller, id, 'registry.manage', true);
        const after = await repo.updateHouse(tx, before, body);
        await audit(tx, caller, after.communityId, 'registry.house.update', 'house', id, before, after);
        return oneHouse(tx, caller, after);
      });
    },

    async addOwner(caller: Caller, houseId: number, personId: number) {
      return db.transaction(async (tx) => {
        const h = await visibleHouse(tx, caller, houseId, 'registry.manage', true);
        const p = await visiblePerson(tx, caller, personId, 'registry.manage');
        if (p.communityId !== h.communityId)
          throw invalid([{ path: 'body.personId', message: 'the person belongs to another community' }]);
        await repo.addOwner(tx, h.communityId, h.id, p.id);
        await audit(tx, caller, h.communityId, 'registry.owner.add', 'house', h.id, null, { personId: p.id });
        return oneHouse(tx, caller, h);
      });
    },

    async removeOwner(caller: Caller, houseId: number, personId: number) {
      await db.transaction(async (tx) => {
        const h = await visibleHouse(tx, caller, houseId, 'registry.manage', true);
        if (!(await repo.removeOwner(tx, h.communityId, h.id, personId))) throw notFound('owner');
        await audit(tx, caller, h.communityId, 'registry.owner.remove', 'house', h.id, { personId }, null);
      });
    },

    async searchPeople(caller: Caller, q: s.PersonListQuery) {
      requireAnywhere(caller, 'registry.read');
      let phoneHash: string | undefined;
      if (q.phone !== undefined) {
        const phone = validatePhone(q.phone);
        if (!phone.ok) throw invalid([{ path: 'querystring.phone', message: 'not a phone number' }]);
        phoneHash = lookupHash(keys, 'phone', phone.normalized);
      }
      const rows = await repo.searchPeople(db, caller.scope, {
        communityId: q.communityId,
        namePrefix: q.q,
        idNumberHash:
          q.idNumber !== undefined ? lookupHash(keys, 'id_number', normalizeIdNumber(q.idNumber)) : undefined,
        phoneHash,
        careGroup: q.careGroup,
        afterId: decodeCursor(q.cursor, cursorShape)?.id,
        limit: q.limit,
      });
      const shown = await presentPeople(db, caller, rows.slice(0, q.limit));
      return page(
        rows,
        q.limit,
        (r) => shown.find((x) => x.id === r.id) as s.PersonResponse,
        (r) => ({ id: r.id }),
      );
    },

    async getPerson(caller: Caller, id: number) {
      return presentPerson(db, caller, await visiblePerson(db, caller, id, 'registry.read'));
    },

    async createPerson(caller: Caller, body: s.CreatePersonBody) {
      requireAnywhere(caller, 'registry.manage');
      const community = await findNode(db, caller.scope, body.communityId);
      if (
        !community ||
        community.kind !== 'community' ||
        !caller.scope.fullCommunityIds.includes(body.communityId)
      )
        throw notFound('community');
      if (!can(caller.grants, 'registry.manage', community.path)) throw forbidden();
      const idType = body.idType ?? 'resident_id';
      const sealed = personalData(keys, idType, body.idNumber, body.phone);
      const derived = derivedFacts(idType, body.idNumber, body);
      return db.transaction(async (tx) => {
        const p = await repo.insertPerson(tx, {
          communityId: body.communityId,
          name: body.name,
          sex: derived.sex,
          birthDate: derived.birthDate,
          idType,
          careGroups: body.careGroups ?? [],
          partyMember: body.partyMember ?? false,
          ...sealed,
        });
        await audit(tx, caller, p.communityId, 'registry.person.create', 'person', p.id, null, auditable(p));
        return presentPerson(tx, caller, p);
      });
    },

    async updatePerson(caller: Caller, id: number, body: s.UpdatePersonBody) {
      return db.transaction(async (tx) => {
        const before = await visiblePerson(tx, caller, id, 'registry.manage', true);
        const idType = body.idType ?? (before.idType as DocumentType);
        if (body.idType !== undefined && body.idNumber === undefined && before.idNumberSealed) {
          throw invalid([
            { path: 'body.idNumber', message: 'give the number again when changing the document type' },
          ]);
        }
        const { idNumber, phone, ...plain } = body;
        const after = await repo.updatePerson(tx, before, {
          ...plain,
          idType,
          ...personalData(keys, idType, idNumber, phone),
        });
        await audit(
          tx,
          caller,
          after.communityId,
          'registry.person.update',
          'person',
          id,
          auditable(before),
          auditable(after),
        );
        return presentPerson(tx, caller, after);
      });
    },

    /** The full number, for a stated reason, with an audit row (RULES.md §4). The value itself is never logged. */
    async reveal(caller: Caller, id: number, field: 'idNumber' | 'phone', reason: string) {
      return db.transaction(async (tx) => {
        const p = await visiblePerson(tx, caller, id, 'registry.read');
        const community = await findNode(tx, caller.scope, p.communityId);
        if (!community || !can(caller.grants, 'person.reveal', community.path))
          throw forbidden('you may not reveal personal data');
        const sealed = field === 'idNumber' ? p.idNumberSealed : p.phoneSealed;
        if (!sealed) throw new AppError('wrong_state', 'no such number is on record');
        const value = openProtected(keys, field === 'idNumber' ? 'id_number' : 'phone', sealed);
        await audit(
          tx,
          caller,
          p.communityId,
          'registry.person.reveal',
          'person',
          p.id,
          null,
          { field },
          reason,
        );
        return { value };
      });
    },

    async addResidence(caller: Caller, body: s.CreateResidenceBody) {
      return db.transaction(async (tx) => {
        const h = await visibleHouse(tx, caller, body.houseId, 'registry.manage', true);
        const p = await visiblePerson(tx, caller, body.personId, 'registry.manage');
        if (p.communityId !== h.communityId)
          throw invalid([{ path: 'body.personId', message: 'the person belongs to another community' }]);
        const r = await repo.insertResidence(tx, {
          ...body,
          communityId: h.communityId,
          stayKind: body.stayKind ?? (body.relation === 'tenant' ? 'ordinary_rental' : 'other'),
        });
        await audit(tx, caller, h.communityId, 'registry.residence.create', 'residence', r.id, null, r);
        return oneHouse(tx, caller, h);
      });
    },

    async updateResidence(caller: Caller, id: number, body: s.UpdateResidenceBody) {
      return db.transaction(async (tx) => {
        const communities = [
          ...caller.scope.fullCommunityIds,
          ...caller.scope.partial.map((x) => x.communityId),
        ];
        const before = await repo.findResidence(tx, id, communities);
        if (!before) throw notFound('residence');
        const h = await visibleHouse(tx, caller, before.houseId, 'registry.manage', true);
        if (body.movedOutOn !== undefined && body.movedOutOn < before.movedInOn)
          throw invalid([{ path: 'body.movedOutOn', message: 'before the move-in date' }]);
        if (body.registered && before.registeredAt) throw new AppError('wrong_state', 'already registered');
        const after = await repo.updateResidence(tx, before, {
          ...(body.movedOutOn !== undefined ? { movedOutOn: body.movedOutOn } : {}),
          ...(body.registered ? { registeredAt: new Date() } : {}),
        });
        await audit(tx, caller, h.communityId, 'registry.residence.update', 'residence', id, before, after);
        return oneHouse(tx, caller, h);
      });
    },

    /** A building leader's list: current stays whose registration deadline has passed. */
    async overdue(caller: Caller, placeId: number, cursor: string | undefined, limit: number) {
      const node = await findNode(db, caller.scope, placeId);
      if (!node || node.communityId === null) throw notFound('place');
      if (!can(caller.grants, 'registry.read', node.path)) throw forbidden();
      const now = new Date();
      // Overdue is a function of the clock, so it is computed here over the unregistered stays, page by page.
      const rows = await repo.unregisteredStays(
        db,
        caller.scope,
        node.communityId,
        node.path,
        decodeCursor(cursor, cursorShape)?.id,
        5_000,
      );
      const refs = await houseRefs(
        db,
        rows.map((r) => r.house),
      );
      const items = rows.flatMap((r) => {
        const reg = registrationOf(r.residence, now, timeZone);
        if (reg.status !== 'overdue' || !reg.deadline) return [];
        return [
          {
            residenceId: r.residence.id,
            houseId: r.house.id,
            houseLabel: houseLabel(r.house, refs),
            personId: r.residence.personId,
            name: r.name,
            relation: r.residence.relation,
            stayKind: r.residence.stayKind,
            movedInOn: r.residence.movedInOn,
            deadline: reg.deadline,
            daysOverdue: reg.daysOverdue ?? 0,
          },
        ];
      });
      return page(
        items,
        limit,
        (i) => i,
        (i) => ({ id: i.residenceId }),
      );
    },
  };
}
