-- Fairness needs how many matches each centre received lately. Regrouping a centre's matches
-- every round cost as much as its history; instead each match counts once in its centre's row of
-- the day it was proposed (+1 when proposed, -1 when it stops holding units: declined or
-- expired), and a round sums at most a window's days per centre. The day is the date of the
-- stored proposed_at, taken in SQL both here and by the application, so a count is always taken
-- back from the row that it was added to.
create table centre_receipt (
    centre_id bigint  not null references organisation (id),
    received_on date   not null,
    receipts  integer not null check (receipts >= 0),
    primary key (centre_id, received_on)
);

insert into centre_receipt (centre_id, received_on, receipts)
select n.organisation_id, cast(m.proposed_at as date), count(*)
from match_proposal m join need n on n.id = m.need_id
where m.status in ('PROPOSED', 'AGREED', 'DELIVERED')
group by n.organisation_id, cast(m.proposed_at as date);
