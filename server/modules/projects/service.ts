import type { ProjectAction } from '../../../domain/projects/lifecycle';
import { acceptsContributions } from '../../../domain/projects/ledger';
import type { Db } from '../../db/client';
import { AppError, invalid, notFound } from '../../http/errors';
import { page } from '../../http/pagination';
import type { Caller } from '../auth/caller';
import type { AttachmentStore } from '../events/attachments';
import { idCursor, pageByIdDesc, subtreeOf } from '../org/subtree';
import { myPeople, myPersonIn } from '../volunteers/access';
import { projectsVisibleTo, readScope, requireManager, visiblePartner, visibleProject } from './access';
import { act } from './act';
import { ledgerSheet } from './export';
import { recordEntry, type NewEntry } from './ledger';
import {
  addResource,
  archiveResource,
  createProject,
  raiseNeed,
  updateProject,
  updateResource,
} from './lists';
import { archivePartner, createPartner, recordFulfilment, signAgreement, updatePartner } from './partners';
import { presentEntry, presentNeeds, presentPartners, presentProjects, presentResource } from './presenter';
import * as repo from './repository';
import type {
  ActionBody,
  AgreementBody,
  EntryBody,
  FulfilmentBody,
  ListNeedsQuery,
  ListPartnersQuery,
  ListProjectsQuery,
  NeedBody,
  PartnerBody,
  PartnerPatch,
  ProjectBody,
  ProjectPatch,
  ResourceBody,
  ResourcePatch,
} from './schema';

interface ListQuery {
  nodeId?: number | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Partner units, the three lists and micro-projects with their money (issue 6 items 6–7). */
export function projectsService(db: Db, store: AttachmentStore, timeZone: string) {
  const onePartner = async (caller: Caller, p: repo.PartnerRow) =>
    (await presentPartners(db, caller, [p], timeZone))[0]!;
  const oneProject = async (caller: Caller, p: repo.ProjectRow) =>
    (await presentProjects(db, caller, [p]))[0]!;
  const personIdsOf = async (caller: Caller) => (await myPeople(db, caller)).map((p) => p.id);

  /** One ledger entry on the locked project, with its audit row, in one transaction. */
  const record = (caller: Caller, id: number, entry: (p: repo.ProjectRow) => Promise<NewEntry>) =>
    db.transaction(async (tx) => {
      const p = await visibleProject(tx, caller, id, true);
      return recordEntry(tx, caller, p, await entry(p));
    });

  return {
    // Partner units ----------------------------------------------------------------------------------------------
    async createPartner(caller: Caller, body: PartnerBody) {
      return onePartner(caller, await db.transaction((tx) => createPartner(tx, caller, body)));
    },
    async listPartners(caller: Caller, q: ListPartnersQuery) {
      const scope = await readScope(db, caller);
      const rows = await repo.listPartners(db, repo.partnersIn(scope), {
        under: await subtreeOf(db, scope, q.nodeId),
        q: q.q,
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(rows, q.limit, (items) => presentPartners(db, caller, items, timeZone));
    },
    async getPartner(caller: Caller, id: number) {
      return onePartner(caller, await visiblePartner(db, caller, id));
    },
    async updatePartner(caller: Caller, id: number, body: PartnerPatch) {
      return onePartner(caller, await db.transaction((tx) => updatePartner(tx, caller, id, body)));
    },
    async archivePartner(caller: Caller, id: number) {
      return onePartner(caller, await db.transaction((tx) => archivePartner(tx, caller, id)));
    },
    async signAgreement(caller: Caller, id: number, body: AgreementBody) {
      return onePartner(caller, await db.transaction((tx) => signAgreement(tx, caller, id, body)));
    },
    async recordFulfilment(caller: Caller, id: number, body: FulfilmentBody) {
      return onePartner(caller, await db.transaction((tx) => recordFulfilment(tx, caller, id, body)));
    },

    // Needs and resources ----------------------------------------------------------------------------------------
    async raiseNeed(caller: Caller, body: NeedBody) {
      const n = await db.transaction((tx) => raiseNeed(tx, caller, body));
      return (await presentNeeds(db, caller, [n]))[0]!;
    },
    async listNeeds(caller: Caller, q: ListNeedsQuery) {
      const scope = await readScope(db, caller);
      const rows = await repo.listNeeds(db, repo.needsVisible(scope, caller.accountId), {
        under: await subtreeOf(db, scope, q.nodeId),
        q: q.q,
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(rows, q.limit, (items) => presentNeeds(db, caller, items));
    },
    async addResource(caller: Caller, body: ResourceBody) {
      return presentResource(await db.transaction((tx) => addResource(tx, caller, body)));
    },
    async updateResource(caller: Caller, id: number, body: ResourcePatch) {
      return presentResource(await db.transaction((tx) => updateResource(tx, caller, id, body)));
    },
    async archiveResource(caller: Caller, id: number) {
      return presentResource(await db.transaction((tx) => archiveResource(tx, caller, id)));
    },
    async listResources(caller: Caller, q: ListQuery) {
      const scope = await readScope(db, caller);
      const rows = await repo.listResources(db, repo.resourcesIn(scope), {
        under: await subtreeOf(db, scope, q.nodeId),
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(rows, q.limit, async (items) => items.map(presentResource));
    },

    // Projects ---------------------------------------------------------------------------------------------------
    async createProject(caller: Caller, body: ProjectBody) {
      return oneProject(caller, await db.transaction((tx) => createProject(tx, caller, body)));
    },
    async listProjects(caller: Caller, q: ListProjectsQuery) {
      const rows = await repo.listProjects(db, await projectsVisibleTo(db, caller), {
        under: await subtreeOf(db, caller.scope, q.nodeId),
        status: q.status,
        beforeId: idCursor(q.cursor),
        limit: q.limit,
      });
      return pageByIdDesc(rows, q.limit, (items) => presentProjects(db, caller, items));
    },
    async getProject(caller: Caller, id: number) {
      return oneProject(caller, await visibleProject(db, caller, id));
    },
    async updateProject(caller: Caller, id: number, body: ProjectPatch) {
      return oneProject(caller, await db.transaction((tx) => updateProject(tx, caller, id, body)));
    },
    async act(caller: Caller, id: number, action: ProjectAction, body: ActionBody) {
      return oneProject(caller, await db.transaction((tx) => act(tx, caller, id, action, body)));
    },

    // The ledger -------------------------------------------------------------------------------------------------
    async entries(caller: Caller, id: number, q: { cursor?: string | undefined; limit: number }) {
      const p = await visibleProject(db, caller, id);
      const [rows, mine] = await Promise.all([
        repo.entriesOf(db, p, { beforeId: idCursor(q.cursor), limit: q.limit }),
        personIdsOf(caller),
      ]);
      return page(
        rows,
        q.limit,
        (r) => presentEntry(r.entry, r.name, mine),
        (r) => ({ id: r.entry.id }),
      );
    },

    /** Staff write income, expenses and refunds; a contribution paid at the desk names the resident. */
    async recordEntry(caller: Caller, id: number, body: EntryBody) {
      const entry = await record(caller, id, async (p) => {
        requireManager(caller, p.nodePath);
        if (body.kind === 'contribution') {
          if (body.personId === undefined)
            throw invalid([
              { path: 'body.personId', message: 'a contribution names the resident who gave it' },
            ]);
          if (!(await repo.findPerson(db, p.communityId, body.personId)))
            throw invalid([{ path: 'body.personId', message: "not a resident of the project's community" }]);
          if (!p.crowdfunding) throw new AppError('invalid_transition', 'this project takes no crowdfunding');
        } else if (body.personId !== undefined)
          throw invalid([{ path: 'body.personId', message: 'only a contribution names a resident' }]);
        if (body.kind === 'expense' && body.payee === undefined)
          throw invalid([{ path: 'body.payee', message: 'an expense names its payee' }]);
        return {
          kind: body.kind,
          amount: body.amount,
          personId: body.personId,
          payee: body.payee,
          note: body.note,
          by: { accountId: caller.accountId, name: caller.displayName },
        };
      });
      return presentEntry(entry, null, []);
    },

    /** A resident's own contribution from the phone; the answer carries its receipt number. */
    async contribute(caller: Caller, id: number, body: { amount: number; note?: string | undefined }) {
      let name = '';
      const entry = await record(caller, id, async (p) => {
        if (!acceptsContributions(p.status, p.crowdfunding))
          throw new AppError('invalid_transition', `this project takes no contributions while ${p.status}`);
        const me = await myPersonIn(db, caller, p.communityId);
        name = me.name;
        return {
          kind: 'contribution',
          amount: body.amount,
          personId: me.id,
          note: body.note,
          by: { accountId: caller.accountId, name: caller.displayName },
        };
      });
      return presentEntry(entry, name, [entry.personId!]);
    },

    async ledgerFile(caller: Caller, id: number) {
      const p = await visibleProject(db, caller, id);
      requireManager(caller, p.nodePath);
      const rows = await repo.entriesOf(db, p, {});
      return {
        project: p,
        content: await ledgerSheet(
          p,
          rows.map((r) => presentEntry(r.entry, r.name, [])),
          timeZone,
        ),
      };
    },

    async photo(caller: Caller, id: number, photoId: string) {
      const p = await visibleProject(db, caller, id);
      const row = await repo.findPhoto(db, p, photoId);
      if (!row) throw notFound('photo');
      return { mime: row.mime, stream: store.stream(row.id) };
    },
  };
}
export type ProjectsService = ReturnType<typeof projectsService>;
