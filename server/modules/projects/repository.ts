import { type AnyColumn, and, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { containing } from '../../db/like';
import {
  partnerAgreement,
  partnerCommitment,
  partnerFulfilment,
  partnerUnit,
  person,
  project,
  projectEntry,
  projectNeed,
  projectNeedLink,
  projectPhoto,
  projectResource,
  projectResourceLink,
} from '../../db/schema';
import type { Scope } from '../auth/caller';
import type { Homes } from '../auth/permission-scope';
import { inScopePlaces } from '../auth/scope-sql';
import { underNode, type Under } from '../volunteers/repository';

export type PartnerRow = typeof partnerUnit.$inferSelect;
export type AgreementRow = typeof partnerAgreement.$inferSelect;
export type CommitmentRow = typeof partnerCommitment.$inferSelect;
export type FulfilmentRow = typeof partnerFulfilment.$inferSelect;
export type NeedRow = typeof projectNeed.$inferSelect;
export type ResourceRow = typeof projectResource.$inferSelect;
export type ProjectRow = typeof project.$inferSelect;
export type EntryRow = typeof projectEntry.$inferSelect;

export const partnersIn = (scope: Scope) =>
  inScopePlaces(scope, partnerUnit.communityId, partnerUnit.nodePath);
export const needsIn = (scope: Scope) => inScopePlaces(scope, projectNeed.communityId, projectNeed.nodePath);
export const resourcesIn = (scope: Scope) =>
  inScopePlaces(scope, projectResource.communityId, projectResource.nodePath);

/**
 * Staff by scope; residents once a project is approved (`domain/projects/lifecycle.ts` `visibleToResidents`), when
 * it hangs over one of their homes.
 */
export function projectsVisible(staff: Scope, homes: Homes): SQL {
  const parts: SQL[] = [inScopePlaces(staff, project.communityId, project.nodePath)];
  if (homes.over.length)
    parts.push(
      sql`(${project.approvedAt} is not null and ${project.communityId} = any(${sql.param(homes.communityIds)}::bigint[]) and ${project.nodePath} = any(${sql.param(homes.over)}::text[]))`,
    );
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** Needs a caller sees: staff by scope, and a resident the needs they raised themselves. */
export const needsVisible = (staff: Scope, accountId: number) =>
  sql`(${needsIn(staff)} or ${projectNeed.raisedByAccountId} = ${accountId})`;

const lockIf = <Q extends { for: (s: 'update') => unknown }>(q: Q, lock: boolean) =>
  lock ? q.for('update') : q;

export async function findPartner(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(partnerUnit)
    .where(and(eq(partnerUnit.id, id), visible));
  const [row] = await (lockIf(q, lock) as typeof q);
  return row ?? null;
}

export async function findResource(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(projectResource)
    .where(and(eq(projectResource.id, id), visible));
  const [row] = await (lockIf(q, lock) as typeof q);
  return row ?? null;
}

export async function findProject(db: Executor, visible: SQL, id: number, lock = false) {
  const q = db
    .select()
    .from(project)
    .where(and(eq(project.id, id), visible));
  const [row] = await (lockIf(q, lock) as typeof q);
  return row ?? null;
}

interface PageFilter {
  under?: Under;
  beforeId?: number;
  limit: number;
}

/** What every list here shares: visible to the caller, under the node asked for, older than the cursor. */
const pageWhere = (
  t: { communityId: AnyColumn; nodePath: AnyColumn; id: AnyColumn },
  visible: SQL,
  f: PageFilter,
  also?: SQL,
) =>
  and(
    visible,
    underNode(f.under, t.communityId, t.nodePath),
    f.beforeId !== undefined ? lt(t.id, f.beforeId) : undefined,
    also,
  );

export const listPartners = (db: Executor, visible: SQL, f: PageFilter & { q?: string | undefined }) =>
  db
    .select()
    .from(partnerUnit)
    .where(
      pageWhere(partnerUnit, visible, f, f.q ? sql`${partnerUnit.name} ilike ${containing(f.q)}` : undefined),
    )
    .orderBy(desc(partnerUnit.id))
    .limit(f.limit + 1);

export const listNeeds = (db: Executor, visible: SQL, f: PageFilter & { q?: string | undefined }) =>
  db
    .select()
    .from(projectNeed)
    .where(
      pageWhere(
        projectNeed,
        visible,
        f,
        f.q ? sql`${projectNeed.title} ilike ${containing(f.q)}` : undefined,
      ),
    )
    .orderBy(desc(projectNeed.id))
    .limit(f.limit + 1);

export const listResources = (db: Executor, visible: SQL, f: PageFilter) =>
  db
    .select()
    .from(projectResource)
    .where(pageWhere(projectResource, visible, f))
    .orderBy(desc(projectResource.id))
    .limit(f.limit + 1);

export const listProjects = (db: Executor, visible: SQL, f: PageFilter & { status?: ProjectRow['status'] }) =>
  db
    .select()
    .from(project)
    .where(pageWhere(project, visible, f, f.status ? eq(project.status, f.status) : undefined))
    .orderBy(desc(project.id))
    .limit(f.limit + 1);

/** The agreements, commitments and fulfilments of a page of partners, in three queries. */
export async function agreementsOf(db: Executor, partners: PartnerRow[]) {
  if (!partners.length) return { agreements: [], commitments: [], fulfilments: [] };
  const communityIds = [...new Set(partners.map((p) => p.communityId))];
  const agreements = await db
    .select()
    .from(partnerAgreement)
    .where(
      and(
        inArray(partnerAgreement.communityId, communityIds),
        inArray(
          partnerAgreement.partnerId,
          partners.map((p) => p.id),
        ),
      ),
    )
    .orderBy(desc(partnerAgreement.startsOn));
  if (!agreements.length) return { agreements, commitments: [], fulfilments: [] };
  const commitments = await db
    .select()
    .from(partnerCommitment)
    .where(
      and(
        inArray(partnerCommitment.communityId, communityIds),
        inArray(
          partnerCommitment.agreementId,
          agreements.map((a) => a.id),
        ),
      ),
    )
    .orderBy(partnerCommitment.id);
  const fulfilments = commitments.length
    ? await db
        .select()
        .from(partnerFulfilment)
        .where(
          and(
            inArray(partnerFulfilment.communityId, communityIds),
            inArray(
              partnerFulfilment.commitmentId,
              commitments.map((c) => c.id),
            ),
          ),
        )
        .orderBy(desc(partnerFulfilment.doneOn), desc(partnerFulfilment.id))
    : [];
  return { agreements, commitments, fulfilments };
}

export async function findCommitmentOf(db: Executor, p: PartnerRow, commitmentId: number) {
  const [row] = await db
    .select({ commitment: partnerCommitment, agreement: partnerAgreement })
    .from(partnerCommitment)
    .innerJoin(
      partnerAgreement,
      and(
        eq(partnerAgreement.communityId, partnerCommitment.communityId),
        eq(partnerAgreement.id, partnerCommitment.agreementId),
      ),
    )
    .where(
      and(
        eq(partnerCommitment.communityId, p.communityId),
        eq(partnerCommitment.id, commitmentId),
        eq(partnerAgreement.partnerId, p.id),
      ),
    );
  return row ?? null;
}

/** Whether `id` names a row of `table` in the community: the lists' references (topics, events, activities …). */
export async function existsIn(db: Executor, table: string, communityId: number, id: number) {
  const r = await db.execute(
    sql`select 1 from ${sql.identifier(table)} where community_id = ${communityId} and id = ${id}`,
  );
  return r.rows.length > 0;
}

export async function countIn(
  db: Executor,
  table: SQL,
  communityId: number,
  ids: number[],
  also = sql`true`,
) {
  if (!ids.length) return 0;
  const r = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from ${table} where community_id = ${communityId} and id = any(${sql.param(ids)}::bigint[]) and ${also}`,
  );
  return r.rows[0]!.n;
}

/** The needs and resources a page of projects links, and its photos. */
export async function linksOf(db: Executor, rows: ProjectRow[]) {
  if (!rows.length) return { needs: [], resources: [], photos: [] };
  const communityIds = [...new Set(rows.map((p) => p.communityId))];
  const ids = rows.map((p) => p.id);
  const [needs, resources, photos] = await Promise.all([
    db
      .select({ projectId: projectNeedLink.projectId, id: projectNeed.id, title: projectNeed.title })
      .from(projectNeedLink)
      .innerJoin(
        projectNeed,
        and(
          eq(projectNeed.communityId, projectNeedLink.communityId),
          eq(projectNeed.id, projectNeedLink.needId),
        ),
      )
      .where(
        and(inArray(projectNeedLink.communityId, communityIds), inArray(projectNeedLink.projectId, ids)),
      ),
    db
      .select({
        projectId: projectResourceLink.projectId,
        id: projectResource.id,
        kind: projectResource.kind,
        name: projectResource.name,
      })
      .from(projectResourceLink)
      .innerJoin(
        projectResource,
        and(
          eq(projectResource.communityId, projectResourceLink.communityId),
          eq(projectResource.id, projectResourceLink.resourceId),
        ),
      )
      .where(
        and(
          inArray(projectResourceLink.communityId, communityIds),
          inArray(projectResourceLink.projectId, ids),
        ),
      ),
    db
      .select({ projectId: projectPhoto.projectId, id: projectPhoto.id })
      .from(projectPhoto)
      .where(and(inArray(projectPhoto.communityId, communityIds), inArray(projectPhoto.projectId, ids)))
      .orderBy(projectPhoto.createdAt),
  ]);
  return { needs, resources, photos };
}

/** Which projects each need feeds. */
export async function projectsOfNeeds(db: Executor, rows: NeedRow[]) {
  if (!rows.length) return [];
  return db
    .select({ needId: projectNeedLink.needId, projectId: projectNeedLink.projectId })
    .from(projectNeedLink)
    .where(
      and(
        inArray(projectNeedLink.communityId, [...new Set(rows.map((r) => r.communityId))]),
        inArray(
          projectNeedLink.needId,
          rows.map((r) => r.id),
        ),
      ),
    );
}

export async function photoCount(db: Executor, p: ProjectRow) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(projectPhoto)
    .where(and(eq(projectPhoto.communityId, p.communityId), eq(projectPhoto.projectId, p.id)));
  return row?.n ?? 0;
}

export async function findPhoto(db: Executor, p: ProjectRow, photoId: string) {
  const [row] = await db
    .select()
    .from(projectPhoto)
    .where(
      and(
        eq(projectPhoto.communityId, p.communityId),
        eq(projectPhoto.projectId, p.id),
        eq(projectPhoto.id, photoId),
      ),
    );
  return row ?? null;
}

/** A project's ledger, newest first, with each contributor's name (masked by the presenter). */
export function entriesOf(db: Executor, p: ProjectRow, f: { beforeId?: number; limit?: number }) {
  const q = db
    .select({ entry: projectEntry, name: person.name })
    .from(projectEntry)
    .leftJoin(
      person,
      and(eq(person.communityId, projectEntry.communityId), eq(person.id, projectEntry.personId)),
    )
    .where(
      and(
        eq(projectEntry.communityId, p.communityId),
        eq(projectEntry.projectId, p.id),
        f.beforeId !== undefined ? lt(projectEntry.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(projectEntry.id));
  return f.limit === undefined ? q : q.limit(f.limit + 1);
}

export async function findPerson(db: Executor, communityId: number, personId: number) {
  const [row] = await db
    .select({ id: person.id, name: person.name })
    .from(person)
    .where(and(eq(person.communityId, communityId), eq(person.id, personId)));
  return row ?? null;
}
