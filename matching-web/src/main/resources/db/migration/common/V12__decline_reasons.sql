-- Why a side declined a proposal (optional: the answer counts without it), for the coordinators'
-- figures of what does not work.
alter table match_proposal add column decline_reason varchar(20);
alter table match_proposal add constraint match_decline_reason_ck
    check (decline_reason in ('NO_LONGER_NEEDED', 'NOT_SUITABLE', 'TOO_FAR', 'BAD_TIMING', 'OTHER'));
