import { z } from 'zod';
import { WARNING_POLICY_LIMITS } from '../../../domain/warnings/rules';
import { pageOf, pageQuery } from '../../http/pagination';
import { id } from '../org/schema';

export const WARNING_KINDS = ['due_soon', 'hotspot', 'spike'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export const warningsQuery = z.object({
  kind: z.enum(WARNING_KINDS).optional(),
  communityId: id.optional(),
  ...pageQuery,
});
export type WarningsQuery = z.infer<typeof warningsQuery>;

const ref = z.object({ id: z.number(), name: z.string() });

export const warning = z
  .object({
    kind: z.enum(WARNING_KINDS),
    /** Stable within a computation: kind, community, building or event, category. */
    key: z.string(),
    community: ref,
    building: ref.nullable(),
    categoryCode: z.string(),
    /** Events behind the warning, newest first (at most 20): the due event, the hotspot's reports. */
    eventIds: z.array(z.number()),
    /** Reports counted: the hotspot's, or this week's for a spike. */
    count: z.number(),
    /** due_soon: the deadline and the share of the allowed time used. */
    deadline: z.date().nullable(),
    used: z.number().nullable(),
    /** hotspot: the first and last report in the window; spike: the week's first day and today. */
    from: z.string().nullable(),
    to: z.string().nullable(),
    /** spike: the usual week (median) and the count above which a week is unusual. */
    usual: z.number().nullable(),
    threshold: z.number().nullable(),
  })
  .meta({ id: 'Warning' });
export type Warning = z.infer<typeof warning>;

export const warningPage = pageOf(warning).extend({ computedAt: z.date() });

const limited = (key: keyof typeof WARNING_POLICY_LIMITS, whole = true) => {
  const [min, max] = WARNING_POLICY_LIMITS[key];
  const n = z.number().min(min).max(max);
  return whole ? n.int() : n;
};
export const warningPolicyBody = z.strictObject({
  hotspotCount: limited('hotspotCount'),
  hotspotDays: limited('hotspotDays'),
  spikeK: limited('spikeK', false),
  spikeMinCount: limited('spikeMinCount'),
});
export type WarningPolicyBody = z.infer<typeof warningPolicyBody>;
export const warningPolicyResponse = warningPolicyBody.extend({
  streetId: z.number(),
  isDefault: z.boolean(),
});
export const streetQuery = z.object({ streetId: id });
