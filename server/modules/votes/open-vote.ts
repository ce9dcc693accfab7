import { buildElectorate, electorateTotals } from '../../../domain/votes/electorate';
import { refuseVote } from '../../../domain/votes/vote';
import type { Tx } from '../../db/client';
import { AppError } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { pathOf, pathRefs } from '../org/repository';
import { requireManager, visibleVote } from './access';
import * as repo from './repository';

/** "市政大院 1栋 1单元 101": the places below the community, then the number. */
const labelOf = (path: string, number: string, refs: Awaited<ReturnType<typeof pathRefs>>) =>
  [
    ...pathOf({ path }, refs)
      .filter((r) => r.kind !== 'district' && r.kind !== 'street' && r.kind !== 'community')
      .map((r) => r.name),
    number,
  ].join(' ');

/**
 * Opens a draft: the electorate is read from the registry now and frozen (RULES.md §1), so later changes to the
 * registry never move a running vote's figures.
 */
export async function openVote(tx: Tx, caller: Caller, id: number): Promise<repo.VoteRow> {
  const before = await visibleVote(tx, caller, id, 'update');
  requireManager(caller, before);
  const refusal = refuseVote('open', before, new Date());
  if (refusal) throw new AppError(refusal.code, refusal.message);
  const houses = await repo.registryHouses(tx, before.communityId, before.nodePath);
  if (!houses.length) throw new AppError('conflict', 'the registry has no houses under this node');
  const electorate = buildElectorate(
    houses.map((h) => ({
      houseId: h.id,
      area: h.area,
      areaSource: h.areaSource,
      developerHeld: h.developerHeld,
      ownerIds: h.ownerIds,
    })),
  );
  const refs = await pathRefs(
    tx,
    [...new Set(houses.map((h) => h.placePath))].map((path) => ({ path, communityId: before.communityId })),
  );
  await repo.insertElectors(
    tx,
    electorate.map((e, i) => {
      const h = houses[i]!;
      return {
        communityId: before.communityId,
        voteId: before.id,
        houseId: e.houseId,
        houseLabel: labelOf(h.placePath, h.number, refs),
        houseNumber: h.number,
        area: e.area,
        areaSource: e.areaSource,
        ownerKey: e.ownerKey,
        ownerPersonIds: e.ownerIds,
        ownerNames: e.ownerIds.length ? h.ownerNames : [],
        developerHeld: h.developerHeld,
      };
    }),
  );
  const totals = electorateTotals(electorate);
  const after = await repo.updateVote(tx, before, {
    status: 'open',
    openedAt: new Date(),
    totalArea: totals.totalArea,
    totalOwners: totals.totalOwners,
  });
  await appendAudit(tx, {
    communityId: after.communityId,
    actor: actorOf(caller),
    action: 'vote.open',
    entityType: 'vote',
    entityId: after.id,
    before: { status: before.status },
    after: { status: after.status, houses: electorate.length, ...totals },
  });
  return after;
}
