-- The public board lists open posts with free units whose last day has not passed, by that day, a page at
-- a time, optionally of some categories or municipalities. Partial indexes hold only the listed rows
-- (a few per cent of a busy year's posts), in the order the board reads them.
create index need_board_ix on need (needed_by, id) where status = 'OPEN' and remaining > 0;
create index need_board_category_ix on need (category, needed_by, id) where status = 'OPEN' and remaining > 0;
create index need_board_place_ix on need (handover, needed_by, id) where status = 'OPEN' and remaining > 0;
create index offer_board_ix on offer (available_until, id) where status = 'OPEN' and remaining > 0;
create index offer_board_category_ix on offer (category, available_until, id) where status = 'OPEN' and remaining > 0;
create index offer_board_place_ix on offer (origin, available_until, id) where status = 'OPEN' and remaining > 0;
