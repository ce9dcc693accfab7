import { bigint, timestamp } from 'drizzle-orm/pg-core';

// Column builders the tenant tables of later capabilities share (the earlier schema files keep their own copies).
export const at = (name: string) => timestamp(name, { withTimezone: true });
export const communityId = () => bigint('community_id', { mode: 'number' }).notNull();
export const tenantId = () => bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity();
export const ref = (name: string) => bigint(name, { mode: 'number' });
