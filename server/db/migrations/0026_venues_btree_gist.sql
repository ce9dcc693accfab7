-- The no-overlap rule of 0022 compared community and room as one-point ranges, believing btree_gist unavailable; the
-- embedded server ships it (as it ships pg_trgm), and Citus accepts an exclusion constraint on a distributed table
-- only when it compares the distribution column with =, which a gist index can do only through btree_gist.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE venue_booking DROP CONSTRAINT venue_booking_no_overlap;--> statement-breakpoint
ALTER TABLE venue_booking ADD CONSTRAINT venue_booking_no_overlap EXCLUDE USING gist (
  community_id WITH =,
  room_id WITH =,
  tstzrange(starts_at, ends_at, '[)') WITH &&
) WHERE (status = 'confirmed');
