// The staff side of binding accounts to houses: invitation codes to print, and the requests to decide.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { can } from '../../../domain/auth/policy';
import { maskPhone } from '../../../domain/common/mask';
import { localDate } from '../../../domain/common/local-date';
import type { Db, Executor, Tx } from '../../db/client';
import { AppError, forbidden, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import { openProtected, type DataKeys } from '../../crypto/personal-data';
import { insertGrant } from '../accounts/repository';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import { houseLabel, houseRefs } from '../registry/presenter';
import { findHouse, insertPerson, insertResidence, type HouseRow } from '../registry/repository';
import * as repo from './repository';
import type * as s from './schema';

// Unambiguous on paper: no 0/O, 1/I/L.
const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** `<community id in base 36>-<6 letters>`: the community routes the lookup to one tenant. */
export function newInvitationCode(communityId: number): string {
  const tail = Array.from({ length: 6 }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('');
  return `${communityId.toString(36).toUpperCase()}-${tail}`;
}

/** The resident role at the house's building or unit. */
export async function grantResident(tx: Tx, accountId: number, h: HouseRow) {
  const node = await findNode(
    tx,
    { fullCommunityIds: [h.communityId], partial: [], globalPaths: [], aboveCommunity: false },
    h.placeId,
  );
  if (!node) throw notFound('place');
  await insertGrant(tx, {
    accountId,
    role: 'resident',
    nodeId: node.id,
    nodeKind: node.kind,
    nodePath: node.path,
    communityId: h.communityId,
  });
}

/** Opened only to be masked at once; a number sealed under another key shows as unknown rather than failing the list. */
function maskedPhone(keys: DataKeys, sealed: string | null | undefined): string | null {
  if (!sealed) return null;
  try {
    return maskPhone(openProtected(keys, 'phone', sealed));
  } catch {
    return null;
  }
}

export const requestCursor = z.object({ id: z.number() });
type RequestRow = Awaited<ReturnType<typeof repo.myBindingRequests>>[number];

/** A page of binding requests, each named by its house, with what its reader may see of it besides. */
export async function requestPage<More extends object>(
  db: Executor,
  rows: RequestRow[],
  limit: number,
  more: (r: RequestRow['request']) => More,
) {
  const refs = await houseRefs(
    db,
    rows.slice(0, limit).map((r) => r.house),
  );
  return page(
    rows,
    limit,
    ({ request: r, house: h }) => ({
      id: r.id,
      houseId: r.houseId,
      houseLabel: houseLabel(h, refs),
      status: r.status,
      createdAt: r.createdAt,
      ...more(r),
    }),
    (r) => ({ id: r.request.id }),
  );
}

export function staffService(
  db: Db,
  keys: DataKeys,
  timeZone: string,
  rightsChanged: (accountId: number) => void,
) {
  async function housePlace(
    caller: Caller,
    placeId: number,
    permission: 'registry.read' | 'registry.manage',
  ) {
    const node = await findNode(db, caller.scope, placeId);
    if (!node || node.communityId === null || node.kind === 'community') throw notFound('place');
    if (!can(caller.grants, permission, node.path)) throw forbidden();
    return { ...node, communityId: node.communityId };
  }

  return {
    /** Codes for every house under a building or unit (created where missing), for staff to print. */
    async invitations(caller: Caller, placeId: number, create: boolean) {
      const node = await housePlace(caller, placeId, create ? 'registry.manage' : 'registry.read');
      const communityId = node.communityId;
      return db.transaction(async (tx) => {
        const houses = await repo.housesUnder(tx, caller.scope, communityId, node.path);
        const codesOf = async () =>
          new Map(
            (
              await repo.invitationsOf(
                tx,
                communityId,
                houses.map((h) => h.id),
              )
            ).map((i) => [i.houseId, i.code]),
          );
        if (create) {
          const have = await codesOf();
          const fresh = houses
            .filter((h) => !have.has(h.id))
            .map((h) => ({ communityId, houseId: h.id, code: newInvitationCode(communityId) }));
          await repo.insertInvitations(tx, fresh);
          if (fresh.length)
            await appendAudit(tx, {
              communityId,
              actor: actorOf(caller),
              action: 'resident.invitations',
              entityType: 'place',
              entityId: node.id,
              after: { created: fresh.length },
            });
        }
        const codes = await codesOf();
        const refs = await houseRefs(tx, houses);
        return {
          items: houses.flatMap((h) =>
            codes.has(h.id)
              ? [{ houseId: h.id, houseLabel: houseLabel(h, refs), code: codes.get(h.id) as string }]
              : [],
          ),
        };
      });
    },

    /** A new code for one house; the old one stops working (a lost or misused notice). Codes are not audited, their issue is. */
    async reissueInvitation(caller: Caller, houseId: number) {
      return db.transaction(async (tx) => {
        const h = await findHouse(tx, caller.scope, houseId, true);
        if (!h) throw notFound('house');
        if (!can(caller.grants, 'registry.manage', h.placePath)) throw forbidden();
        const [old] = await repo.invitationsOf(tx, h.communityId, [h.id]);
        const fresh = await repo.replaceInvitation(tx, h.communityId, h.id, newInvitationCode(h.communityId));
        await appendAudit(tx, {
          communityId: h.communityId,
          actor: actorOf(caller),
          action: 'resident.invitation_reissue',
          entityType: 'house',
          entityId: h.id,
          before: old ? { issuedAt: old.createdAt } : null,
          after: { issuedAt: fresh.createdAt },
        });
        return { houseId: h.id, houseLabel: houseLabel(h, await houseRefs(tx, [h])), code: fresh.code };
      });
    },

    /** Pending requests under a place, each with the applicant's phone masked (never the number itself). */
    async bindingRequests(caller: Caller, placeId: number, cursor: string | undefined, limit: number) {
      const node = await housePlace(caller, placeId, 'registry.read');
      const rows = await repo.listBindingRequests(
        db,
        caller.scope,
        node.communityId,
        node.path,
        decodeCursor(cursor, requestCursor)?.id,
        limit,
      );
      const phones = await repo.accountPhones(
        db,
        rows.slice(0, limit).map((r) => r.request.accountId),
      );
      return requestPage(db, rows, limit, (r) => ({
        displayName: r.displayName,
        phoneMasked: maskedPhone(keys, phones.get(r.accountId)),
      }));
    },

    async decide(
      caller: Caller,
      id: number,
      decision:
        | { approve: true; relation: s.ApproveBody['relation']; personId?: number | undefined }
        | { approve: false; reason?: string | undefined },
    ) {
      const decided = await db.transaction(async (tx) => {
        const found = await repo.findBindingRequest(tx, caller.scope, id);
        if (!found) throw notFound('binding request');
        const { request, house: h } = found;
        if (!can(caller.grants, 'registry.manage', h.placePath)) throw forbidden();
        if (request.status !== 'pending')
          throw new AppError('wrong_state', 'the request was already decided');
        if (decision.approve) {
          const acc = await repo.accountPhone(tx, request.accountId);
          const phone = maskedPhone(keys, acc?.phoneSealed);
          const personId =
            decision.personId ??
            (
              await insertPerson(tx, {
                communityId: h.communityId,
                name: request.displayName,
                idType: 'resident_id',
                phoneHash: acc?.phoneHash ?? null,
                // The number sealed at sign-up, so the new record shows it masked like any other.
                ...(phone ? { phoneSealed: acc?.phoneSealed ?? null, phoneMasked: phone } : {}),
              })
            ).id;
          await repo.linkPerson(tx, h.communityId, personId, request.accountId);
          if (decision.personId === undefined) {
            await insertResidence(tx, {
              communityId: h.communityId,
              houseId: h.id,
              personId,
              relation: decision.relation,
              movedInOn: localDate(new Date(), timeZone),
            });
          }
          await grantResident(tx, request.accountId, h);
        }
        const reason = decision.approve ? null : (decision.reason ?? null);
        await repo.decideBindingRequest(
          tx,
          h.communityId,
          id,
          decision.approve ? 'approved' : 'rejected',
          reason,
        );
        await appendAudit(tx, {
          communityId: h.communityId,
          actor: actorOf(caller),
          action: decision.approve ? 'resident.bind_approve' : 'resident.bind_reject',
          entityType: 'binding_request',
          entityId: id,
          before: { status: request.status },
          after: decision,
        });
        return {
          id,
          accountId: request.accountId,
          status: decision.approve ? ('approved' as const) : ('rejected' as const),
        };
      });
      if (decision.approve) rightsChanged(decided.accountId);
      return { id: decided.id, status: decided.status };
    },
  };
}
