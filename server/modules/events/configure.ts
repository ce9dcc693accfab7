import { and, eq } from 'drizzle-orm';
import { can } from '../../../domain/auth/policy';
import { calendarProblems } from '../../../domain/events/calendar';
import type { Db } from '../../db/client';
import { dispatchRule, streetEventPolicy } from '../../db/schema';
import { forbidden, invalid, notFound } from '../../http/errors';
import { actorOf } from '../auth/actor';
import type { Caller } from '../auth/caller';
import { appendAudit, GLOBAL_CHAIN } from '../audit/repository';
import { findNode } from '../org/repository';
import type { RulesBook } from './rules';
import type { DispatchRuleBody, PolicyBody } from './schema';

/** A street's own event rules: its calendar and escalation policy, and its dispatch rule per category. */
export function eventConfiguration(db: Db, rules: RulesBook) {
  async function street(caller: Caller, streetId: number, change: boolean) {
    const n = await findNode(db, caller.scope, streetId);
    if (!n || n.kind !== 'street') throw notFound('street');
    if (change && !can(caller.grants, 'event.configure', n.path))
      throw forbidden('street staff set the street’s rules');
    return n;
  }

  return {
    async policy(caller: Caller, streetId: number) {
      await street(caller, streetId, false);
      const p = await rules.policy(streetId);
      return {
        streetId,
        holidays: [...p.calendar.holidays],
        workdays: [...p.calendar.workdays],
        escalateAfterHours: p.escalateAfterHours,
      };
    },

    async setPolicy(caller: Caller, streetId: number, body: PolicyBody) {
      await street(caller, streetId, true);
      const problems = calendarProblems(body);
      if (problems.length) throw invalid(problems.map((p) => ({ ...p, path: `body.${p.path}` })));
      await db.transaction(async (tx) => {
        const values = { streetId, ...body, updatedAt: new Date() };
        await tx
          .insert(streetEventPolicy)
          .values(values)
          .onConflictDoUpdate({ target: streetEventPolicy.streetId, set: values });
        await appendAudit(tx, {
          communityId: GLOBAL_CHAIN,
          actor: actorOf(caller),
          action: 'event.policy',
          entityType: 'street',
          entityId: streetId,
          after: body,
        });
      });
      rules.forget();
      return this.policy(caller, streetId);
    },

    async setDispatchRule(caller: Caller, streetId: number, categoryCode: string, body: DispatchRuleBody) {
      await street(caller, streetId, true);
      if (!(await rules.allCategories()).has(categoryCode)) throw notFound('category');
      await db.transaction(async (tx) => {
        if (body === null) {
          await tx
            .delete(dispatchRule)
            .where(and(eq(dispatchRule.streetId, streetId), eq(dispatchRule.categoryCode, categoryCode)));
        } else {
          const values = { streetId, categoryCode, ...body, department: body.department ?? null };
          await tx
            .insert(dispatchRule)
            .values(values)
            .onConflictDoUpdate({ target: [dispatchRule.streetId, dispatchRule.categoryCode], set: values });
        }
        await appendAudit(tx, {
          communityId: GLOBAL_CHAIN,
          actor: actorOf(caller),
          action: 'event.dispatch_rule',
          entityType: 'street',
          entityId: streetId,
          after: { categoryCode, rule: body },
        });
      });
      rules.forget();
      return { streetId, categoryCode, rule: body };
    },
  };
}
