import { can } from '../../../domain/auth/policy';
import {
  afterConventionVote,
  conventionMachine,
  type ConventionAction,
} from '../../../domain/conventions/machine';
import { matterNumber } from '../../../domain/votes/vote';
import type { Tx } from '../../db/client';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import { decideByVote, startDecidingVote } from '../votes/deciding-vote';
import { contextOf, requireAction, visibleConvention, type ConventionContext } from './access';
import * as repo from './repository';
import type { CreateBody, EditBody } from './schema';

const SUBJECT = 'convention';
/** Art. 278 matter 2 (管理规约): more than half of the participants by area and by headcount. */
const MANAGEMENT_CONVENTION = matterNumber('management_convention');

const audit = (
  tx: Tx,
  caller: Caller,
  c: repo.ConventionRow,
  action: string,
  before: unknown,
  after: unknown,
) =>
  appendAudit(tx, {
    communityId: c.communityId,
    actor: actorOf(caller),
    action: `convention.${action}`,
    entityType: 'convention',
    entityId: c.id,
    before,
    after,
  });

export async function draftConvention(tx: Tx, caller: Caller, body: CreateBody) {
  const node = await findNode(tx, caller.scope, body.nodeId);
  if (!node) throw notFound('node');
  if ((node.kind !== 'compound' && node.kind !== 'building') || node.communityId === null)
    throw invalid([{ path: 'body.nodeId', message: 'a convention is of a compound or a building' }]);
  if (!can(caller.grants, 'convention.manage', node.path))
    throw forbidden('you may not draft conventions here');
  const c = await repo.insertConvention(tx, {
    communityId: node.communityId,
    nodeId: node.id,
    nodePath: node.path,
    title: body.title,
    body: body.body,
    createdByAccountId: caller.accountId,
    createdByName: caller.displayName,
  });
  await audit(tx, caller, c, 'create', undefined, { nodeId: c.nodeId, title: c.title });
  return c;
}

/** One action on a locked convention: the machine checked on the row, the work, the new state, the audit row. */
async function act(
  tx: Tx,
  caller: Caller,
  id: number,
  action: ConventionAction,
  work: (ctx: ConventionContext) => Promise<Partial<repo.ConventionRow>>,
) {
  const before = await visibleConvention(tx, caller, id, true);
  const ctx = await contextOf(tx, caller, before);
  requireAction(ctx, action);
  const patch = await work(ctx);
  const status = patch.status ?? conventionMachine.stateAfter(action, before.status);
  const after = await repo.updateConvention(tx, before, { ...patch, status });
  await audit(tx, caller, after, action, { status: before.status }, { status: after.status, ...patch });
  return after;
}

export const editConvention = (tx: Tx, caller: Caller, id: number, body: EditBody) =>
  act(tx, caller, id, 'edit', async () => ({ ...body }));

export const startVote = (tx: Tx, caller: Caller, id: number, closesAt?: Date) =>
  act(tx, caller, id, 'start_vote', async ({ c }) => {
    const v = await startDecidingVote(
      tx,
      caller,
      { kind: SUBJECT, id: c.id },
      {
        nodeId: c.nodeId,
        matter: MANAGEMENT_CONVENTION,
        title: `公约表决：${c.title}`,
        description: c.body,
        closesAt,
      },
    );
    return { voteId: v.id };
  });

export const closeVote = (tx: Tx, caller: Caller, id: number, timeZone: string) =>
  act(tx, caller, id, 'close_vote', async ({ c }) => {
    const { result } = await decideByVote(tx, caller, c.voteId!, timeZone);
    const status = afterConventionVote(result.passed);
    return { status, ...(status === 'adopted' ? { adoptedAt: new Date() } : {}) };
  });

export const cancelConvention = (tx: Tx, caller: Caller, id: number) =>
  act(tx, caller, id, 'cancel', async () => ({}));

/** A resident signs once, for their household under the convention's place (on the phone). */
export async function sign(tx: Tx, caller: Caller, id: number) {
  const c = await visibleConvention(tx, caller, id, true);
  const ctx = await contextOf(tx, caller, c);
  if (ctx.signedAt) throw new AppError('conflict', 'you have signed this convention already');
  requireAction(ctx, 'sign');
  const s = await repo.insertSignature(tx, {
    communityId: c.communityId,
    conventionId: c.id,
    accountId: caller.accountId,
    houseId: ctx.home!.id,
    housePath: ctx.home!.placePath,
    signerName: caller.displayName,
  });
  if (!s) throw new AppError('conflict', 'you have signed this convention already');
  await audit(tx, caller, c, 'sign', undefined, { houseId: s.houseId });
  return c;
}
