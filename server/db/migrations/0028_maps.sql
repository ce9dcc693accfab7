CREATE TABLE "compound_area" (
	"community_id" bigint NOT NULL,
	"compound_id" bigint NOT NULL,
	"area" jsonb NOT NULL,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compound_area_community_id_compound_id_pk" PRIMARY KEY("community_id","compound_id")
);
--> statement-breakpoint
ALTER TABLE "compound_area" ADD CONSTRAINT "compound_area_community_id_compound_id_place_community_id_id_fk" FOREIGN KEY ("community_id","compound_id") REFERENCES "public"."place"("community_id","id") ON DELETE no action ON UPDATE no action;