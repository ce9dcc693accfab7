import { can } from '../../../domain/auth/policy';
import { matterOf } from '../../../domain/votes/vote';
import type { Tx } from '../../db/client';
import { forbidden, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import * as repo from './repository';
import type { CreateBody } from './schema';

export interface CreateVoteInput extends CreateBody {
  /** What the vote decides when another capability runs it: `elevator_installation`, `convention` … */
  subjectKind?: string;
  subjectId?: number;
}

const VOTE_KINDS = new Set(['compound', 'building', 'unit']);

/** Drafts a vote over a compound, building or unit, inside the caller's transaction (other use cases reuse it). */
export async function createVote(tx: Tx, caller: Caller, input: CreateVoteInput): Promise<repo.VoteRow> {
  const node = await findNode(tx, caller.scope, input.nodeId);
  if (!node) throw notFound('node');
  if (!VOTE_KINDS.has(node.kind) || node.communityId === null)
    throw invalid([{ path: 'body.nodeId', message: 'owners vote over a compound, a building or a unit' }]);
  if (!can(caller.grants, 'vote.manage', node.path)) throw forbidden('you may not run votes here');
  if (!matterOf(input.matter)) throw invalid([{ path: 'body.matter', message: 'a matter of art. 278, 1–9' }]);
  const v = await repo.insertVote(tx, {
    communityId: node.communityId,
    nodeId: node.id,
    nodePath: node.path,
    matter: input.matter,
    title: input.title,
    description: input.description ?? null,
    opensAt: input.opensAt ?? null,
    closesAt: input.closesAt ?? null,
    allowChange: input.allowChange ?? false,
    absentCountsAsAgree: input.absentCountsAsAgree ?? false,
    subjectKind: input.subjectKind ?? null,
    subjectId: input.subjectId ?? null,
    createdByAccountId: caller.accountId,
    createdByName: caller.displayName,
  });
  await appendAudit(tx, {
    communityId: v.communityId,
    actor: actorOf(caller),
    action: 'vote.create',
    entityType: 'vote',
    entityId: v.id,
    after: {
      nodeId: v.nodeId,
      matter: v.matter,
      title: v.title,
      opensAt: v.opensAt,
      closesAt: v.closesAt,
      allowChange: v.allowChange,
      absentCountsAsAgree: v.absentCountsAsAgree,
      subjectKind: v.subjectKind,
      subjectId: v.subjectId,
    },
  });
  return v;
}
