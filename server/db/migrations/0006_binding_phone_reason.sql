ALTER TABLE "account" ADD COLUMN "phone_sealed" text;--> statement-breakpoint
ALTER TABLE "binding_request" ADD COLUMN "reason" text;--> statement-breakpoint
CREATE INDEX "binding_request_account_idx" ON "binding_request" USING btree ("account_id","community_id");