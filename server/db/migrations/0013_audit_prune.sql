-- Old audit rows may be removed only by `linli audit prune` (which sets linli.audit_prune for its own transaction),
-- and only rows older than six months (MLPS level 3): the database keeps the minimum even against the application.
CREATE OR REPLACE FUNCTION audit_log_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('linli.audit_prune', true) = 'on'
     AND OLD.at < now() - interval '183 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
