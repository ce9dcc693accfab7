-- Two confirmed bookings of one room never overlap, whatever the code does and however many requests race: the
-- second insert waits for the first to commit and then fails with SQLSTATE 23P01 (exclusion_violation). Only range
-- types are used (no btree_gist: the embedded server has no contrib extensions), so the ids are one-point int8ranges.
-- Half-open time ranges let one booking end exactly where the next begins. Cancelled bookings keep their rows and
-- free their time.
ALTER TABLE venue_booking ADD CONSTRAINT venue_booking_no_overlap EXCLUDE USING gist (
  int8range(community_id, community_id, '[]') WITH &&,
  int8range(room_id, room_id, '[]') WITH &&,
  tstzrange(starts_at, ends_at, '[)') WITH &&
) WHERE (status = 'confirmed');
