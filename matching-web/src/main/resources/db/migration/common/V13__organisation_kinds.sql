-- Institutions (a hospital, a municipality, a school) and chambers register too. The kind's check
-- had no name in V1, so the column is made again with a named one (the same statements on H2 and
-- PostgreSQL).
alter table organisation add column kind_new varchar(12);
update organisation set kind_new = kind;
alter table organisation drop column kind;
alter table organisation rename column kind_new to kind;
alter table organisation alter column kind set not null;
alter table organisation add constraint organisation_kind_ck
    check (kind in ('COMPANY', 'CENTRE', 'INSTITUTION', 'CHAMBER'));
