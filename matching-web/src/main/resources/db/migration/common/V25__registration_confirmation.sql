-- A registration waits unconfirmed until its address is confirmed through the link of the first
-- e-mail: coordinators see and hear of confirmed registrations only, in one digest an interval
-- (announced_at), never one e-mail each. Registrations made before this version count as
-- confirmed and announced.
alter table organisation add column email_confirmed_at timestamp;
alter table organisation add column announced_at timestamp;
update organisation set email_confirmed_at = registered_at, announced_at = registered_at;
