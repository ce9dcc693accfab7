-- The points ledger is append-only, like the audit log: a wrong entry is answered by a new one, never edited away.
CREATE FUNCTION points_entry_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'points_entry is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER points_entry_append_only BEFORE UPDATE OR DELETE ON points_entry
  FOR EACH ROW EXECUTE FUNCTION points_entry_forbid_change();--> statement-breakpoint
CREATE TRIGGER points_entry_no_truncate BEFORE TRUNCATE ON points_entry
  FOR EACH STATEMENT EXECUTE FUNCTION points_entry_forbid_change();
