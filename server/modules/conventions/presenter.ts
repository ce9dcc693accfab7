import { conventionMachine } from '../../../domain/conventions/machine';
import type { Executor } from '../../db/client';
import type { Caller } from '../auth/caller';
import { pathOf, pathRefs } from '../org/repository';
import { voteOutcome } from '../votes/deciding-vote';
import type { ConventionContext } from './access';
import * as repo from './repository';
import type { ConventionResponse, ConventionSummary } from './schema';

export async function presentSummaries(
  db: Executor,
  rows: repo.ConventionRow[],
): Promise<ConventionSummary[]> {
  const refs = await pathRefs(
    db,
    rows.map((c) => ({ path: c.nodePath, communityId: c.communityId })),
  );
  return rows.map((c) => ({
    id: c.id,
    communityId: c.communityId,
    nodeId: c.nodeId,
    place: pathOf({ path: c.nodePath }, refs).filter((r) => r.kind !== 'district' && r.kind !== 'street'),
    title: c.title,
    status: c.status,
    adoptedAt: c.adoptedAt,
    createdByName: c.createdByName,
    createdAt: c.createdAt,
  }));
}

export async function presentConvention(
  db: Executor,
  caller: Caller,
  ctx: ConventionContext,
): Promise<ConventionResponse> {
  const [[summary], vote, signatures] = await Promise.all([
    presentSummaries(db, [ctx.c]),
    voteOutcome(db, caller, ctx.c.voteId),
    repo.signatureCount(db, ctx.c),
  ]);
  return {
    ...summary!,
    body: ctx.c.body,
    vote,
    signatures,
    signedAt: ctx.signedAt,
    actions: conventionMachine.allowed(ctx.c, ctx.relations),
  };
}
