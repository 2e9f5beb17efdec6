-- The terms of a workplace training on its offer and on its request: where it is held and the
-- languages (ISO 639-1 codes, comma-separated); the offer's length, seats per session and audience;
-- what the request needs adapted (shift work, medical staff). Empty for everything else.
alter table offer add column training_format varchar(10);
alter table offer add constraint offer_training_format_ck check (training_format in ('ON_SITE', 'ONLINE', 'EITHER'));
alter table offer add column training_languages varchar(40);
alter table offer add column training_hours integer;
alter table offer add constraint offer_training_hours_ck check (training_hours between 1 and 40);
alter table offer add column training_session_seats integer;
alter table offer add constraint offer_training_seats_ck check (training_session_seats between 1 and 500);
alter table offer add column training_audience varchar(200);
alter table need add column training_format varchar(10);
alter table need add constraint need_training_format_ck check (training_format in ('ON_SITE', 'ONLINE', 'EITHER'));
alter table need add column training_languages varchar(40);
alter table need add column training_adaptation varchar(500);
