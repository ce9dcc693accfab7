CREATE TABLE "event_rollup_day" (
	"community_id" bigint NOT NULL,
	"day" date NOT NULL,
	"reported" double precision DEFAULT 0 NOT NULL,
	"accepted" double precision DEFAULT 0 NOT NULL,
	"handled" double precision DEFAULT 0 NOT NULL,
	"closed" double precision DEFAULT 0 NOT NULL,
	"closed_on_time" double precision DEFAULT 0 NOT NULL,
	"rated" double precision DEFAULT 0 NOT NULL,
	"rated_good" double precision DEFAULT 0 NOT NULL,
	"reworked" double precision DEFAULT 0 NOT NULL,
	"close_hours" double precision DEFAULT 0 NOT NULL,
	"status_reported" double precision DEFAULT 0 NOT NULL,
	"status_accepted" double precision DEFAULT 0 NOT NULL,
	"status_dispatched" double precision DEFAULT 0 NOT NULL,
	"status_in_progress" double precision DEFAULT 0 NOT NULL,
	"status_handled" double precision DEFAULT 0 NOT NULL,
	"status_closed" double precision DEFAULT 0 NOT NULL,
	"status_rejected" double precision DEFAULT 0 NOT NULL,
	"status_cancelled" double precision DEFAULT 0 NOT NULL,
	"category_reports" double precision[] NOT NULL,
	CONSTRAINT "event_rollup_day_community_id_day_pk" PRIMARY KEY("community_id","day")
);
--> statement-breakpoint
CREATE TABLE "event_rollup_month" (
	"community_id" bigint NOT NULL,
	"month" date NOT NULL,
	"reported" double precision DEFAULT 0 NOT NULL,
	"accepted" double precision DEFAULT 0 NOT NULL,
	"handled" double precision DEFAULT 0 NOT NULL,
	"closed" double precision DEFAULT 0 NOT NULL,
	"closed_on_time" double precision DEFAULT 0 NOT NULL,
	"rated" double precision DEFAULT 0 NOT NULL,
	"rated_good" double precision DEFAULT 0 NOT NULL,
	"reworked" double precision DEFAULT 0 NOT NULL,
	"close_hours" double precision DEFAULT 0 NOT NULL,
	"status_reported" double precision DEFAULT 0 NOT NULL,
	"status_accepted" double precision DEFAULT 0 NOT NULL,
	"status_dispatched" double precision DEFAULT 0 NOT NULL,
	"status_in_progress" double precision DEFAULT 0 NOT NULL,
	"status_handled" double precision DEFAULT 0 NOT NULL,
	"status_closed" double precision DEFAULT 0 NOT NULL,
	"status_rejected" double precision DEFAULT 0 NOT NULL,
	"status_cancelled" double precision DEFAULT 0 NOT NULL,
	"category_reports" double precision[] NOT NULL,
	"reported_days" double precision[] NOT NULL,
	"closed_days" double precision[] NOT NULL,
	CONSTRAINT "event_rollup_month_community_id_month_pk" PRIMARY KEY("community_id","month")
);
--> statement-breakpoint
ALTER TABLE "event_category" ADD COLUMN "slot" smallint;--> statement-breakpoint
-- Custom: existing categories take slots in their list order, before the column becomes NOT NULL.
UPDATE "event_category" c SET "slot" = n.slot
  FROM (SELECT code, row_number() OVER (ORDER BY sort, code) AS slot FROM "event_category") n
 WHERE n.code = c.code;--> statement-breakpoint
ALTER TABLE "event_category" ALTER COLUMN "slot" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "event_category" ADD CONSTRAINT "event_category_slot_unique" UNIQUE("slot");
-- Custom: the coarse rollups of an existing installation, from its fine rollup (server/modules/events/rollup-rebuild.ts).
--> statement-breakpoint
insert into event_rollup_day (community_id, day, reported, accepted, handled, closed, closed_on_time, rated, rated_good, reworked, close_hours, status_reported, status_accepted, status_dispatched, status_in_progress, status_handled, status_closed, status_rejected, status_cancelled, category_reports)
  select community_id, day, reported, accepted, handled, closed, closed_on_time, rated, rated_good, reworked, close_hours, status_reported, status_accepted, status_dispatched, status_in_progress, status_handled, status_closed, status_rejected, status_cancelled, array(select coalesce((categories ->> cat.code)::float8, 0)
  from generate_series(1, (select coalesce(max(slot), 0) from event_category)) s
  left join event_category cat on cat.slot = s order by s)
  from (select community_id, day, sum(reported) as reported, sum(accepted) as accepted, sum(handled) as handled, sum(closed) as closed, sum(closed_on_time) as closed_on_time, sum(rated) as rated, sum(rated_good) as rated_good, sum(reworked) as reworked, sum(close_hours) as close_hours, sum(status_reported) as status_reported, sum(status_accepted) as status_accepted, sum(status_dispatched) as status_dispatched, sum(status_in_progress) as status_in_progress, sum(status_handled) as status_handled, sum(status_closed) as status_closed, sum(status_rejected) as status_rejected, sum(status_cancelled) as status_cancelled, jsonb_object_agg(category_code, reported) filter (where reported <> 0) as categories
  from (select community_id, day, category_code, sum(reported) as reported, sum(accepted) as accepted, sum(handled) as handled, sum(closed) as closed, sum(closed_on_time) as closed_on_time, sum(rated) as rated, sum(rated_good) as rated_good, sum(reworked) as reworked, sum(close_hours) as close_hours, sum(status_reported) as status_reported, sum(status_accepted) as status_accepted, sum(status_dispatched) as status_dispatched, sum(status_in_progress) as status_in_progress, sum(status_handled) as status_handled, sum(status_closed) as status_closed, sum(status_rejected) as status_rejected, sum(status_cancelled) as status_cancelled
  from event_rollup  group by community_id, day, category_code) c
  group by community_id, day) d;
--> statement-breakpoint
insert into event_rollup_month
  (community_id, month, reported, accepted, handled, closed, closed_on_time, rated, rated_good, reworked, close_hours, status_reported, status_accepted, status_dispatched, status_in_progress, status_handled, status_closed, status_rejected, status_cancelled, category_reports, reported_days, closed_days)
  select community_id, month, reported, accepted, handled, closed, closed_on_time, rated, rated_good, reworked, close_hours, status_reported, status_accepted, status_dispatched, status_in_progress, status_handled, status_closed, status_rejected, status_cancelled, array(select coalesce((categories ->> cat.code)::float8, 0)
  from generate_series(1, (select coalesce(max(slot), 0) from event_category)) s
  left join event_category cat on cat.slot = s order by s),
  array(select coalesce((reported_by_day ->> i::text)::float8, 0) from generate_series(1, 31) i order by i), array(select coalesce((closed_by_day ->> i::text)::float8, 0) from generate_series(1, 31) i order by i)
  from (select community_id, date_trunc('month', day)::date as month, sum(reported) as reported, sum(accepted) as accepted, sum(handled) as handled, sum(closed) as closed, sum(closed_on_time) as closed_on_time, sum(rated) as rated, sum(rated_good) as rated_good, sum(reworked) as reworked, sum(close_hours) as close_hours, sum(status_reported) as status_reported, sum(status_accepted) as status_accepted, sum(status_dispatched) as status_dispatched, sum(status_in_progress) as status_in_progress, sum(status_handled) as status_handled, sum(status_closed) as status_closed, sum(status_rejected) as status_rejected, sum(status_cancelled) as status_cancelled,
  jsonb_object_agg(extract(day from day)::int, reported) as reported_by_day,
  jsonb_object_agg(extract(day from day)::int, closed) as closed_by_day
  from event_rollup_day  group by community_id, date_trunc('month', day)::date) d
  left join (select community_id, month, jsonb_object_agg(category_code, reported) filter (where reported <> 0) as categories
  from (select community_id, date_trunc('month', day)::date as month, category_code, sum(reported) as reported
  from event_rollup  group by community_id, date_trunc('month', day)::date, category_code) f
  group by community_id, month) c using (community_id, month);
