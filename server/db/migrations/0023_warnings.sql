CREATE TABLE "street_warning_policy" (
	"street_id" bigint PRIMARY KEY NOT NULL,
	"hotspot_count" integer NOT NULL,
	"hotspot_days" integer NOT NULL,
	"spike_k" double precision NOT NULL,
	"spike_min_count" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "street_warning_policy" ADD CONSTRAINT "street_warning_policy_street_id_org_node_id_fk" FOREIGN KEY ("street_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_reported_idx" ON "event" USING btree ("community_id","reported_at");