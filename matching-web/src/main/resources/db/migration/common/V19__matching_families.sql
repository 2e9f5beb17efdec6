-- Rounds run off the request, one category family at a time. A save bumps its family's "wanted" in
-- the save's own transaction, so a change that committed always has its round owed, even if the
-- instance dies before the round; a round claims the family for a while (one instance runs it, the
-- others skip), and when it is done records the "wanted" it covered. wanted > done means a round is owed.
create table matching_family (
    family        varchar(60) not null primary key,
    wanted        bigint      not null default 0,
    done          bigint      not null default 0,
    wanted_since  timestamp,
    claimed_by    varchar(60),
    claimed_until timestamp
);

-- A round owed to the whole market is now a round owed to every family.
drop table matching_round_wanted;
