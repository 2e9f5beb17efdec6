-- The board filters by a branch of categories ("consumables") or by a province ("RSE"). As lists of
-- codes (category in (...), handover in (...)) H2 used only the leading "listed" of an index and read
-- every listed row; as columns the database keeps, each filter is one range of an index. A category's
-- branch is the part of its code before the dot (two levels, see categories.txt); a municipality's
-- province is the first three letters of its code (Places checks every municipality for it).
alter table need add column branch varchar(60) generated always as
    (case when position('.' in category) > 0 then substring(category from 1 for position('.' in category) - 1)
          else category end);
alter table need add column province varchar(5) generated always as (left(handover, 3));
alter table offer add column branch varchar(60) generated always as
    (case when position('.' in category) > 0 then substring(category from 1 for position('.' in category) - 1)
          else category end);
alter table offer add column province varchar(5) generated always as (left(origin, 3));
create index need_listed_branch_ix on need (listed, branch, needed_by, id);
create index need_listed_province_ix on need (listed, province, needed_by, id);
create index offer_listed_branch_ix on offer (listed, branch, available_until, id);
create index offer_listed_province_ix on offer (listed, province, available_until, id);
