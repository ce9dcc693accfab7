import { bigint, integer, text, timestamp } from 'drizzle-orm/pg-core';

// Column builders the tenant tables of later capabilities share (the earlier schema files keep their own copies).
export const at = (name: string) => timestamp(name, { withTimezone: true });
export const communityId = () => bigint('community_id', { mode: 'number' }).notNull();
export const tenantId = () => bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity();
export const ref = (name: string) => bigint(name, { mode: 'number' });

/** What is kept of a stored file (an upload and every attachment made from it), accepted by its content. */
export const storedFile = () => ({
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** Who drafted an object staff author (an elevator retrofit, a convention …), and when it was created and changed. */
export const authored = () => ({
  createdByAccountId: ref('created_by_account_id'),
  createdByName: text('created_by_name').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
