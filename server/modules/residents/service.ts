import { randomInt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { can } from '../../../domain/auth/policy';
import { validatePhone } from '../../../domain/common/mask';
import { localDate } from '../../../domain/common/local-date';
import type { Db, Tx } from '../../db/client';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import { lookupHash, type DataKeys } from '../../crypto/personal-data';
import type { Notifier } from '../../notify/notifier';
import { insertAccount, insertGrant } from '../accounts/repository';
import { passwordProblems } from '../accounts/service';
import { actorOf, type Actor } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { hashPassword } from '../auth/passwords';
import { sha256 } from '../auth/secrets';
import type { AuthService } from '../auth/service';
import { appendAudit, GLOBAL_CHAIN } from '../audit/repository';
import { findNode } from '../org/repository';
import { houseLabel, houseRefs } from '../registry/presenter';
import { insertPerson, insertResidence, type HouseRow } from '../registry/repository';
import * as repo from './repository';
import type * as s from './schema';

const CODE_TTL_S = 600;
const RESEND_AFTER_S = 60;
const MAX_PER_PHONE_HOUR = 5;
const MAX_PER_IP_HOUR = 20;
const MAX_ATTEMPTS = 5;
// Unambiguous on paper: no 0/O, 1/I/L.
const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const codeHash = (code: string, phoneHash: string) => sha256(`${phoneHash}:${code}`);
const rateLimited = (seconds: number) =>
  new AppError(
    'rate_limited',
    'too many codes requested; try again later',
    undefined,
    Math.max(1, Math.ceil(seconds)),
  );

/** `<community id in base 36>-<6 letters>`: the community routes the lookup to one tenant. */
export function newInvitationCode(communityId: number): string {
  const tail = Array.from({ length: 6 }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('');
  return `${communityId.toString(36).toUpperCase()}-${tail}`;
}

function parseInvitationCode(code: string): { communityId: number; code: string } | null {
  const m = /^([0-9A-Z]{1,12})-([A-Z0-9]{6})$/.exec(code.trim().toUpperCase());
  if (!m?.[1] || !m[2]) return null;
  return { communityId: parseInt(m[1], 36), code: `${m[1]}-${m[2]}` };
}

export function residentsService(
  db: Db,
  keys: DataKeys,
  notifier: Notifier,
  auth: AuthService,
  timeZone: string,
) {
  function phoneHashOf(phone: string, field: string): { normalized: string; hash: string } {
    const check = validatePhone(phone);
    if (!check.ok || (check.kind !== 'mainland_mobile' && check.kind !== 'hong_kong'))
      throw invalid([{ path: field, message: 'a mobile phone number' }]);
    return { normalized: check.normalized, hash: lookupHash(keys, 'phone', check.normalized) };
  }

  async function grantResident(tx: Tx, accountId: number, h: HouseRow) {
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

  async function label(tx: Tx, h: HouseRow) {
    return houseLabel(h, await houseRefs(tx, [h]));
  }

  return {
    /** Sends a six-digit code; limited per phone (one a minute, five an hour) and per address (twenty an hour). */
    async requestCode(phone: string, ip: string) {
      const { normalized, hash } = phoneHashOf(phone, 'body.phone');
      const now = Date.now();
      const hourAgo = new Date(now - 3_600_000);
      const [byPhone, byIp] = await Promise.all([
        repo.codesSince(db, 'phone', hash, hourAgo),
        repo.codesSince(db, 'ip', ip, hourAgo),
      ]);
      if (byPhone.last && now - byPhone.last.getTime() < RESEND_AFTER_S * 1000)
        throw rateLimited(RESEND_AFTER_S - (now - byPhone.last.getTime()) / 1000);
      if (byPhone.n >= MAX_PER_PHONE_HOUR || byIp.n >= MAX_PER_IP_HOUR) throw rateLimited(3600);
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await repo.insertCode(db, {
        phoneHash: hash,
        codeHash: codeHash(code, hash),
        ip,
        expiresAt: new Date(now + CODE_TTL_S * 1000),
      });
      await notifier.send({
        phone: normalized,
        kind: 'signup_code',
        text: `【邻里】您的注册验证码是 ${code}，10分钟内有效。`,
        params: { code },
      });
      return { expiresInSeconds: CODE_TTL_S, resendAfterSeconds: RESEND_AFTER_S };
    },

    /** Creates the account (no role yet: binding a house grants it) and signs it in. */
    async signUp(body: s.SignupBody, info: { ip: string; userAgent: string | null }) {
      const { hash } = phoneHashOf(body.phone, 'body.phone');
      const problems = passwordProblems(body.password, body.username);
      if (problems.length) throw invalid(problems);
      const passwordHash = await hashPassword(body.password);
      const verified = await db.transaction(async (tx) => {
        const challenge = await repo.latestCode(tx, hash, new Date());
        const ok =
          challenge !== null &&
          challenge.attempts < MAX_ATTEMPTS &&
          timingSafeEqual(Buffer.from(challenge.codeHash), Buffer.from(codeHash(body.code, hash)));
        if (!ok) {
          // The attempt must count even though the request fails, so this transaction commits first.
          if (challenge) await repo.markCode(tx, challenge.id, { attempts: challenge.attempts + 1 });
          return false;
        }
        if (await repo.accountByPhone(tx, hash))
          throw new AppError('conflict', 'an account with this phone number exists; sign in instead');
        const created = await insertAccount(tx, {
          username: body.username,
          displayName: body.displayName,
          passwordHash,
        });
        await repo.setAccountPhone(tx, created.id, hash);
        await repo.markCode(tx, challenge.id, { consumedAt: new Date() });
        const actor: Actor = { id: created.id, name: created.username, ip: info.ip };
        await appendAudit(tx, {
          communityId: GLOBAL_CHAIN,
          actor,
          action: 'account.signup',
          entityType: 'account',
          entityId: created.id,
          after: { username: created.username },
        });
        return true;
      });
      if (!verified) throw invalid([{ path: 'body.code', message: 'wrong or expired code' }]);
      return auth.login(body.username, body.password, info);
    },

    /** Binds the caller to the house of an invitation code: at once when the registry knows their phone there, else by staff approval. */
    async bind(caller: Caller, invitationCode: string) {
      const parsed = parseInvitationCode(invitationCode);
      if (!parsed) throw invalid([{ path: 'body.invitationCode', message: 'not an invitation code' }]);
      return db.transaction(async (tx) => {
        const h = await repo.houseByInvitation(tx, parsed.communityId, parsed.code);
        if (!h) throw invalid([{ path: 'body.invitationCode', message: 'unknown invitation code' }]);
        const acc = await repo.accountPhone(tx, caller.accountId);
        const houseLabelText = await label(tx, h);
        const known = acc?.phoneHash
          ? await repo.personOfHouseByPhone(tx, h.communityId, h.id, acc.phoneHash)
          : null;
        if (known) {
          await repo.linkPerson(tx, h.communityId, known.id, caller.accountId);
          await grantResident(tx, caller.accountId, h);
          await appendAudit(tx, {
            communityId: h.communityId,
            actor: actorOf(caller),
            action: 'resident.bind',
            entityType: 'house',
            entityId: h.id,
            after: { personId: known.id },
          });
          return { status: 'bound' as const, houseLabel: houseLabelText };
        }
        const req = await repo.insertBindingRequest(tx, {
          communityId: h.communityId,
          houseId: h.id,
          accountId: caller.accountId,
          displayName: acc?.displayName ?? caller.displayName,
        });
        await appendAudit(tx, {
          communityId: h.communityId,
          actor: actorOf(caller),
          action: 'resident.bind_request',
          entityType: 'binding_request',
          entityId: req.id,
          after: { houseId: h.id },
        });
        return { status: 'pending' as const, houseLabel: houseLabelText };
      });
    },

    /** Codes for every house under a building or unit (created where missing), for staff to print. */
    async invitations(caller: Caller, placeId: number, create: boolean) {
      const node = await findNode(db, caller.scope, placeId);
      if (!node || node.communityId === null || node.kind === 'community') throw notFound('place');
      if (!can(caller.grants, create ? 'registry.manage' : 'registry.read', node.path)) throw forbidden();
      const communityId = node.communityId;
      return db.transaction(async (tx) => {
        const houses = await repo.housesUnder(tx, caller.scope, communityId, node.path);
        if (create) {
          const have = new Set(
            (
              await repo.invitationsOf(
                tx,
                communityId,
                houses.map((h) => h.id),
              )
            ).map((i) => i.houseId),
          );
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
        const codes = new Map(
          (
            await repo.invitationsOf(
              tx,
              communityId,
              houses.map((h) => h.id),
            )
          ).map((i) => [i.houseId, i.code]),
        );
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

    async bindingRequests(caller: Caller, placeId: number, cursor: string | undefined, limit: number) {
      const node = await findNode(db, caller.scope, placeId);
      if (!node || node.communityId === null || node.kind === 'community') throw notFound('place');
      if (!can(caller.grants, 'registry.read', node.path)) throw forbidden();
      const rows = await repo.listBindingRequests(
        db,
        caller.scope,
        node.communityId,
        node.path,
        decodeCursor(cursor, z.object({ id: z.number() }))?.id,
        limit,
      );
      const refs = await houseRefs(
        db,
        rows.map((r) => r.house),
      );
      return page(
        rows,
        limit,
        (r) => ({ ...r.request, houseLabel: houseLabel(r.house, refs) }),
        (r) => ({ id: r.request.id }),
      );
    },

    async decide(
      caller: Caller,
      id: number,
      decision:
        | { approve: true; relation: s.ApproveBody['relation']; personId?: number | undefined }
        | { approve: false },
    ) {
      return db.transaction(async (tx) => {
        const found = await repo.findBindingRequest(tx, caller.scope, id);
        if (!found) throw notFound('binding request');
        const { request, house: h } = found;
        if (!can(caller.grants, 'registry.manage', h.placePath)) throw forbidden();
        if (request.status !== 'pending')
          throw new AppError('wrong_state', 'the request was already decided');
        if (decision.approve) {
          const acc = await repo.accountPhone(tx, request.accountId);
          const personId =
            decision.personId ??
            (
              await insertPerson(tx, {
                communityId: h.communityId,
                name: request.displayName,
                idType: 'resident_id',
                phoneHash: acc?.phoneHash ?? null,
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
        await repo.decideBindingRequest(tx, h.communityId, id, decision.approve ? 'approved' : 'rejected');
        await appendAudit(tx, {
          communityId: h.communityId,
          actor: actorOf(caller),
          action: decision.approve ? 'resident.bind_approve' : 'resident.bind_reject',
          entityType: 'binding_request',
          entityId: id,
          after: decision,
        });
        return { id, status: decision.approve ? ('approved' as const) : ('rejected' as const) };
      });
    },
  };
}
