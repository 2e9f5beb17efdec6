package bg.inkindmatch.web.match;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** Proposals waiting, per organisation, for its next daily digest. */
@Component
class DigestQueue {

    private final JdbcClient jdbc;

    private final Clock clock;

    DigestQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Puts a proposal into the organisation's next digest (in the caller's transaction).
     */
    void add(long organisationId, long matchId, Match.Side side) {
        jdbc.sql("""
                insert into digest_entry (organisation_id, match_id, side, queued_at)
                values (:organisation, :match, :side, :now)""")
            .param("organisation", organisationId)
            .param("match", matchId)
            .param("side", side.name())
            .param("now", Timestamp.from(clock.instant()))
            .update();
    }

    /** The organisations with proposals waiting. */
    List<Long> organisationsWaiting() {
        return jdbc.sql("select distinct organisation_id from digest_entry").query(Long.class).list();
    }

    /**
     * Takes the organisation's waiting proposals out of the queue (in the caller's
     * transaction); oldest first.
     */
    List<Long> take(long organisationId) {
        List<long[]> entries = jdbc
            .sql("select id, match_id from digest_entry where organisation_id = :organisation order by id")
            .param("organisation", organisationId)
            .query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
            .list();
        if (!entries.isEmpty()) {
            // by id: an entry a round adds meanwhile stays for the next digest
            jdbc.sql("delete from digest_entry where id in (:ids)")
                .param("ids", entries.stream().map(entry -> entry[0]).toList())
                .update();
        }
        return entries.stream().map(entry -> entry[1]).toList();
    }

}
