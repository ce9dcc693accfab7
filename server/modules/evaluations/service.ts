import { z } from 'zod';
import { can, canAnywhere } from '../../../domain/auth/policy';
import { localDate } from '../../../domain/common/local-date';
import { roundResult } from '../../../domain/evaluations/results';
import {
  DEFAULT_DIMENSIONS,
  dimensionProblems,
  roundMachine,
  scoreProblems,
  type EvaluationTarget,
  type RoundRelation,
} from '../../../domain/evaluations/rounds';
import type { Db, Executor, Tx } from '../../db/client';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { decodeCursor } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { homeCompounds, permissionScope } from '../auth/permission-scope';
import { listedUnder, placeNamer } from '../deliberation/access';
import { audit, presentedPage } from '../governance/support';
import { findNode } from '../org/repository';
import * as repo from './repository';
import type { AnswerBody, CreateRoundBody, RoundListQuery, RoundResponse } from './schema';

const byId = z.object({ id: z.number() });
const COMMENTS_SHOWN = 50;

/** Evaluation rounds (评议): created and run by the party branch or community staff, answered by residents on the phone. */
export function evaluationsService(db: Db, timeZone: string) {
  async function access(caller: Caller) {
    const read = await permissionScope(db, caller, 'evaluation.read');
    const homes = homeCompounds(caller);
    return { caller, read, homes, visible: repo.visibleRounds(read, homes) };
  }
  type Access = Awaited<ReturnType<typeof access>>;

  const relations = (a: Access, r: repo.RoundRow) => {
    const rel = new Set<RoundRelation>();
    if (can(a.caller.grants, 'evaluation.manage', r.placePath)) rel.add('manager');
    if (a.homes.some((h) => h.communityId === r.communityId && h.compoundId === r.compoundId))
      rel.add('respondent');
    return rel;
  };
  const factsOf = (r: repo.RoundRow, answered: boolean) => ({
    status: r.status,
    answered,
    closesOn: r.closesOn,
    today: localDate(new Date(), timeZone),
  });

  async function present(ex: Executor, a: Access, rows: repo.RoundRow[]): Promise<RoundResponse[]> {
    const [name, answered] = await Promise.all([
      placeNamer(ex, rows),
      repo.answeredBy(ex, rows, a.caller.accountId),
    ]);
    return rows.map((r) => ({
      id: r.id,
      communityId: r.communityId,
      compoundId: r.compoundId,
      compoundName: name(r),
      target: r.target,
      targetName: r.targetName,
      title: r.title,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      closesOn: r.closesOn,
      status: r.status,
      dimensions: r.dimensions,
      createdByName: r.createdByName,
      answeredByMe: answered.has(r.id),
      actions: roundMachine.allowed(factsOf(r, answered.has(r.id)), relations(a, r)),
    }));
  }
  const presentOne = async (ex: Executor, a: Access, r: repo.RoundRow) => (await present(ex, a, [r]))[0]!;

  /** A compound the caller may read evaluations of (else 404) and, for `manage`, run them at (else 403). */
  async function compoundFor(a: Access, compoundId: number, field: string, manage: boolean) {
    const node = await findNode(db, a.read, compoundId);
    if (!node || node.communityId === null) throw notFound('compound');
    if (node.kind !== 'compound') throw invalid([{ path: field, message: 'must be a compound' }]);
    if (manage && !can(a.caller.grants, 'evaluation.manage', node.path)) throw forbidden();
    return { ...node, communityId: node.communityId };
  }

  async function readable(a: Access, id: number) {
    const r = await repo.findRound(db, a.visible, id);
    if (!r) throw notFound('evaluation round');
    return r;
  }

  async function locked(tx: Tx, a: Access, id: number) {
    const r = await repo.findRound(tx, a.visible, id, true);
    if (!r) throw notFound('evaluation round');
    return r;
  }

  return {
    dimensions: (target: EvaluationTarget) => ({ items: [...DEFAULT_DIMENSIONS[target]] }),

    async create(caller: Caller, body: CreateRoundBody) {
      if (!canAnywhere(caller.grants, 'evaluation.manage'))
        throw forbidden('evaluations are run by the party branch and community staff');
      const a = await access(caller);
      const compound = await compoundFor(a, body.compoundId, 'body.compoundId', true);
      const dimensions = body.dimensions ?? [...DEFAULT_DIMENSIONS[body.target]];
      const problems = dimensionProblems(dimensions);
      if (body.periodTo < body.periodFrom)
        problems.push({ path: 'body.periodTo', message: 'before periodFrom' });
      if (body.closesOn < localDate(new Date(), timeZone))
        problems.push({ path: 'body.closesOn', message: 'in the past' });
      if (problems.length) throw invalid(problems);
      const b = await repo.bodyOf(db, compound.communityId, compound.id, body.target);
      const company = compound.attributes['propertyCompany'];
      const targetName =
        b?.name ?? (body.target === 'property_company' && typeof company === 'string' ? company : null);
      if (!targetName)
        throw invalid([
          { path: 'body.target', message: `the compound has no ${body.target.replace('_', ' ')}` },
        ]);
      return db.transaction(async (tx) => {
        const r = await repo.insertRound(tx, {
          communityId: compound.communityId,
          compoundId: compound.id,
          placePath: compound.path,
          target: body.target,
          bodyId: b?.id ?? null,
          targetName,
          title: body.title,
          periodFrom: body.periodFrom,
          periodTo: body.periodTo,
          closesOn: body.closesOn,
          dimensions,
          status: 'draft',
          createdByAccountId: caller.accountId,
          createdByName: caller.displayName,
        });
        await audit(tx, caller, {
          communityId: r.communityId,
          action: 'evaluation.create',
          entityType: 'evaluation_round',
          entityId: r.id,
          after: {
            title: r.title,
            target: r.target,
            targetName,
            periodFrom: r.periodFrom,
            periodTo: r.periodTo,
          },
        });
        return presentOne(tx, a, r);
      });
    },

    async list(caller: Caller, q: RoundListQuery) {
      const a = await access(caller);
      const under = q.nodeId === undefined ? undefined : await listedUnder(db, a, q.nodeId);
      const rows = await repo.listRounds(db, {
        visible: a.visible,
        under,
        status: q.status,
        beforeId: decodeCursor(q.cursor, byId)?.id,
        limit: q.limit,
      });
      return presentedPage(rows, q.limit, (shown) => present(db, a, shown));
    },

    async get(caller: Caller, id: number) {
      const a = await access(caller);
      return presentOne(db, a, await readable(a, id));
    },

    async act(caller: Caller, id: number, action: 'open' | 'close') {
      const a = await access(caller);
      return db.transaction(async (tx) => {
        const before = await locked(tx, a, id);
        const refusal = roundMachine.refuse(action, factsOf(before, false), relations(a, before));
        if (refusal) throw new AppError(refusal.code, refusal.message);
        const after = await repo.updateRound(tx, before, {
          status: roundMachine.stateAfter(action, before.status),
          ...(action === 'open' ? { openedAt: new Date() } : { closedAt: new Date() }),
        });
        await audit(tx, caller, {
          communityId: after.communityId,
          action: `evaluation.${action}`,
          entityType: 'evaluation_round',
          entityId: after.id,
          before: { status: before.status },
          after: { status: after.status },
        });
        return presentOne(tx, a, after);
      });
    },

    /** One answer per account: the round's row lock orders concurrent answers, the unique key backs it. */
    async answer(caller: Caller, id: number, body: AnswerBody) {
      const a = await access(caller);
      return db.transaction(async (tx) => {
        const r = await locked(tx, a, id);
        const answered = (await repo.answeredBy(tx, [r], caller.accountId)).has(r.id);
        const refusal = roundMachine.refuse('answer', factsOf(r, answered), relations(a, r));
        if (refusal) throw new AppError(refusal.code, refusal.message);
        const problems = scoreProblems(r.dimensions, body.scores);
        if (problems.length) throw invalid(problems);
        const saved = await repo.insertResponse(tx, {
          communityId: r.communityId,
          roundId: r.id,
          accountId: caller.accountId,
          scores: body.scores,
          comment: body.comment ?? null,
        });
        // The scores stay out of the audit row: who answered is recorded, not how they rated.
        await audit(tx, caller, {
          communityId: r.communityId,
          action: 'evaluation.answer',
          entityType: 'evaluation_round',
          entityId: r.id,
          after: { responseId: saved.id },
        });
        return presentOne(tx, a, r);
      });
    },

    async results(caller: Caller, id: number) {
      const a = await access(caller);
      const r = await readable(a, id);
      if (!can(caller.grants, 'evaluation.read', r.placePath)) throw forbidden('results are for staff');
      const [answers, eligible, comments] = await Promise.all([
        repo.scoresOf(db, r.communityId, [r.id]),
        repo.householdsAt(db, r.communityId, r.placePath),
        repo.latestComments(db, r, COMMENTS_SHOWN),
      ]);
      return {
        roundId: r.id,
        ...roundResult(
          r.dimensions,
          answers.map((x) => x.scores),
          eligible,
        ),
        comments,
      };
    },

    /** The compound's rounds for one target, oldest period first: how the ratings move. */
    async trend(caller: Caller, compoundId: number, target: EvaluationTarget) {
      const a = await access(caller);
      const compound = await compoundFor(a, compoundId, 'querystring.compoundId', false);
      const rounds = (await repo.roundsOf(db, compound.communityId, compound.id, target)).reverse();
      const [answers, eligible] = await Promise.all([
        repo.scoresOf(
          db,
          compound.communityId,
          rounds.map((r) => r.id),
        ),
        repo.householdsAt(db, compound.communityId, compound.path),
      ]);
      return {
        items: rounds.map((r) => {
          const res = roundResult(
            r.dimensions,
            answers.filter((x) => x.roundId === r.id).map((x) => x.scores),
            eligible,
          );
          return {
            roundId: r.id,
            title: r.title,
            periodFrom: r.periodFrom,
            periodTo: r.periodTo,
            status: r.status,
            respondents: res.respondents,
            participation: res.participation,
            overall: res.overall,
            dimensions: res.dimensions.map(({ code, label, mean }) => ({ code, label, mean })),
          };
        }),
      };
    },
  };
}
