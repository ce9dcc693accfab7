import { z } from 'zod';
import { CARE_GROUPS } from '../../../domain/registry/import-template';
import { pageOf, pageQuery } from '../../http/pagination';
import { id } from '../org/schema';

export const planBody = z.strictObject({ intervalDays: z.number().int().min(1).max(365) });
export const visitBody = z.strictObject({
  visitedOn: z.iso.date(),
  notes: z.string().trim().min(1).max(2000),
  needs: z.string().trim().min(1).max(1000).optional(),
  /** File the needs as an event of this category, at the person's home. */
  needsCategoryCode: z.string().trim().min(1).max(64).optional(),
});
export type VisitBody = z.infer<typeof visitBody>;

export const visit = z
  .object({
    id: z.number(),
    personId: z.number(),
    visitedOn: z.string(),
    visitorName: z.string(),
    notes: z.string(),
    needs: z.string().nullable(),
    eventId: z.number().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'CareVisit' });
export const visitPage = pageOf(visit);
export const visitListQuery = z.object(pageQuery);

export const overdueVisit = z.object({
  personId: z.number(),
  name: z.string(),
  careGroups: z.array(z.string()),
  intervalDays: z.number(),
  lastVisitedOn: z.string().nullable(),
  dueOn: z.string(),
  daysOverdue: z.number(),
});
export const overdueVisitPage = pageOf(overdueVisit);
export const overdueVisitQuery = z.object({
  communityId: id,
  careGroup: z.enum(CARE_GROUPS).optional(),
  ...pageQuery,
});
