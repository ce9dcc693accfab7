-- Each process caches the org nodes and places that reports name (server/modules/org/node-cache.ts). Whatever
-- changes or removes one tells every process at commit, on the channel linli_nodes, and the processes drop their
-- cache. New nodes need no signal: the cache holds only what it has found. One payload for all rows, so a
-- transaction that changes many nodes sends one notification.
CREATE FUNCTION linli_nodes_signal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('linli_nodes', '');
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER org_node_nodes_signal AFTER UPDATE OR DELETE ON org_node
  FOR EACH ROW EXECUTE FUNCTION linli_nodes_signal();--> statement-breakpoint
CREATE TRIGGER place_nodes_signal AFTER UPDATE OR DELETE ON place
  FOR EACH ROW EXECUTE FUNCTION linli_nodes_signal();
