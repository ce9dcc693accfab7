import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiToken } from '../../db/schema';
import { accountsService } from '../accounts/service';
import { appendAudit, GLOBAL_CHAIN } from '../audit/repository';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { findAccountByUsername, insertApiToken } from '../auth/repository';
import { API_TOKEN_PREFIX, randomToken, sha256 } from '../auth/secrets';

/**
 * The demo's Open311 integration (docs/API.md "Open311 GeoReport v2"): an account of 莲花街道 and an API token whose
 * secret is published with the demo. Never seeded outside `--demo`.
 *
 * The role is `department_staff` at the street, the narrowest role that reports and sees events street-wide: it
 * holds only `org.read` and `token.own`, no registry, personal-data or governance permission, and is no dispatcher
 * (`street_staff` would add all of these). Like every department_staff grant at the street it also acts for the
 * street's departments on events assigned to them.
 */
export const OPEN311_DEMO = {
  username: 'open311.demo',
  displayName: 'Open311 演示接入',
  role: 'department_staff',
  tokenName: 'Open311 demo',
  secret: 'linli-demo-open311',
} as const;

/** Creates what is missing of the integration account and its token; a second call does nothing (returns false). */
export async function seedOpen311Demo(db: Db, caller: Caller, streetId: number): Promise<boolean> {
  let created = false;
  let account = await findAccountByUsername(db, OPEN311_DEMO.username);
  if (!account) {
    await accountsService(db).create(caller, {
      username: OPEN311_DEMO.username,
      displayName: OPEN311_DEMO.displayName,
      // Nobody knows it: the integration signs in with its token only.
      password: randomToken(),
      roles: [{ role: OPEN311_DEMO.role, nodeId: streetId }],
    });
    account = await findAccountByUsername(db, OPEN311_DEMO.username);
    created = true;
  }
  if (!account) throw new Error('the Open311 demo account was not created');
  const accountId = account.id;
  // Stored exactly as POST /auth/tokens stores a generated one (its sha256), so the normal token check accepts it.
  const tokenHash = sha256(OPEN311_DEMO.secret);
  const [existing] = await db
    .select({ id: apiToken.id })
    .from(apiToken)
    .where(eq(apiToken.tokenHash, tokenHash));
  if (existing) return created;
  await db.transaction(async (tx) => {
    const row = await insertApiToken(tx, {
      accountId,
      name: OPEN311_DEMO.tokenName,
      prefix: OPEN311_DEMO.secret.slice(0, API_TOKEN_PREFIX.length + 6),
      tokenHash,
      expiresAt: null,
    });
    await appendAudit(tx, {
      communityId: GLOBAL_CHAIN,
      actor: actorOf(caller),
      action: 'auth.token.create',
      entityType: 'api_token',
      entityId: row.id,
      after: { id: row.id, name: OPEN311_DEMO.tokenName, accountId },
    });
  });
  return true;
}
