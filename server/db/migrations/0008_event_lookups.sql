DROP INDEX "event_running_idx";--> statement-breakpoint
CREATE INDEX "event_id_idx" ON "event" USING btree ("id");--> statement-breakpoint
CREATE INDEX "event_running_idx" ON "event" USING btree ("assignee_kind","deadline","id") WHERE "event"."status" in ('dispatched', 'in_progress');