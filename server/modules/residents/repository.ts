import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  account,
  bindingRequest,
  house,
  houseInvitation,
  houseOwner,
  person,
  residence,
  signupCode,
} from '../../db/schema';
import type { Scope } from '../auth/caller';
import { inScopePlaces } from '../auth/scope-sql';

export async function codesSince(db: Executor, column: 'phone' | 'ip', value: string, since: Date) {
  const col = column === 'phone' ? signupCode.phoneHash : signupCode.ip;
  const [r] = await db
    .select({ n: count(), last: sql<Date | null>`max(${signupCode.createdAt})` })
    .from(signupCode)
    .where(and(eq(col, value), gte(signupCode.createdAt, since)));
  return { n: r?.n ?? 0, last: r?.last ? new Date(r.last) : null };
}

export async function insertCode(db: Executor, v: typeof signupCode.$inferInsert) {
  await db.insert(signupCode).values(v);
}

export async function latestCode(db: Executor, phoneHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(signupCode)
    .where(
      and(eq(signupCode.phoneHash, phoneHash), isNull(signupCode.consumedAt), gt(signupCode.expiresAt, now)),
    )
    .orderBy(desc(signupCode.createdAt))
    .limit(1)
    .for('update');
  return row ?? null;
}

export async function markCode(db: Executor, id: number, patch: Partial<typeof signupCode.$inferInsert>) {
  await db.update(signupCode).set(patch).where(eq(signupCode.id, id));
}

export async function accountByPhone(db: Executor, phoneHash: string) {
  const [row] = await db.select({ id: account.id }).from(account).where(eq(account.phoneHash, phoneHash));
  return row ?? null;
}

export async function setAccountPhone(db: Executor, id: number, phone: { hash: string; sealed: string }) {
  await db
    .update(account)
    .set({ phoneHash: phone.hash, phoneSealed: phone.sealed })
    .where(eq(account.id, id));
}

export async function accountPhone(db: Executor, id: number) {
  const [row] = await db
    .select({
      phoneHash: account.phoneHash,
      phoneSealed: account.phoneSealed,
      displayName: account.displayName,
    })
    .from(account)
    .where(eq(account.id, id));
  return row ?? null;
}

/** The sealed phones of accounts: a separate query, since accounts are never joined to tenant tables. */
export async function accountPhones(db: Executor, ids: number[]) {
  if (!ids.length) return new Map<number, string | null>();
  const rows = await db
    .select({ id: account.id, phoneSealed: account.phoneSealed })
    .from(account)
    .where(inArray(account.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.phoneSealed]));
}

export async function housesUnder(db: Executor, scope: Scope, communityId: number, path: string) {
  return db
    .select()
    .from(house)
    .where(
      and(
        eq(house.communityId, communityId),
        sql`${house.placePath} like ${`${path}%`}`,
        inScopePlaces(scope, house.communityId, house.placePath),
      ),
    )
    .orderBy(asc(house.placePath), asc(house.floor), asc(house.number));
}

export async function invitationsOf(db: Executor, communityId: number, houseIds: number[]) {
  if (!houseIds.length) return [];
  return db
    .select()
    .from(houseInvitation)
    .where(
      and(
        eq(houseInvitation.communityId, communityId),
        sql`${houseInvitation.houseId} = any(${sql.param(houseIds)}::bigint[])`,
      ),
    );
}

export async function insertInvitations(db: Executor, rows: (typeof houseInvitation.$inferInsert)[]) {
  if (rows.length) await db.insert(houseInvitation).values(rows).onConflictDoNothing();
}

/** A house's code replaced by a new one (the old one stops working at once), or its first code. */
export async function replaceInvitation(db: Executor, communityId: number, houseId: number, code: string) {
  const [row] = await db
    .insert(houseInvitation)
    .values({ communityId, houseId, code })
    .onConflictDoUpdate({
      target: [houseInvitation.communityId, houseInvitation.houseId],
      set: { code, createdAt: sql`now()` },
    })
    .returning();
  return row as typeof houseInvitation.$inferSelect;
}

export async function houseByInvitation(db: Executor, communityId: number, code: string) {
  const [row] = await db
    .select({ house })
    .from(houseInvitation)
    .innerJoin(
      house,
      and(eq(house.communityId, houseInvitation.communityId), eq(house.id, houseInvitation.houseId)),
    )
    .where(and(eq(houseInvitation.communityId, communityId), eq(houseInvitation.code, code)));
  return row?.house ?? null;
}

/** The person of this house (owner or current resident) whose phone matches the account's. */
export async function personOfHouseByPhone(
  db: Executor,
  communityId: number,
  houseId: number,
  phoneHash: string,
) {
  const linked = sql`(exists (select 1 from ${houseOwner} o where o.community_id = ${person.communityId} and o.person_id = ${person.id} and o.house_id = ${houseId})
    or exists (select 1 from ${residence} r where r.community_id = ${person.communityId} and r.person_id = ${person.id} and r.house_id = ${houseId} and r.moved_out_on is null))`;
  const [row] = await db
    .select()
    .from(person)
    .where(and(eq(person.communityId, communityId), eq(person.phoneHash, phoneHash), linked));
  return row ?? null;
}

export async function linkPerson(db: Executor, communityId: number, personId: number, accountId: number) {
  await db
    .update(person)
    .set({ accountId, updatedAt: new Date() })
    .where(and(eq(person.communityId, communityId), eq(person.id, personId)));
}

export async function insertBindingRequest(db: Executor, v: typeof bindingRequest.$inferInsert) {
  const [row] = await db.insert(bindingRequest).values(v).returning();
  return row as typeof bindingRequest.$inferSelect;
}

/** Binding requests with their house: every query of them starts here. */
const requestsWithHouse = (db: Executor) =>
  db
    .select({ request: bindingRequest, house })
    .from(bindingRequest)
    .innerJoin(
      house,
      and(eq(house.communityId, bindingRequest.communityId), eq(house.id, bindingRequest.houseId)),
    );

export async function listBindingRequests(
  db: Executor,
  scope: Scope,
  communityId: number,
  path: string,
  afterId: number | undefined,
  limit: number,
) {
  return requestsWithHouse(db)
    .where(
      and(
        eq(bindingRequest.communityId, communityId),
        eq(bindingRequest.status, 'pending'),
        sql`${house.placePath} like ${`${path}%`}`,
        inScopePlaces(scope, house.communityId, house.placePath),
        afterId !== undefined ? gt(bindingRequest.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(bindingRequest.id))
    .limit(limit + 1);
}

/** The caller's own requests (the account is the scope), newest first, in every community. */
export async function myBindingRequests(
  db: Executor,
  accountId: number,
  beforeId: number | undefined,
  limit: number,
) {
  return requestsWithHouse(db)
    .where(
      and(
        eq(bindingRequest.accountId, accountId),
        beforeId !== undefined ? lt(bindingRequest.id, beforeId) : undefined,
      ),
    )
    .orderBy(desc(bindingRequest.id))
    .limit(limit + 1);
}

export async function findBindingRequest(db: Executor, scope: Scope, id: number) {
  const [row] = await requestsWithHouse(db)
    .where(and(eq(bindingRequest.id, id), inScopePlaces(scope, house.communityId, house.placePath)))
    .for('update', { of: bindingRequest });
  return row ?? null;
}

export async function decideBindingRequest(
  db: Executor,
  communityId: number,
  id: number,
  status: 'approved' | 'rejected',
  reason: string | null,
) {
  await db
    .update(bindingRequest)
    .set({ status, reason, decidedAt: new Date() })
    .where(and(eq(bindingRequest.communityId, communityId), eq(bindingRequest.id, id)));
}
