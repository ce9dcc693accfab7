import { createHash } from 'node:crypto';
import { chainPayload, type ChainedFields } from '../../../domain/audit/canonical';

export function chainHash(fields: ChainedFields): string {
  return createHash('sha256').update(chainPayload(fields)).digest('hex');
}
