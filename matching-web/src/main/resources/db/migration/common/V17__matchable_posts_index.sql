-- A matching round reads the open posts with free units of one category family; the index leads with
-- the status and category it filters on and ends with the free units it ranges over, so the rows
-- without free units (most of them, in a busy year) are skipped in the index.
create index offer_matchable_ix on offer (status, category, remaining);
drop index offer_open_ix;
create index need_matchable_ix on need (status, category, remaining);
drop index need_open_ix;
