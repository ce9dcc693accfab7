import { type CommitmentKind, DEFAULT_COMMITMENTS, type PeriodUnit } from '../../../domain/projects/partners';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { partnerAgreement, partnerCommitment, partnerFulfilment, partnerUnit } from '../../db/schema';
import { AppError, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import { requireManager, visiblePartner } from './access';
import * as repo from './repository';
import type { AgreementBody, FulfilmentBody, PartnerBody, PartnerPatch } from './schema';

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

/** A unit the caller runs, locked, that is not archived: an archived unit keeps its record and takes nothing new. */
async function livePartner(tx: Tx, caller: Caller, id: number) {
  const p = await visiblePartner(tx, caller, id, true);
  requireManager(caller, p.nodePath);
  if (p.archivedAt) throw new AppError('invalid_transition', 'the partner unit is archived');
  return p;
}

const auditPartner = (
  tx: Tx,
  caller: Caller,
  p: repo.PartnerRow,
  action: string,
  after: unknown,
  before?: unknown,
) =>
  appendAudit(tx, {
    communityId: p.communityId,
    actor: actorOf(caller),
    action: `partner.${action}`,
    entityType: 'partner_unit',
    entityId: p.id,
    before,
    after,
  });

const setPartner = async (tx: Tx, p: repo.PartnerRow, change: Partial<typeof partnerUnit.$inferInsert>) =>
  (
    await tx
      .update(partnerUnit)
      .set({ ...change, updatedAt: new Date() })
      .where(and(eq(partnerUnit.communityId, p.communityId), eq(partnerUnit.id, p.id)))
      .returning()
  )[0]!;

/** A unit's kind, name or liaison corrected (a name taken in the community is a 409). */
export async function updatePartner(tx: Tx, caller: Caller, id: number, body: PartnerPatch) {
  const p = await livePartner(tx, caller, id);
  const updated = await setPartner(tx, p, body);
  await auditPartner(tx, caller, p, 'update', body, { kind: p.kind, name: p.name, contact: p.contact });
  return updated;
}

/** A unit that no longer co-builds: its agreements and fulfilments stay on record. */
export async function archivePartner(tx: Tx, caller: Caller, id: number) {
  const p = await livePartner(tx, caller, id);
  const updated = await setPartner(tx, p, { archivedAt: new Date() });
  await auditPartner(tx, caller, p, 'archive', { archived: true });
  return updated;
}

export async function signAgreement(tx: Tx, caller: Caller, partnerId: number, body: AgreementBody) {
  const p = await livePartner(tx, caller, partnerId);
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
  const p = await livePartner(tx, caller, partnerId);
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
