import { z } from 'zod';
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATES,
  CHECK_METHODS,
  TEAM_LEVELS,
} from '../../../domain/volunteers/activities';
import { CHECK_ACTIONS } from '../../../domain/volunteers/check-code';
import { pageOf, pageQuery } from '../../http/pagination';
import { id, nodeRef } from '../org/schema';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.coerce.date();

export const teamBody = z.strictObject({
  /** A compound or community; a street for a street-wide team, kept by `communityId`, one of its communities. */
  nodeId: id,
  communityId: id.optional(),
  name: text(100),
  description: text(2000).optional(),
});
export type TeamBody = z.infer<typeof teamBody>;

export const team = z
  .object({
    id: z.number(),
    communityId: z.number(),
    level: z.enum(TEAM_LEVELS),
    nodeId: z.number(),
    path: z.array(nodeRef),
    name: z.string(),
    description: z.string().nullable(),
    members: z.number(),
    createdAt: z.date(),
    actions: z.array(z.enum(['manage'])),
  })
  .meta({ id: 'VolunteerTeam' });
export type TeamResponse = z.infer<typeof team>;
export const teamPage = pageOf(team);

export const listTeamsQuery = z.object({ nodeId: id.optional(), ...pageQuery });
export type ListTeamsQuery = z.infer<typeof listTeamsQuery>;

export const memberBody = z.strictObject({ personId: id, role: z.enum(['leader', 'member']).optional() });
export const member = z.object({
  personId: z.number(),
  name: z.string(),
  role: z.enum(['leader', 'member']),
  joinedAt: z.date(),
});
export const memberPage = pageOf(member);
export const memberParams = z.object({ id, personId: id });

export const activityBody = z
  .strictObject({
    /** The compound or community where it happens. */
    nodeId: id,
    teamId: id.optional(),
    kind: z.enum(ACTIVITY_KINDS),
    title: text(200),
    description: text(5000).optional(),
    place: text(200),
    startsAt: instant,
    endsAt: instant,
    capacity: z.number().int().min(1).max(10_000),
  })
  .refine((b) => b.endsAt > b.startsAt, { path: ['endsAt'], message: 'must be after startsAt' });
export type ActivityBody = z.infer<typeof activityBody>;

export const ACTIVITY_ACTIONS = [
  'cancel',
  'roster',
  'check',
  'show_code',
  'sign_up',
  'withdraw',
  'check_in',
  'check_out',
] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

const mySignup = z.object({
  id: z.number(),
  checkedInAt: z.date().nullable(),
  checkedOutAt: z.date().nullable(),
  minutes: z.number().nullable(),
});

export const activity = z
  .object({
    id: z.number(),
    communityId: z.number(),
    teamId: z.number().nullable(),
    teamName: z.string().nullable(),
    nodeId: z.number(),
    path: z.array(nodeRef),
    kind: z.enum(ACTIVITY_KINDS),
    title: z.string(),
    description: z.string().nullable(),
    place: z.string(),
    startsAt: z.date(),
    endsAt: z.date(),
    capacity: z.number(),
    signedUp: z.number(),
    status: z.enum(ACTIVITY_STATES),
    phase: z.enum(['upcoming', 'running', 'ended']),
    organiserName: z.string(),
    mySignup: mySignup.nullable(),
    actions: z.array(z.enum(ACTIVITY_ACTIONS)),
  })
  .meta({ id: 'VolunteerActivity' });
export type ActivityResponse = z.infer<typeof activity>;
export const activityPage = pageOf(activity);

export const listActivitiesQuery = z.object({
  nodeId: id.optional(),
  teamId: id.optional(),
  /** `upcoming`: only activities that have not ended (the phone's "near me"). */
  when: z.enum(['all', 'upcoming']).default('all'),
  /** Part of the title, for the pickers that link activities (self-organisations). */
  q: z.string().trim().min(1).max(100).optional(),
  ...pageQuery,
});
export type ListActivitiesQuery = z.infer<typeof listActivitiesQuery>;

/** Staff sign a person up by `personId`; a resident signs themselves up with an empty body. */
export const signupBody = z.strictObject({ personId: id.optional() }).optional();

export const signup = z
  .object({
    id: z.number(),
    activityId: z.number(),
    personId: z.number(),
    name: z.string(),
    signedUpAt: z.date(),
    cancelledAt: z.date().nullable(),
    checkedInAt: z.date().nullable(),
    checkedInBy: z.enum(CHECK_METHODS).nullable(),
    checkedOutAt: z.date().nullable(),
    checkedOutBy: z.enum(CHECK_METHODS).nullable(),
    minutes: z.number().nullable(),
    hours: z.number().nullable(),
    /** Points this check-out earned, when it did. */
    points: z.number().nullable(),
  })
  .meta({ id: 'VolunteerSignup' });
export type SignupResponse = z.infer<typeof signup>;
export const signupPage = pageOf(signup);
export const signupParams = z.object({ id, signupId: id });

export const codeQuery = z.object({ action: z.enum(CHECK_ACTIONS) });
export const code = z.object({
  activityId: z.number(),
  action: z.enum(CHECK_ACTIONS),
  code: z.string(),
  expiresAt: z.date(),
});

export const checkBody = z.strictObject({
  activityId: id,
  action: z.enum(CHECK_ACTIONS),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'six digits'),
});
export type CheckBody = z.infer<typeof checkBody>;

export const statsQuery = z.object({
  by: z.enum(['person', 'team', 'scope']),
  nodeId: id.optional(),
  from: instant.optional(),
  to: instant.optional(),
  ...pageQuery,
});
export type StatsQuery = z.infer<typeof statsQuery>;

export const statsRow = z.object({
  /** The person's, team's or node's id. */
  id: z.number(),
  name: z.string(),
  activities: z.number(),
  personTimes: z.number(),
  people: z.number(),
  minutes: z.number(),
  hours: z.number(),
});
export const statsPage = z.object({
  items: z.array(statsRow),
  nextCursor: z.string().nullable(),
  total: z.object({ activities: z.number(), personTimes: z.number(), people: z.number(), hours: z.number() }),
});

export const mine = z.object({
  people: z.array(z.object({ personId: z.number(), communityId: z.number(), name: z.string() })),
  personTimes: z.number(),
  hours: z.number(),
  signups: z.array(
    signup.extend({ title: z.string(), place: z.string(), startsAt: z.date(), endsAt: z.date() }),
  ),
});

export const partyService = z.object({
  /** Where the caller serves as a party member; empty for anyone else. */
  compounds: z.array(z.object({ communityId: z.number(), compoundId: z.number(), name: z.string() })),
  openRequests: z.array(
    z.object({
      id: z.number(),
      compoundName: z.string(),
      categoryCode: z.string(),
      description: z.string(),
      reportedAt: z.date(),
    }),
  ),
  activities: z.array(activity),
  months: z.array(
    z.object({ month: z.string(), hours: z.number(), personTimes: z.number(), requests: z.number() }),
  ),
});
