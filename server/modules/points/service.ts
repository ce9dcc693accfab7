import { RULE_KEYS, ruleOf } from '../../../domain/volunteers/points';
import type { Db } from '../../db/client';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit } from '../audit/repository';
import { page } from '../../http/pagination';
import { idCursor, pageByIdDesc, subtreeOf } from '../org/subtree';
import { mayManage, myPeople, requireManager } from '../volunteers/access';
import { afterPersonId, pageByPerson } from '../volunteers/paging';
import { passbookPerson, readScope, rewardsVisibleTo, wholeCommunity } from './access';
import { statementSheet } from './export';
import { rulesOf } from './ledger';
import { presentEntry, presentRedemption, presentRewards } from './presenter';
import * as repo from './repository';
import { createReward, deliver, redeem, updateReward } from './rewards';
import type {
  PassbooksQuery,
  RedemptionsQuery,
  RewardBody,
  RewardPatch,
  RewardsQuery,
  RulesBody,
} from './schema';
import { monthlyStatement } from './statement';

type Paging = { cursor?: string | undefined; limit: number };

/** The points passbook (issue 6 item 2): rules, the ledger, rewards and redemptions. */
export function pointsService(db: Db, timeZone: string) {
  async function rules(caller: Caller, communityId: number) {
    const community = await wholeCommunity(db, await readScope(db, caller), communityId);
    const set = await rulesOf(db, communityId);
    return {
      community,
      body: {
        communityId,
        rules: Object.fromEntries(RULE_KEYS.map((k) => [k, ruleOf(set, k)])) as Record<
          (typeof RULE_KEYS)[number],
          number
        >,
        custom: RULE_KEYS.filter((k) => set[k] !== undefined),
        actions: [] as 'update'[],
      },
    };
  }

  const oneRedemption = async (
    caller: Caller,
    r: repo.RedemptionRow,
    name: string,
    balanceAfter: number | null = null,
  ) => {
    const community = await wholeCommunity(db, caller.scope, r.communityId).catch(() => null);
    return presentRedemption(caller, r, name, community?.path ?? null, balanceAfter);
  };

  return {
    async getRules(caller: Caller, communityId: number) {
      const { community, body } = await rules(caller, communityId);
      if (mayManage(caller, community.path)) body.actions.push('update');
      return body;
    },

    async setRules(caller: Caller, b: RulesBody) {
      const { community, body: before } = await rules(caller, b.communityId);
      requireManager(caller, community.path);
      await db.transaction(async (tx) => {
        await repo.setRules(tx, b.communityId, b.rules);
        await appendAudit(tx, {
          communityId: b.communityId,
          actor: actorOf(caller),
          action: 'points.rules',
          entityType: 'points_rule',
          entityId: b.communityId,
          before: before.rules,
          after: b.rules,
        });
      });
      return this.getRules(caller, b.communityId);
    },

    async passbooks(caller: Caller, q: PassbooksQuery) {
      await wholeCommunity(db, await readScope(db, caller), q.communityId);
      const rows = await repo.passbooks(db, q.communityId, {
        afterPersonId: afterPersonId(q.cursor),
        limit: q.limit,
      });
      return pageByPerson(rows, q.limit);
    },

    async passbook(caller: Caller, personId: number) {
      const p = await passbookPerson(db, caller, personId);
      const [pb] = await repo.passbooksOf(db, [p]);
      return pb!;
    },

    async entries(caller: Caller, personId: number, q: Paging) {
      const p = await passbookPerson(db, caller, personId);
      const rows = await repo.entries(db, [p], { beforeId: idCursor(q.cursor), limit: q.limit });
      return page(rows, q.limit, presentEntry, (r) => ({ id: r.id }));
    },

    async statement(caller: Caller, personId: number, month: string) {
      return monthlyStatement(db, await passbookPerson(db, caller, personId), month, timeZone);
    },

    async statementFile(caller: Caller, personId: number, month: string) {
      const s = await this.statement(caller, personId, month);
      return { content: await statementSheet(s, timeZone), personId, month };
    },

    /** The phone's passbook: the caller's balance in each community and their entries, newest first. */
    async mine(caller: Caller, q: Paging) {
      const people = await myPeople(db, caller);
      const rows = await repo.entries(db, people, { beforeId: idCursor(q.cursor), limit: q.limit });
      const p = page(rows, q.limit, presentEntry, (r) => ({ id: r.id }));
      return { passbooks: await repo.passbooksOf(db, people), ...p };
    },

    async listRewards(caller: Caller, q: RewardsQuery) {
      const rows = await repo.listRewards(db, await rewardsVisibleTo(db, caller), {
        under: await subtreeOf(db, caller.scope, q.nodeId),
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(rows, q.limit, (items) => presentRewards(db, caller, items));
    },

    async createReward(caller: Caller, body: RewardBody) {
      const r = await db.transaction((tx) => createReward(tx, caller, body));
      return (await presentRewards(db, caller, [r]))[0]!;
    },

    async updateReward(caller: Caller, id: number, patch: RewardPatch) {
      const r = await db.transaction((tx) => updateReward(tx, caller, id, patch));
      return (await presentRewards(db, caller, [r]))[0]!;
    },

    async redeem(caller: Caller, rewardId: number, personId?: number) {
      const r = await db.transaction((tx) => redeem(tx, caller, rewardId, personId));
      return oneRedemption(caller, r.redemption, r.name, r.balanceAfter);
    },

    async deliver(caller: Caller, id: number) {
      const r = await db.transaction((tx) => deliver(tx, caller, id));
      return oneRedemption(caller, r.redemption, r.name);
    },

    async redemptions(caller: Caller, q: RedemptionsQuery) {
      const community = await wholeCommunity(db, await readScope(db, caller), q.communityId);
      const rows = await repo.listRedemptions(db, q.communityId, {
        status: q.status,
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return page(
        rows,
        q.limit,
        (r) => presentRedemption(caller, r.redemption, r.name, community.path),
        (r) => ({ id: r.redemption.id }),
      );
    },
  };
}
export type PointsService = ReturnType<typeof pointsService>;
