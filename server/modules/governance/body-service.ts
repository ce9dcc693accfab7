// The bodies of a compound (party organisations, owners' committee …): create, edit, members, and RULES.md §1.
import { can } from '../../../domain/auth/policy';
import { filingStatus, validateOwnersCommittee } from '../../../domain/governance/owners-committee';
import type { Db, Executor } from '../../db/client';
import { forbidden, invalid, notFound, type FieldError } from '../../http/errors';
import { decodeCursor } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import * as repo from './repository';
import type * as s from './schema';
import { audit, cursorShape, labels, listedPlace, placeFor, presentedPage } from './support';

/** The RULES.md §1 checks an edit of the election or term dates must pass (the others are reported, not refused). */
const TERM_RULES = new Set(['term_ends_before_election', 'term_too_long']);

function termMessage(v: { code: string; params: Record<string, string | number> }): string {
  return v.code === 'term_too_long'
    ? `the term may last at most ${v.params.maxYears} years (until ${v.params.latestEnd})`
    : 'must follow the election';
}

type Dates = Pick<repo.BodyRow, 'electedOn' | 'termEndsOn' | 'filedOn'>;

/** Problems of the dates after an edit, each on the field the edit changed. */
function dateProblems(next: Dates, patch: s.UpdateBodyBody): FieldError[] {
  const problems: FieldError[] = [];
  const { electedOn, termEndsOn, filedOn } = next;
  const termField = patch.termEndsOn !== undefined ? 'body.termEndsOn' : 'body.electedOn';
  if (electedOn && termEndsOn && termEndsOn <= electedOn)
    problems.push({ path: termField, message: 'must follow the election' });
  if (electedOn && filedOn && filedOn < electedOn)
    problems.push({
      path: patch.filedOn !== undefined ? 'body.filedOn' : 'body.electedOn',
      message: 'filed before the election',
    });
  return problems;
}

export function bodyService(db: Db, timeZone: string) {
  async function presentBodies(ex: Executor, rows: repo.BodyRow[]): Promise<s.BodyResponse[]> {
    const [label, members] = await Promise.all([
      labels(
        ex,
        rows.map((r) => ({ communityId: r.communityId, path: r.placePath })),
      ),
      repo.membersOf(ex, rows),
    ]);
    const now = new Date();
    return Promise.all(
      rows.map(async (b) => {
        const mine = members.filter((m) => m.bodyId === b.id);
        const committee = b.kind === 'owners_committee' && b.electedOn && b.termEndsOn;
        return {
          ...b,
          placeLabel: label({ path: b.placePath }),
          members: mine.map(({ personId, name, role, since, isOwner }) => ({
            personId,
            name,
            role,
            since,
            isOwner,
          })),
          violations: committee
            ? validateOwnersCommittee(
                {
                  householdCount: await repo.householdCount(ex, b.communityId, b.placePath),
                  members: mine.map((m) => ({ personId: String(m.personId), isOwner: m.isOwner })),
                  electedOn: b.electedOn as string,
                  termEndsOn: b.termEndsOn as string,
                  filedOn: b.filedOn,
                },
                now,
                { timeZone },
              )
            : [],
          filing:
            b.kind === 'owners_committee' && b.electedOn
              ? filingStatus({ electedOn: b.electedOn, filedOn: b.filedOn, now }, { timeZone })
              : null,
        };
      }),
    );
  }
  const presentBody = async (ex: Executor, b: repo.BodyRow) =>
    (await presentBodies(ex, [b]))[0] as s.BodyResponse;

  /** A body in scope (else 404) that the caller may change (else 403), locked for the change. */
  async function bodyToChange(ex: Executor, caller: Caller, id: number) {
    const b = await repo.findBody(ex, caller.scope, id, true);
    if (!b) throw notFound('body');
    if (!can(caller.grants, 'governance.manage', b.placePath)) throw forbidden();
    return b;
  }

  return {
    async listBodies(
      caller: Caller,
      placeId: number,
      kind: repo.BodyRow['kind'] | undefined,
      cursor: string | undefined,
      limit: number,
    ) {
      const node = await listedPlace(db, caller, placeId);
      const rows = await repo.listBodies(
        db,
        caller.scope,
        node.communityId,
        node.path,
        kind,
        decodeCursor(cursor, cursorShape)?.id,
        limit,
      );
      return presentedPage(rows, limit, (shown) => presentBodies(db, shown));
    },

    async getBody(caller: Caller, id: number) {
      const b = await repo.findBody(db, caller.scope, id);
      if (!b || !can(caller.grants, 'governance.read', b.placePath)) throw notFound('body');
      return presentBody(db, b);
    },

    async createBody(caller: Caller, body: s.CreateBodyBody) {
      return db.transaction(async (tx) => {
        const kinds = body.partyLevel === 'building_group' ? ['building'] : ['compound'];
        const node = await placeFor(tx, caller, body.placeId, 'governance.manage', kinds, 'body.placeId');
        if ((body.kind === 'party_org') !== (body.partyLevel !== undefined)) {
          throw invalid([
            { path: 'body.partyLevel', message: 'party organisations, and only they, have a level' },
          ]);
        }
        if (body.parentBodyId !== undefined && !(await repo.findBody(tx, caller.scope, body.parentBodyId)))
          throw invalid([{ path: 'body.parentBodyId', message: 'no such body' }]);
        if (body.electedOn && body.termEndsOn && body.termEndsOn <= body.electedOn)
          throw invalid([{ path: 'body.termEndsOn', message: 'must follow the election' }]);
        const b = await repo.insertBody(tx, {
          ...body,
          details: body.details ?? {},
          communityId: node.communityId,
          placePath: node.path,
        });
        await audit(tx, caller, {
          communityId: b.communityId,
          action: 'governance.body.create',
          entityType: 'governance_body',
          entityId: b.id,
          after: b,
        });
        return presentBody(tx, b);
      });
    },

    /**
     * Name, dates and details of a body. An owners' committee's new term is checked against RULES.md §1 as the
     * committee then stands (the update is undone on a 400); lateness and members stay reported violations.
     */
    async updateBody(caller: Caller, id: number, patch: s.UpdateBodyBody) {
      return db.transaction(async (tx) => {
        const before = await bodyToChange(tx, caller, id);
        const changes = Object.fromEntries(
          Object.entries(patch).filter(([, v]) => v !== undefined),
        ) as Parameters<typeof repo.updateBody>[2];
        const next = { ...before, ...changes };
        const problems = dateProblems(next, patch);
        if (problems.length) throw invalid(problems);
        const after = await repo.updateBody(tx, before, changes);
        const shown = await presentBody(tx, after);
        if (patch.electedOn !== undefined || patch.termEndsOn !== undefined) {
          const field = patch.termEndsOn !== undefined ? 'body.termEndsOn' : 'body.electedOn';
          const broken = shown.violations.filter((v) => TERM_RULES.has(v.code));
          if (broken.length) throw invalid(broken.map((v) => ({ path: field, message: termMessage(v) })));
        }
        await audit(tx, caller, {
          communityId: after.communityId,
          action: 'governance.body.update',
          entityType: 'governance_body',
          entityId: id,
          before,
          after,
        });
        return shown;
      });
    },

    async setMembers(caller: Caller, id: number, members: s.MembersBody['members']) {
      return db.transaction(async (tx) => {
        const b = await bodyToChange(tx, caller, id);
        const ids = members.map((m) => m.personId);
        const known = new Set((await repo.peopleIn(tx, b.communityId, ids)).map((p) => p.id));
        const bad = members.flatMap((m, i) =>
          known.has(m.personId)
            ? []
            : [{ path: `body.members.${i}.personId`, message: 'no such person in this community' }],
        );
        if (bad.length) throw invalid(bad);
        if (new Set(ids).size !== ids.length)
          throw invalid([{ path: 'body.members', message: 'a person is listed twice' }]);
        const before = (await repo.membersOf(tx, [b])).map(({ personId, role, since }) => ({
          personId,
          role,
          since,
        }));
        await repo.replaceMembers(tx, b, members);
        await audit(tx, caller, {
          communityId: b.communityId,
          action: 'governance.body.members',
          entityType: 'governance_body',
          entityId: b.id,
          before,
          after: members,
        });
        return presentBody(tx, b);
      });
    },
  };
}
