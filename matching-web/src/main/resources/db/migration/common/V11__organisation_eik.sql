-- The unified identification code (ЕИК) of the organisation's legal entity, as the commercial and
-- BULSTAT registers give it: 9 digits, or 13 for a branch. Optional at registration; the donation
-- papers name it.
alter table organisation add column eik varchar(13);
