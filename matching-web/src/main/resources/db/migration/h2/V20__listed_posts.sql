-- Whether a post is on the public board's lists (open, with free units), as a column that the database
-- keeps, so that an index can lead with it: H2 has no partial indexes, and without this the board read
-- every open row without free units (most of a busy year's) to count and page the few with.
alter table need add column listed boolean generated always as (status = 'OPEN' and remaining > 0);
alter table offer add column listed boolean generated always as (status = 'OPEN' and remaining > 0);
drop index need_board_ix;
drop index need_board_category_ix;
drop index need_board_place_ix;
drop index offer_board_ix;
drop index offer_board_category_ix;
drop index offer_board_place_ix;
create index need_listed_ix on need (listed, needed_by, id);
create index need_listed_category_ix on need (listed, category, needed_by, id);
create index need_listed_place_ix on need (listed, handover, needed_by, id);
create index offer_listed_ix on offer (listed, available_until, id);
create index offer_listed_category_ix on offer (listed, category, available_until, id);
create index offer_listed_place_ix on offer (listed, origin, available_until, id);
