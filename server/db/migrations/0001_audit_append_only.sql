-- The audit log is append-only: no role of the application may change or remove a row.
CREATE FUNCTION audit_log_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_forbid_change();--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_forbid_change();
--> statement-breakpoint
-- Name search ("q") across the org tree uses trigram indexes; drizzle's schema cannot express the opclass
-- without the extension existing first, so they live here.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX org_node_name_trgm_idx ON org_node USING gin (name gin_trgm_ops);--> statement-breakpoint
CREATE INDEX place_name_trgm_idx ON place USING gin (name gin_trgm_ops);
