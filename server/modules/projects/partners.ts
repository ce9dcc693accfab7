import { type CommitmentKind, DEFAULT_COMMITMENTS, type PeriodUnit } from '../../../domain/projects/partners';
import type { Tx } from '../../db/client';
import { partnerAgreement, partnerCommitment, partnerFulfilment, partnerUnit } from '../../db/schema';
import { invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import { requireManager, visiblePartner } from './access';
import * as repo from './repository';
import type { AgreementBody, FulfilmentBody, PartnerBody } from './schema';

/** A node that lists and projects hang on: a community or a compound the caller sees, else 404 / 400. */
export async function listNode(tx: Tx, caller: Caller, nodeId: number) {
  const node = await findNode(tx, caller.scope, nodeId);
  if (!node) throw notFound('node');
  if ((node.kind !== 'community' && node.kind !== 'compound') || node.communityId === null)
    throw invalid([{ path: 'body.nodeId', message: 'a community or a compound' }]);
  return { ...node, communityId: node.communityId };
}

export async function createPartner(tx: Tx, caller: Caller, body: PartnerBody) {
  const node = await listNode(tx, caller, body.nodeId);
  requireManager(caller, node.path);
  const [p] = await tx
    .insert(partnerUnit)
    .values({
      communityId: node.communityId,
      nodeId: node.id,
      nodePath: node.path,
      kind: body.kind,
      name: body.name,
      contact: body.contact ?? null,
      createdByAccountId: caller.accountId,
      createdByName: caller.displayName,
    })
    .returning();
  await appendAudit(tx, {
    communityId: node.communityId,
    actor: actorOf(caller),
    action: 'partner.create',
    entityType: 'partner_unit',
    entityId: p!.id,
    after: { kind: body.kind, name: body.name, nodeId: node.id },
  });
  return p!;
}

export async function signAgreement(tx: Tx, caller: Caller, partnerId: number, body: AgreementBody) {
  const p = await visiblePartner(tx, caller, partnerId, true);
  requireManager(caller, p.nodePath);
  const [a] = await tx
    .insert(partnerAgreement)
    .values({
      communityId: p.communityId,
      partnerId: p.id,
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      note: body.note ?? null,
      createdByAccountId: caller.accountId,
      createdByName: caller.displayName,
    })
    .returning();
  const commitments: {
    kind: CommitmentKind;
    title?: string | undefined;
    target: number;
    period: PeriodUnit;
  }[] = body.commitments ?? [...DEFAULT_COMMITMENTS];
  await tx.insert(partnerCommitment).values(
    commitments.map((c) => ({
      communityId: p.communityId,
      agreementId: a!.id,
      kind: c.kind,
      title: c.title ?? null,
      target: c.target,
      period: c.period,
    })),
  );
  await appendAudit(tx, {
    communityId: p.communityId,
    actor: actorOf(caller),
    action: 'partner.agreement_sign',
    entityType: 'partner_unit',
    entityId: p.id,
    after: { agreementId: a!.id, startsOn: body.startsOn, endsOn: body.endsOn, commitments },
  });
  return p;
}

export async function recordFulfilment(tx: Tx, caller: Caller, partnerId: number, body: FulfilmentBody) {
  const p = await visiblePartner(tx, caller, partnerId);
  requireManager(caller, p.nodePath);
  const found = await repo.findCommitmentOf(tx, p, body.commitmentId);
  if (!found)
    throw invalid([{ path: 'body.commitmentId', message: "not a commitment of this unit's agreements" }]);
  if (
    body.activityId !== undefined &&
    !(await repo.existsIn(tx, 'volunteer_activity', p.communityId, body.activityId))
  )
    throw invalid([{ path: 'body.activityId', message: "not a volunteer activity of the unit's community" }]);
  const [f] = await tx
    .insert(partnerFulfilment)
    .values({
      communityId: p.communityId,
      commitmentId: body.commitmentId,
      doneOn: body.doneOn,
      note: body.note,
      activityId: body.activityId ?? null,
      byAccountId: caller.accountId,
      byName: caller.displayName,
    })
    .returning();
  await appendAudit(tx, {
    communityId: p.communityId,
    actor: actorOf(caller),
    action: 'partner.fulfilment_record',
    entityType: 'partner_unit',
    entityId: p.id,
    after: {
      fulfilmentId: f!.id,
      commitmentId: body.commitmentId,
      doneOn: body.doneOn,
      activityId: body.activityId,
    },
  });
  return p;
}
