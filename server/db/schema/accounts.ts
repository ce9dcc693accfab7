import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';

/** A large global table with its own key: never joined to community tables in SQL. */
export const account = pgTable(
  'account',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Residents sign up with a phone number: kept only as its keyed lookup hash, to match their registry record. */
    phoneHash: text('phone_hash'),
    /** The same number sealed (AES-256-GCM, kind `phone`): opened only to show it masked to staff deciding a binding. */
    phoneSealed: text('phone_sealed'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('account_username_key').on(t.username),
    index('account_display_name_idx').on(t.displayName),
    unique('account_phone_hash_key').on(t.phoneHash),
  ],
);

/** A role granted at one org node; `node_path` is copied from the node so scope needs no join. */
export const roleGrant = pgTable(
  'role_grant',
  {
    accountId: bigint('account_id', { mode: 'number' })
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    nodeId: bigint('node_id', { mode: 'number' }).notNull(),
    nodeKind: text('node_kind').notNull(),
    nodePath: text('node_path').notNull(),
    communityId: bigint('community_id', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.role, t.nodeId] }),
    index('role_grant_node_idx').on(t.nodeId, t.role),
  ],
);

export const session = pgTable(
  'session',
  {
    /** sha256 of the cookie value: a leaked table does not hand out live sessions. */
    idHash: text('id_hash').primaryKey(),
    accountId: bigint('account_id', { mode: 'number' })
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('session_account_idx').on(t.accountId), index('session_last_seen_idx').on(t.lastSeenAt)],
);

export const apiToken = pgTable(
  'api_token',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    accountId: bigint('account_id', { mode: 'number' })
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    unique('api_token_hash_key').on(t.tokenHash),
    index('api_token_account_idx')
      .on(t.accountId)
      .where(sql`${t.revokedAt} is null`),
  ],
);

/**
 * One-time codes for signing up with a phone number (issue: resident accounts). Keyed by the phone's lookup
 * hash; the code itself is stored hashed. Also the ledger the rate limits count.
 */
export const signupCode = pgTable(
  'signup_code',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    phoneHash: text('phone_hash').notNull(),
    codeHash: text('code_hash').notNull(),
    ip: text('ip'),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('signup_code_phone_idx').on(t.phoneHash, t.createdAt),
    index('signup_code_ip_idx').on(t.ip, t.createdAt),
  ],
);
