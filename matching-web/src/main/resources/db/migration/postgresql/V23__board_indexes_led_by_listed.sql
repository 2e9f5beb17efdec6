-- The board orders a page by the columns its filter holds equal, then by the last day and the id
-- ("order by listed, branch, needed_by, id"), so that H2 reads the page in its index's order and stops.
-- PostgreSQL does not take a boolean column held true as constant for the order, so its partial
-- indexes lead with "listed" too (one value in each: it changes neither their size nor their order).
drop index need_listed_ix;
drop index need_listed_category_ix;
drop index need_listed_place_ix;
drop index need_listed_branch_ix;
drop index need_listed_province_ix;
drop index offer_listed_ix;
drop index offer_listed_category_ix;
drop index offer_listed_place_ix;
drop index offer_listed_branch_ix;
drop index offer_listed_province_ix;
create index need_listed_ix on need (listed, needed_by, id) where listed;
create index need_listed_category_ix on need (listed, category, needed_by, id) where listed;
create index need_listed_place_ix on need (listed, handover, needed_by, id) where listed;
create index need_listed_branch_ix on need (listed, branch, needed_by, id) where listed;
create index need_listed_province_ix on need (listed, province, needed_by, id) where listed;
create index offer_listed_ix on offer (listed, available_until, id) where listed;
create index offer_listed_category_ix on offer (listed, category, available_until, id) where listed;
create index offer_listed_place_ix on offer (listed, origin, available_until, id) where listed;
create index offer_listed_branch_ix on offer (listed, branch, available_until, id) where listed;
create index offer_listed_province_ix on offer (listed, province, available_until, id) where listed;
