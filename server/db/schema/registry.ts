import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { place } from './org';

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const communityId = () => bigint('community_id', { mode: 'number' }).notNull();
const tenantId = () => bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity();

/**
 * One dwelling (专有部分) under a unit, or under a building without units. `place_path` is its parent's path,
 * so scope filters houses exactly as they filter places.
 */
export const house = pgTable(
  'house',
  {
    communityId: communityId(),
    id: tenantId(),
    placeId: bigint('place_id', { mode: 'number' }).notNull(),
    placePath: text('place_path').notNull(),
    number: text('number').notNull(),
    floor: smallint('floor').notNull(),
    /** Exclusive area in m² (RULES.md §1), with where the figure came from. */
    area: numeric('area', { precision: 9, scale: 2, mode: 'number' }).notNull(),
    areaSource: text('area_source', { enum: ['registered', 'surveyed', 'contract'] }).notNull(),
    use: text('use', { enum: ['residential', 'commercial', 'mixed', 'other'] })
      .notNull()
      .default('residential'),
    occupancy: text('occupancy', { enum: ['owner_occupied', 'rented', 'vacant', 'other'] })
      .notNull()
      .default('other'),
    /** Unsold (or sold, undelivered) units of the developer: together they count as one owner. */
    developerHeld: boolean('developer_held').notNull().default(false),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.placeId], foreignColumns: [place.communityId, place.id] }),
    unique('house_number_key').on(t.communityId, t.placeId, t.number),
    index('house_place_path_idx').using('btree', t.communityId, sql`${t.placePath} text_pattern_ops`),
    check('house_area_positive', sql`${t.area} > 0`),
  ],
);

/**
 * A person known to the community. ID and phone numbers exist only sealed (AES-256-GCM), as a keyed hash
 * for exact search, and masked for display (RULES.md §4): never in plaintext.
 */
export const person = pgTable(
  'person',
  {
    communityId: communityId(),
    id: tenantId(),
    name: text('name').notNull(),
    sex: text('sex', { enum: ['male', 'female'] }),
    birthDate: date('birth_date', { mode: 'string' }),
    idType: text('id_type').notNull(),
    idNumberSealed: text('id_number_sealed'),
    idNumberHash: text('id_number_hash'),
    idNumberMasked: text('id_number_masked'),
    phoneSealed: text('phone_sealed'),
    phoneHash: text('phone_hash'),
    phoneMasked: text('phone_masked'),
    careGroups: text('care_groups')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    partyMember: boolean('party_member').notNull().default(false),
    accountId: bigint('account_id', { mode: 'number' }),
    /** When the retention for people who moved out erased their numbers and details (domain/registry/retention). */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    unique('person_id_number_key').on(t.communityId, t.idType, t.idNumberHash),
    index('person_phone_hash_idx').on(t.communityId, t.phoneHash),
    index('person_name_idx').on(t.communityId, t.name),
    // A signed-in resident's own records (their party membership for 党员接单, their homes).
    index('person_account_idx').on(t.accountId),
  ],
);

/** Owners on a house's title; co-owners share one house (and one ballot). */
export const houseOwner = pgTable(
  'house_owner',
  {
    communityId: communityId(),
    houseId: bigint('house_id', { mode: 'number' }).notNull(),
    personId: bigint('person_id', { mode: 'number' }).notNull(),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.houseId, t.personId] }),
    foreignKey({
      columns: [t.communityId, t.houseId],
      foreignColumns: [house.communityId, house.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
    index('house_owner_person_idx').on(t.communityId, t.personId),
  ],
);

/** Who lives in a house and since when, with the residence registration (居住登记) it needs (RULES.md §3). */
export const residence = pgTable(
  'residence',
  {
    communityId: communityId(),
    id: tenantId(),
    houseId: bigint('house_id', { mode: 'number' }).notNull(),
    personId: bigint('person_id', { mode: 'number' }).notNull(),
    relation: text('relation', { enum: ['owner', 'tenant', 'family', 'other'] }).notNull(),
    stayKind: text('stay_kind', {
      enum: ['ordinary_rental', 'hourly_or_daily_rental', 'hotel', 'employer_dormitory', 'other'],
    })
      .notNull()
      .default('other'),
    movedInOn: date('moved_in_on', { mode: 'string' }).notNull(),
    movedOutOn: date('moved_out_on', { mode: 'string' }),
    registeredAt: timestamp('registered_at', { withTimezone: true }),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.houseId],
      foreignColumns: [house.communityId, house.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.communityId, t.personId], foreignColumns: [person.communityId, person.id] }),
    index('residence_house_idx').on(t.communityId, t.houseId),
    index('residence_person_idx').on(t.communityId, t.personId),
    index('residence_unregistered_idx')
      .on(t.communityId, t.movedInOn)
      .where(sql`${t.registeredAt} is null`),
  ],
);

/** The code printed for a house (per building, by staff): a resident binds their account to the house with it. */
export const houseInvitation = pgTable(
  'house_invitation',
  {
    communityId: communityId(),
    houseId: bigint('house_id', { mode: 'number' }).notNull(),
    code: text('code').notNull(),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.houseId] }),
    foreignKey({
      columns: [t.communityId, t.houseId],
      foreignColumns: [house.communityId, house.id],
    }).onDelete('cascade'),
    unique('house_invitation_code_key').on(t.communityId, t.code),
  ],
);

/** A resident's request to be bound to a house that staff must approve (no matching record by phone). */
export const bindingRequest = pgTable(
  'binding_request',
  {
    communityId: communityId(),
    id: tenantId(),
    houseId: bigint('house_id', { mode: 'number' }).notNull(),
    accountId: bigint('account_id', { mode: 'number' }).notNull(),
    displayName: text('display_name').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Why staff rejected it, shown to the applicant. */
    reason: text('reason'),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.houseId],
      foreignColumns: [house.communityId, house.id],
    }).onDelete('cascade'),
    index('binding_request_pending_idx').on(t.communityId, t.status),
    /** A resident's own requests, across communities. */
    index('binding_request_account_idx').on(t.accountId, t.communityId),
  ],
);
