ALTER TABLE "partner_unit" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "project_resource" ADD COLUMN "archived_at" timestamp with time zone;