import { randomInt, timingSafeEqual } from 'node:crypto';
import { maskPhone, validatePhone } from '../../../domain/common/mask';
import type { Db, Tx } from '../../db/client';
import { AppError, invalid } from '../../http/errors';
import { decodeCursor } from '../../http/pagination';
import { protect, type DataKeys } from '../../crypto/personal-data';
import type { Notifier } from '../../notify/notifier';
import { insertAccount } from '../accounts/repository';
import { passwordProblems } from '../accounts/service';
import { actorOf, type Actor } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { hashPassword } from '../auth/passwords';
import { sha256 } from '../auth/secrets';
import type { AuthService } from '../auth/service';
import { appendAudit, GLOBAL_CHAIN } from '../audit/repository';
import { houseLabel, houseRefs } from '../registry/presenter';
import type { HouseRow } from '../registry/repository';
import * as repo from './repository';
import type * as s from './schema';
import { grantResident, requestCursor, requestPage, staffService } from './staff';

const CODE_TTL_S = 600;
const RESEND_AFTER_S = 60;
const MAX_PER_PHONE_HOUR = 5;
const MAX_PER_IP_HOUR = 20;
const MAX_ATTEMPTS = 5;

const codeHash = (code: string, phoneHash: string) => sha256(`${phoneHash}:${code}`);
const rateLimited = (seconds: number) =>
  new AppError(
    'rate_limited',
    'too many codes requested; try again later',
    undefined,
    Math.max(1, Math.ceil(seconds)),
  );

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
  /** A mobile number in the forms kept of it: the keyed hash to match, sealed to show masked later. */
  function phoneOf(phone: string, field: string): { normalized: string; hash: string; sealed: string } {
    const check = validatePhone(phone);
    if (!check.ok || (check.kind !== 'mainland_mobile' && check.kind !== 'hong_kong'))
      throw invalid([{ path: field, message: 'a mobile phone number' }]);
    const p = protect(keys, 'phone', check.normalized, maskPhone(check.normalized));
    return { normalized: check.normalized, hash: p.hash, sealed: p.sealed };
  }

  async function label(tx: Tx, h: HouseRow) {
    return houseLabel(h, await houseRefs(tx, [h]));
  }

  return {
    /** Sends a six-digit code; limited per phone (one a minute, five an hour) and per address (twenty an hour). */
    async requestCode(phone: string, ip: string) {
      const { normalized, hash } = phoneOf(phone, 'body.phone');
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
      const phone = phoneOf(body.phone, 'body.phone');
      const { hash } = phone;
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
        await repo.setAccountPhone(tx, created.id, phone);
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
      const outcome = await db.transaction(async (tx) => {
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
      if (outcome.status === 'bound') auth.rightsChanged(caller.accountId);
      return outcome;
    },

    /** The caller's own binding requests (pending, decided), newest first: how a resident follows one. */
    async myBindingRequests(caller: Caller, cursor: string | undefined, limit: number) {
      const rows = await repo.myBindingRequests(
        db,
        caller.accountId,
        decodeCursor(cursor, requestCursor)?.id,
        limit,
      );
      return requestPage(db, rows, limit, (r) => ({ decidedAt: r.decidedAt, reason: r.reason }));
    },

    ...staffService(db, keys, timeZone, (id) => auth.rightsChanged(id)),
  };
}
