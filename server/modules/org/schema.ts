import { z } from 'zod';
import { ORG_KINDS } from '../../../domain/org/tree';
import { pageOf, pageQuery } from '../../http/pagination';

export const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const idParams = z.object({ id });

const name = z.string().trim().min(1).max(100);
const code = z
  .string()
  .trim()
  .regex(/^\d{6,24}$/, 'digits only, 6 to 24 of them');
const attributes = z.record(z.string(), z.unknown());

export const nodeRef = z.object({ id: z.number(), kind: z.enum(ORG_KINDS), name: z.string() });

export const node = z
  .object({
    id: z.number(),
    kind: z.enum(ORG_KINDS),
    code: z.string(),
    name: z.string(),
    parentId: z.number().nullable(),
    communityId: z.number().nullable(),
    path: z.array(nodeRef),
    attributes,
    childCount: z.number(),
    actions: z.array(z.enum(['update', 'create_child', 'manage_grids'])),
  })
  .meta({ id: 'OrgNode' });
export type NodeResponse = z.infer<typeof node>;

export const listNodesQuery = z.object({
  parentId: id.optional(),
  kind: z.enum(ORG_KINDS).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  ...pageQuery,
});
export type ListNodesQuery = z.infer<typeof listNodesQuery>;
export const nodePage = pageOf(node);

export const createNodeBody = z.strictObject({
  parentId: id,
  kind: z.enum(ORG_KINDS),
  name,
  code: code.optional(),
  attributes: attributes.optional(),
});
export type CreateNodeBody = z.infer<typeof createNodeBody>;

export const updateNodeBody = z
  .strictObject({ name: name.optional(), code: code.optional(), attributes: attributes.optional() })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
export type UpdateNodeBody = z.infer<typeof updateNodeBody>;
