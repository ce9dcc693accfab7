import { GENESIS_HASH } from '../../../domain/audit/canonical';
import type { Executor } from '../../db/client';
import { chainHash } from './chain';
import { chainStarts, listChains, readChain } from './repository';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  brokenAt: { chain: number; seq: number } | null;
}

/**
 * Recomputes every hash and link. A changed field, a removed row or a reordered row all break the chain
 * at the first affected row. A pruned chain starts from its checkpoint, the last pruned row's seq and hash.
 */
export async function verifyAudit(db: Executor, chains?: number[]): Promise<VerifyResult> {
  let checked = 0;
  const starts = await chainStarts(db);
  for (const chain of chains ?? (await listChains(db))) {
    let prevHash = starts.get(chain)?.hash ?? GENESIS_HASH;
    let expectedSeq = (starts.get(chain)?.seq ?? 0) + 1;
    for await (const row of readChain(db, chain)) {
      const { hash, ...fields } = row;
      if (row.seq !== expectedSeq || row.prevHash !== prevHash || chainHash(fields) !== hash) {
        return { ok: false, checked, brokenAt: { chain, seq: row.seq } };
      }
      checked += 1;
      expectedSeq += 1;
      prevHash = hash;
    }
  }
  return { ok: true, checked, brokenAt: null };
}
