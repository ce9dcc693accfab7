CREATE TABLE "audit_checkpoint" (
	"community_id" bigint NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"pruned_at" timestamp with time zone NOT NULL,
	CONSTRAINT "audit_checkpoint_community_id_pk" PRIMARY KEY("community_id")
);
