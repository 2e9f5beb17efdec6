-- When the reminder before a proposal's expiry went out (it goes out once).
alter table match_proposal add column reminded_at timestamp;
