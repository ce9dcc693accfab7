/**
 * Residents' self-organisations (居民自组织, seed 001: 110+ incubated): a choir, a walking group, an elderly-care
 * circle … The community incubates them from forming to incubated to independent; each step is recorded.
 */

export const SELF_ORG_KINDS = ['culture', 'sport', 'elderly_care', 'volunteer', 'interest', 'other'] as const;
export type SelfOrgKind = (typeof SELF_ORG_KINDS)[number];

export const STAGES = ['forming', 'incubated', 'independent'] as const;
export type Stage = (typeof STAGES)[number];

export const SUPPORT_KINDS = ['venue', 'funds', 'training', 'materials'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/**
 * Incubation moves one step forward at a time; an organisation that lost its way may go back one step (an
 * independent group that needs the community's help again), never skip one.
 */
export function refuseStage(from: Stage, to: Stage): { code: 'invalid_transition'; message: string } | null {
  const delta = STAGES.indexOf(to) - STAGES.indexOf(from);
  if (delta === 1 || delta === -1) return null;
  return {
    code: 'invalid_transition',
    message: from === to ? `already ${from}` : `cannot go from ${from} to ${to} in one step`,
  };
}

/** The stages an organisation at `from` may move to, for a page's choices. */
export const nextStages = (from: Stage): Stage[] => STAGES.filter((to) => !refuseStage(from, to));

/** "Incubated" in the seed's sense counts every organisation that reached incubation, independent ones included. */
export function incubatedCount(byStage: Partial<Record<Stage, number>>): number {
  return (byStage.incubated ?? 0) + (byStage.independent ?? 0);
}
