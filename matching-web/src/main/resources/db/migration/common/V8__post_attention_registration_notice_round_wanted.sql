-- Stored posts that matching had to leave out because they cannot be read as a valid post (dates or
-- values outside what the forms accept, from an older version or a direct change of the database).
-- One bad row never stops a round, the index or start-up: it is skipped, logged, and listed here for
-- the coordinator. The row goes when the post is changed or closed.
create table post_attention (
    side       varchar(5)    not null check (side in ('OFFER', 'NEED')),
    post_id    bigint        not null,
    reason     varchar(500)  not null,
    noticed_at timestamp     not null,
    primary key (side, post_id)
);

-- When the owner of an address was last told that somebody tried to register it again (once a day).
alter table organisation add column exists_notice_at timestamp;

-- A matching round that failed (after its retries) leaves this mark; the catch-up job runs a round
-- while it is there, so no change is left without its round, even across a restart.
create table matching_round_wanted (
    id    integer   not null primary key check (id = 1),
    since timestamp not null
);
