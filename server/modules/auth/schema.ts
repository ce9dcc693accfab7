import { z } from 'zod';
import { ROLES } from '../../../domain/auth/roles';
import { pageOf, pageQuery } from '../../http/pagination';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const userRole = z.object({
  role: z.enum(ROLES),
  nodeId: z.number(),
  nodeKind: z.string(),
  nodeName: z.string(),
  nodePath: z.array(z.object({ id: z.number(), kind: z.string(), name: z.string() })),
});

export const user = z
  .object({ id: z.number(), username: z.string(), displayName: z.string(), roles: z.array(userRole) })
  .meta({ id: 'User' });

export const sessionResponse = z.object({ user, csrfToken: z.string().nullable() });

export const apiToken = z
  .object({
    id: z.number(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.date(),
    lastUsedAt: z.date().nullable(),
    expiresAt: z.date().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const tokenPage = pageOf(apiToken);
export const tokenListQuery = z.object(pageQuery);
export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export const createdToken = apiToken.extend({ token: z.string() });
