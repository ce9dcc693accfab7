/** The roles of DESIGN.md "Who uses it"; each is granted at one org node and reaches everything below it. */
export const ROLES = [
  'admin',
  'auditor',
  'street_staff',
  'community_worker',
  'grid_worker',
  'building_leader',
  'property_staff',
  'party_branch',
  'owners_committee',
  'department_staff',
  'resident',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'org.read',
  'org.manage.street',
  'org.manage.community',
  'org.manage.compound',
  'org.manage.building',
  'org.manage.unit',
  'grid.manage',
  'audit.read',
  'account.manage',
  'token.own',
  'registry.read',
  'registry.manage',
  'person.reveal',
  'governance.read',
  'governance.manage',
  'event.configure',
  'vote.read',
  'vote.manage',
  'notice.read',
  'notice.manage',
  'deliberation.read',
  'deliberation.manage',
  'evaluation.read',
  'evaluation.manage',
  'volunteer.read',
  'volunteer.manage',
  'elevator.read',
  'elevator.manage',
  'convention.read',
  'convention.manage',
  'mediation.read',
  'mediation.manage',
  'project.read',
  'project.manage',
  'venue.read',
  'venue.manage',
  'device.read',
  'device.manage',
  'patrol.read',
  'patrol.run',
  'patrol.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF_READ: readonly Permission[] = ['org.read', 'token.own'];
const PLACE_MANAGE: readonly Permission[] = ['org.manage.compound', 'org.manage.building', 'org.manage.unit'];
/** Those who keep the registry up to date; revealing a full ID or phone number is a separate permission. */
const REGISTRY_KEEP: readonly Permission[] = ['registry.read', 'registry.manage', 'governance.read'];
const GOVERNANCE_KEEP: readonly Permission[] = ['governance.read', 'governance.manage'];
/**
 * Owner votes are run by the community and street, the compound's party branch and its owners' committee
 * (RULES.md §1); the property company may post notices but never runs a vote its owners decide about it.
 */
const DECIDE: readonly Permission[] = [
  'vote.read',
  'vote.manage',
  'notice.read',
  'notice.manage',
  // Elevator retrofits and conventions are decided by owner votes, so they are run by the same people.
  'elevator.read',
  'elevator.manage',
  'convention.read',
  'convention.manage',
];
const FOLLOW_DECISIONS: readonly Permission[] = [
  'vote.read',
  'notice.read',
  'elevator.read',
  'convention.read',
];
/** Those who convene meetings and run evaluations (seed 002: the party branch leads, the community backs it). */
const DELIBERATION_RUN: readonly Permission[] = [
  'deliberation.read',
  'deliberation.manage',
  'evaluation.read',
  'evaluation.manage',
];

/** Volunteer teams, activities and the points passbook: the community and the party branch organise them. */
const VOLUNTEER_RUN: readonly Permission[] = ['volunteer.read', 'volunteer.manage'];
/**
 * People's mediation is the community's mediation committee's work, backed by the street and the party branch;
 * grid workers and building leaders, who hear of disputes first, follow the cases.
 */
const MEDIATION_RUN: readonly Permission[] = ['mediation.read', 'mediation.manage'];

/**
 * Partner units, the needs, resources and projects lists and the projects' money: the community and street keep
 * them and the party branch leads co-building (seed 001); those who work the compound follow them.
 */
const PROJECT_RUN: readonly Permission[] = ['project.read', 'project.manage'];
/** Service stations, their rooms and bookings, and the service guide: kept by the community, street and party branch. */
const VENUE_RUN: readonly Permission[] = ['venue.read', 'venue.manage'];

/**
 * Patrols (一日三巡): grid workers and building leaders walk them; the community and street set the plans, print the
 * point codes and read the coverage; the community's staff may also walk one (a joint patrol they lead).
 */
const PATROL_WALK: readonly Permission[] = ['patrol.read', 'patrol.run'];
const PATROL_PLAN: readonly Permission[] = ['patrol.read', 'patrol.manage'];

/** Grid workers and building leaders keep the registry and follow everything else in their patch. */
const NEIGHBOURHOOD_KEEP: readonly Permission[] = [
  ...STAFF_READ,
  ...REGISTRY_KEEP,
  ...FOLLOW_DECISIONS,
  'deliberation.read',
  'volunteer.read',
  'mediation.read',
  'project.read',
  'venue.read',
  ...PATROL_WALK,
];
/** Sensors and their alerts: the community and the property company keep the devices, grid workers watch them. */
const DEVICE_KEEP: readonly Permission[] = ['device.read', 'device.manage'];

/**
 * What each role may do, wherever it is granted. The auditor reads the audit log and changes nothing;
 * the administrator changes everything but cannot read the audit log (separation of duties, MLPS level 3).
 * Districts are created only from the command line (`linli admin`), never through the API. Personal data is the
 * community's to keep: the administrator and the auditor have no registry permission at all (RULES.md §4).
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    ...STAFF_READ,
    'org.manage.street',
    'org.manage.community',
    ...PLACE_MANAGE,
    'grid.manage',
    'account.manage',
  ],
  auditor: ['org.read', 'audit.read', 'token.own'],
  street_staff: [
    ...STAFF_READ,
    'event.configure',
    'org.manage.community',
    ...PLACE_MANAGE,
    'grid.manage',
    'registry.read',
    'person.reveal',
    ...GOVERNANCE_KEEP,
    ...DECIDE,
    ...DELIBERATION_RUN,
    ...VOLUNTEER_RUN,
    ...MEDIATION_RUN,
    ...PROJECT_RUN,
    ...VENUE_RUN,
    ...DEVICE_KEEP,
    ...PATROL_PLAN,
  ],
  community_worker: [
    ...STAFF_READ,
    ...PLACE_MANAGE,
    'grid.manage',
    ...REGISTRY_KEEP,
    'person.reveal',
    'governance.manage',
    ...DECIDE,
    ...DELIBERATION_RUN,
    ...VOLUNTEER_RUN,
    ...MEDIATION_RUN,
    ...PROJECT_RUN,
    ...VENUE_RUN,
    ...DEVICE_KEEP,
    ...PATROL_PLAN,
    'patrol.run',
  ],
  grid_worker: [...NEIGHBOURHOOD_KEEP, 'device.read'],
  building_leader: NEIGHBOURHOOD_KEEP,
  // The property company sits at the joint meeting, posts notices and reads how residents rate it; it convenes
  // nothing and never runs a vote its owners decide about it.
  property_staff: [
    ...STAFF_READ,
    'org.manage.building',
    'org.manage.unit',
    ...REGISTRY_KEEP,
    ...FOLLOW_DECISIONS,
    'notice.manage',
    'deliberation.read',
    'evaluation.read',
    'volunteer.read',
    'project.read',
    'venue.read',
    ...DEVICE_KEEP,
    'patrol.read',
  ],
  party_branch: [
    ...STAFF_READ,
    'registry.read',
    'governance.read',
    ...DECIDE,
    ...DELIBERATION_RUN,
    ...VOLUNTEER_RUN,
    ...MEDIATION_RUN,
    ...PROJECT_RUN,
    ...VENUE_RUN,
  ],
  // The owners' committee convenes owners' assemblies and meetings, and is itself evaluated, not an evaluator.
  owners_committee: [
    ...STAFF_READ,
    'registry.read',
    'governance.read',
    ...DECIDE,
    'deliberation.read',
    'deliberation.manage',
    'evaluation.read',
    'volunteer.read',
    'project.read',
    'venue.read',
  ],
  department_staff: STAFF_READ,
  resident: [],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The org levels at which each role makes sense; a grant elsewhere is refused. */
export const ROLE_NODE_KINDS: Readonly<Record<Role, readonly string[]>> = {
  admin: ['district', 'street', 'community'],
  auditor: ['district', 'street', 'community'],
  street_staff: ['street'],
  community_worker: ['community'],
  grid_worker: ['community'],
  building_leader: ['compound', 'building'],
  property_staff: ['compound'],
  party_branch: ['community', 'compound', 'building'],
  owners_committee: ['compound'],
  department_staff: ['district', 'street'],
  resident: ['compound', 'building', 'unit'],
};
