-- Each process caches recently resolved sessions (server/modules/auth/session-cache.ts). Whatever changes what a
-- session may do (its grants, its account's status or name, the session's end) tells every process at commit, on
-- the channel linli_auth, with the account's id; the processes drop that account's cached sessions.
CREATE FUNCTION linli_auth_signal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'account' THEN
    PERFORM pg_notify('linli_auth', NEW.id::text);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('linli_auth', OLD.account_id::text);
  ELSE
    PERFORM pg_notify('linli_auth', NEW.account_id::text);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER role_grant_auth_signal AFTER INSERT OR UPDATE OR DELETE ON role_grant
  FOR EACH ROW EXECUTE FUNCTION linli_auth_signal();--> statement-breakpoint
CREATE TRIGGER session_auth_signal AFTER DELETE ON session
  FOR EACH ROW EXECUTE FUNCTION linli_auth_signal();--> statement-breakpoint
CREATE TRIGGER account_auth_signal AFTER UPDATE OF username, display_name, disabled_at ON account
  FOR EACH ROW EXECUTE FUNCTION linli_auth_signal();
