-- The public board lists open posts with free units whose last day has not passed, by that day, a page at
-- a time, optionally of some categories or municipalities. H2 has no partial indexes: these lead with
-- what the board filters on and end with the order it reads.
create index need_board_ix on need (status, needed_by, id);
create index need_board_category_ix on need (category, needed_by, id);
create index need_board_place_ix on need (handover, needed_by, id);
create index offer_board_ix on offer (status, available_until, id);
create index offer_board_category_ix on offer (category, available_until, id);
create index offer_board_place_ix on offer (origin, available_until, id);
