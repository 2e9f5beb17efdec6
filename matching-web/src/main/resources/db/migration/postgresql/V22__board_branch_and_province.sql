-- The board filters by a branch of categories ("consumables") or by a province ("RSE"): as columns the
-- database keeps, each filter is one range of an index, in the same words as on H2. A category's branch
-- is the part of its code before the dot (two levels, see categories.txt); a municipality's province is
-- the first three letters of its code (Places checks every municipality for it).
alter table need add column branch varchar(60) generated always as
    (case when position('.' in category) > 0 then substring(category from 1 for position('.' in category) - 1)
          else category end) stored;
alter table need add column province varchar(5) generated always as (left(handover, 3)) stored;
alter table offer add column branch varchar(60) generated always as
    (case when position('.' in category) > 0 then substring(category from 1 for position('.' in category) - 1)
          else category end) stored;
alter table offer add column province varchar(5) generated always as (left(origin, 3)) stored;
create index need_listed_branch_ix on need (branch, needed_by, id) where listed;
create index need_listed_province_ix on need (province, needed_by, id) where listed;
create index offer_listed_branch_ix on offer (branch, available_until, id) where listed;
create index offer_listed_province_ix on offer (province, available_until, id) where listed;
