import { z } from 'zod';
import { can, canAnywhere } from '../../../domain/auth/policy';
import { localDate } from '../../../domain/common/local-date';
import type { Db } from '../../db/client';
import { forbidden, invalid, notFound } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { findNode } from '../org/repository';
import type { EventsService } from '../events/service';
import { findPerson, housesOfPeople } from '../registry/repository';
import * as repo from './repository';
import type { VisitBody } from './schema';

const cursorShape = z.object({ id: z.number() });

/** Care visits (五家+ household visits, seed 004): plans per person in a care group, logged visits, and who is overdue. */
export function careService(
  db: Db,
  timeZone: string,
  events: Pick<EventsService, 'fileWithin' | 'announceReport'>,
) {
  async function visiblePerson(caller: Caller, id: number, permission: 'registry.read' | 'registry.manage') {
    if (!canAnywhere(caller.grants, permission)) throw forbidden('care visits are kept by community staff');
    const p = await findPerson(db, caller.scope, id);
    if (!p) throw notFound('person');
    return p;
  }

  return {
    async getPlan(caller: Caller, personId: number) {
      const p = await visiblePerson(caller, personId, 'registry.read');
      return {
        personId: p.id,
        intervalDays: (await repo.findPlan(db, p.communityId, p.id))?.intervalDays ?? null,
      };
    },

    async setPlan(caller: Caller, personId: number, intervalDays: number) {
      const p = await visiblePerson(caller, personId, 'registry.manage');
      if (!p.careGroups.length)
        throw invalid([{ path: 'params.id', message: 'the person is in no care group' }]);
      await db.transaction(async (tx) => {
        await repo.upsertPlan(tx, p.communityId, p.id, intervalDays);
        await appendAudit(tx, {
          communityId: p.communityId,
          actor: actorOf(caller),
          action: 'care.plan',
          entityType: 'person',
          entityId: p.id,
          after: { intervalDays },
        });
      });
      return { personId: p.id, intervalDays };
    },

    async logVisit(caller: Caller, personId: number, body: VisitBody) {
      const p = await visiblePerson(caller, personId, 'registry.manage');
      if (body.visitedOn > localDate(new Date(), timeZone))
        throw invalid([{ path: 'body.visitedOn', message: 'in the future' }]);
      const { needsCategoryCode, ...visit } = body;
      if (needsCategoryCode && !body.needs)
        throw invalid([{ path: 'body.needs', message: 'say what the needs are to file them as an event' }]);
      let filed: Awaited<ReturnType<EventsService['fileWithin']>> | null = null;
      const saved = await db.transaction(async (tx) => {
        if (needsCategoryCode && body.needs) {
          const homes = await housesOfPeople(tx, [p]);
          const home = homes.find((h) => h.role !== 'owner') ?? homes[0];
          const where = home ? { houseId: home.house.id } : { nodeId: p.communityId };
          const description = `${body.needs}（${caller.displayName} ${body.visitedOn} 走访发现）`;
          filed = await events.fileWithin(
            tx,
            caller,
            { categoryCode: needsCategoryCode, description, ...where },
            'care_visit',
          );
        }
        const eventId = filed?.id ?? null;
        const v = await repo.insertVisit(tx, {
          ...visit,
          eventId,
          needs: body.needs ?? null,
          communityId: p.communityId,
          personId: p.id,
          visitorAccountId: caller.accountId,
          visitorName: caller.displayName,
        });
        await appendAudit(tx, {
          communityId: p.communityId,
          actor: actorOf(caller),
          action: 'care.visit',
          entityType: 'care_visit',
          entityId: v.id,
          after: { personId: p.id, visitedOn: v.visitedOn, eventId },
        });
        return v;
      });
      if (filed) await events.announceReport(filed);
      return saved;
    },

    async visits(caller: Caller, personId: number, cursor: string | undefined, limit: number) {
      const p = await visiblePerson(caller, personId, 'registry.read');
      const rows = await repo.visitsOf(db, p.communityId, p.id, decodeCursor(cursor, cursorShape)?.id, limit);
      return page(
        rows,
        limit,
        (r) => r,
        (r) => ({ id: r.id }),
      );
    },

    async overdue(
      caller: Caller,
      communityId: number,
      careGroup: string | undefined,
      cursor: string | undefined,
      limit: number,
    ) {
      const community = await findNode(db, caller.scope, communityId);
      if (
        !community ||
        community.kind !== 'community' ||
        !caller.scope.fullCommunityIds.includes(communityId)
      )
        throw notFound('community');
      if (!can(caller.grants, 'registry.read', community.path)) throw forbidden();
      const rows = await repo.overdueVisits(
        db,
        communityId,
        localDate(new Date(), timeZone),
        careGroup,
        decodeCursor(cursor, cursorShape)?.id,
        limit,
      );
      return page(
        rows,
        limit,
        (r) => r,
        (r) => ({ id: r.personId }),
      );
    },
  };
}
