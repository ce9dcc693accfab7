import { eq, sql } from 'drizzle-orm';
import { CHINA_2026, type WorkCalendar } from '../../../domain/events/calendar';
import { DEFAULT_CATEGORIES, type Category } from '../../../domain/events/categories';
import type { Executor } from '../../db/client';
import { dispatchRule, eventCategory, streetEventPolicy } from '../../db/schema';
import { compoundFacts, type CompoundFacts } from './repository';

/** The default escalation policy (issue: escalate one level when overdue by 24 h). */
export const DEFAULT_ESCALATE_AFTER_HOURS = 24;

export interface StreetPolicy {
  calendar: WorkCalendar;
  escalateAfterHours: number;
}

type CategoryRow = typeof eventCategory.$inferSelect;

export const categoryOf = (r: CategoryRow): Category => ({
  code: r.code,
  parentCode: r.parentCode,
  name: r.name,
  responsibleParty: r.responsibleParty,
  department: r.department,
  startLevel: r.startLevel,
  deadline:
    r.deadlineHours !== null ? { hours: r.deadlineHours } : { workingDays: r.deadlineWorkingDays ?? 1 },
  dispatchMode: r.dispatchMode,
  autoDispatch: r.autoDispatch,
});

export const categoryRow = (c: Category, sort: number): Omit<CategoryRow, 'slot'> => ({
  code: c.code,
  parentCode: c.parentCode,
  name: c.name,
  responsibleParty: c.responsibleParty,
  department: c.department,
  startLevel: c.startLevel,
  deadlineHours: 'hours' in c.deadline ? c.deadline.hours : null,
  deadlineWorkingDays: 'workingDays' in c.deadline ? c.deadline.workingDays : null,
  dispatchMode: c.dispatchMode,
  autoDispatch: c.autoDispatch,
  sort,
});

/**
 * A new installation starts with the default list of matters; later edits are the operators' and are kept. A
 * category added later takes the next rollup slot (one whose code exists only skips its slot).
 */
export async function ensureDefaultCategories(db: Executor): Promise<void> {
  await db
    .insert(eventCategory)
    .values(
      DEFAULT_CATEGORIES.map((c, i) => ({
        ...categoryRow(c, i),
        slot: sql`(select coalesce(max(slot), 0) from event_category) + ${i + 1}`,
      })),
    )
    .onConflictDoNothing();
}

/**
 * Categories and street rules are read on every report and change a few times a year: each process keeps them
 * briefly and forgets them at once when it changes them itself.
 */
const CACHE_MS = 30_000;

export function rulesBook(db: Executor) {
  let categories: { at: number; map: Map<string, Category> } | null = null;
  const streets = new Map<
    number,
    { at: number; policy: StreetPolicy; rules: Map<string, Partial<Category>> }
  >();
  const fresh = (at: number) => Date.now() - at < CACHE_MS;

  async function allCategories(): Promise<Map<string, Category>> {
    if (categories && fresh(categories.at)) return categories.map;
    const rows = await db.select().from(eventCategory).orderBy(eventCategory.sort);
    categories = { at: Date.now(), map: new Map(rows.map((r) => [r.code, categoryOf(r)])) };
    return categories.map;
  }

  async function street(streetId: number) {
    const hit = streets.get(streetId);
    if (hit && fresh(hit.at)) return hit;
    const [[p], rules] = await Promise.all([
      db.select().from(streetEventPolicy).where(eq(streetEventPolicy.streetId, streetId)),
      db.select().from(dispatchRule).where(eq(dispatchRule.streetId, streetId)),
    ]);
    const entry = {
      at: Date.now(),
      policy: {
        calendar: p ? { holidays: p.holidays, workdays: p.workdays } : CHINA_2026,
        escalateAfterHours: p?.escalateAfterHours ?? DEFAULT_ESCALATE_AFTER_HOURS,
      },
      rules: new Map(
        rules.map((r) => [
          r.categoryCode,
          {
            responsibleParty: r.responsibleParty,
            department: r.department,
            startLevel: r.startLevel,
            autoDispatch: r.autoDispatch,
          },
        ]),
      ),
    };
    streets.set(streetId, entry);
    return entry;
  }

  const compounds = new Map<number, { at: number; facts: CompoundFacts }>();

  return {
    allCategories,
    /** A compound's bodies and time zone; a newly elected body reaches dispatch within the cache's 30 s. */
    async compound(communityId: number, compoundId: number): Promise<CompoundFacts> {
      const hit = compounds.get(compoundId);
      if (hit && fresh(hit.at)) return hit.facts;
      const facts = await compoundFacts(db, communityId, compoundId);
      compounds.set(compoundId, { at: Date.now(), facts });
      return facts;
    },
    /** The category as it applies in a street: the street's dispatch rule over the installation's default. */
    async category(code: string, streetId: number): Promise<Category | null> {
      const c = (await allCategories()).get(code);
      if (!c) return null;
      return { ...c, ...(await street(streetId)).rules.get(code) };
    },
    async policy(streetId: number): Promise<StreetPolicy> {
      return (await street(streetId)).policy;
    },
    forget() {
      categories = null;
      streets.clear();
      compounds.clear();
    },
  };
}
export type RulesBook = ReturnType<typeof rulesBook>;
