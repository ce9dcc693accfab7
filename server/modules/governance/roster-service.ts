// Rosters of a compound: party members who checked in (双报到) and capable persons (贤达能人).
import { localDate } from '../../../domain/common/local-date';
import type { Db } from '../../db/client';
import { invalid } from '../../http/errors';
import { decodeCursor, page } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import { peopleIn } from './repository';
import {
  insertRosterRow,
  listRoster,
  type RosterInsert,
  type RosterKind,
  type RosterRow,
} from './roster-repository';
import type * as s from './schema';
import { audit, cursorShape, labels, listedPlace, placeFor } from './support';

export function rosterService(db: Db, timeZone: string) {
  /** A roster's rows of the compounds at or around a place, with the person's and the compound's names. */
  async function list<K extends RosterKind>(
    caller: Caller,
    kind: K,
    placeId: number,
    cursor: string | undefined,
    limit: number,
  ) {
    const node = await listedPlace(db, caller, placeId);
    const rows = await listRoster(
      db,
      kind,
      caller.scope,
      node.communityId,
      node.path,
      decodeCursor(cursor, cursorShape)?.id,
      limit,
    );
    const label = await labels(
      db,
      rows.map((r) => ({ communityId: r.row.communityId, path: r.compoundPath })),
    );
    return page(
      rows,
      limit,
      (r) => ({ ...r.row, name: r.name, compoundLabel: label({ path: r.compoundPath }) }),
      (r) => ({ id: r.row.id }),
    );
  }

  /** A person of the community attached to one of its compounds, audited; `values` checks the rest once the compound is known. */
  async function add<K extends RosterKind>(
    caller: Caller,
    kind: K,
    body: { personId: number; compoundId: number },
    values: (communityId: number) => RosterInsert<K>,
  ): Promise<RosterRow<K>> {
    return db.transaction(async (tx) => {
      const compound = await placeFor(
        tx,
        caller,
        body.compoundId,
        'governance.manage',
        ['compound'],
        'body.compoundId',
      );
      if (!(await peopleIn(tx, compound.communityId, [body.personId])).length) {
        throw invalid([{ path: 'body.personId', message: 'no such person in this community' }]);
      }
      const row = await insertRosterRow(tx, kind, values(compound.communityId));
      await audit(tx, caller, {
        communityId: compound.communityId,
        action: `governance.${kind}`,
        entityType: kind,
        entityId: row.id,
        after: row,
      });
      return row;
    });
  }

  return {
    listCheckins: (caller: Caller, placeId: number, cursor: string | undefined, limit: number) =>
      list(caller, 'party_checkin', placeId, cursor, limit),
    listCapable: (caller: Caller, placeId: number, cursor: string | undefined, limit: number) =>
      list(caller, 'capable_person', placeId, cursor, limit),

    checkIn: (
      caller: Caller,
      body: { personId: number; compoundId: number; workUnit: string; checkedInOn: string },
    ) =>
      add(caller, 'party_checkin', body, (communityId) => {
        if (body.checkedInOn > localDate(new Date(), timeZone)) {
          throw invalid([{ path: 'body.checkedInOn', message: 'in the future' }]);
        }
        return { ...body, communityId };
      }),

    addCapablePerson: (
      caller: Caller,
      body: { personId: number; compoundId: number; powers: s.Power[]; expertise?: string | undefined },
    ) =>
      add(caller, 'capable_person', body, (communityId) => ({
        ...body,
        expertise: body.expertise ?? null,
        communityId,
      })),
  };
}
