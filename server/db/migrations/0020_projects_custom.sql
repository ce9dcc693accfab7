-- A project's money ledger is append-only, like the points ledger: a wrong entry is answered by a new one
-- (a refund, a correcting expense), never edited away.
CREATE FUNCTION project_entry_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'project_entry is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER project_entry_append_only BEFORE UPDATE OR DELETE ON project_entry
  FOR EACH ROW EXECUTE FUNCTION project_entry_forbid_change();--> statement-breakpoint
CREATE TRIGGER project_entry_no_truncate BEFORE TRUNCATE ON project_entry
  FOR EACH STATEMENT EXECUTE FUNCTION project_entry_forbid_change();
