-- Whether a post is on the public board's lists (open, with free units), as a column that the database
-- keeps; the board asks for it in the same words on H2 (which has no partial indexes) and here, where
-- the indexes hold only the listed rows.
alter table need add column listed boolean generated always as (status = 'OPEN' and remaining > 0) stored;
alter table offer add column listed boolean generated always as (status = 'OPEN' and remaining > 0) stored;
drop index need_board_ix;
drop index need_board_category_ix;
drop index need_board_place_ix;
drop index offer_board_ix;
drop index offer_board_category_ix;
drop index offer_board_place_ix;
create index need_listed_ix on need (needed_by, id) where listed;
create index need_listed_category_ix on need (category, needed_by, id) where listed;
create index need_listed_place_ix on need (handover, needed_by, id) where listed;
create index offer_listed_ix on offer (available_until, id) where listed;
create index offer_listed_category_ix on offer (category, available_until, id) where listed;
create index offer_listed_place_ix on offer (origin, available_until, id) where listed;
