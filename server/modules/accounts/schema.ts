import { z } from 'zod';
import { USERNAME_PATTERN } from '../../../domain/accounts/password-policy';
import { ROLES } from '../../../domain/auth/roles';
import { pageOf, pageQuery } from '../../http/pagination';
import { userRole } from '../auth/schema';
import { id } from '../org/schema';

export const grantBody = z.strictObject({ role: z.enum(ROLES), nodeId: id });
export type GrantBody = z.infer<typeof grantBody>;

export const createAccountBody = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(USERNAME_PATTERN, 'lowercase letters, digits, . _ -; 3–64, starting with a letter'),
  displayName: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(256),
  roles: z.array(grantBody).max(50).default([]),
});
export type CreateAccountBody = z.infer<typeof createAccountBody>;

export const accountResponse = z
  .object({
    id: z.number(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(userRole),
    locked: z.boolean(),
    createdAt: z.date(),
  })
  .meta({ id: 'Account' });
export const accountPage = pageOf(accountResponse);

export const accountListQuery = z.object({ q: z.string().trim().min(1).max(64).optional(), ...pageQuery });
export const revokeParams = z.object({ id, role: z.enum(ROLES), nodeId: id });
