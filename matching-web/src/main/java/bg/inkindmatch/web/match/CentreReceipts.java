package bg.inkindmatch.web.match;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How many matches each centre received lately, for fairness: a count per centre and day
 * of proposal, added to when a round proposes a match and taken from when the match stops
 * holding units (declined, expired). A round then sums at most a window's days per centre
 * instead of regrouping the centres' matches, so its cost does not grow with their
 * history. The day is the date of the stored {@code proposed_at}, read in SQL both when
 * counting and when taking back, so a count is always taken from the row it was added to.
 * Each change runs in the caller's transaction, with the match's own change.
 */
@Component
class CentreReceipts {

    /** How far back a centre's matches count for fairness. */
    static final Duration WINDOW = Duration.ofDays(30);

    /** Days are kept for twice the window, then forgotten. */
    private static final Duration KEPT = WINDOW.multipliedBy(2);

    private final JdbcClient jdbc;

    private final Clock clock;

    /**
     * The first count of a centre's day is inserted under a savepoint: if another round
     * inserted it meanwhile, only the insert is undone (PostgreSQL would otherwise refuse
     * the rest of the proposal's transaction) and the count is added to that row.
     */
    private final TransactionTemplate savepoint;

    CentreReceipts(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The proposed match counts for its centre on the day of its proposal. */
    void proposed(long matchId) {
        CentreDay received = centreDayOf(matchId);
        if (add(received) == 0) {
            try {
                savepoint.executeWithoutResult(status -> jdbc
                    .sql("insert into centre_receipt (centre_id, received_on, receipts) values (:centre, :day, 1)")
                    .param("centre", received.centre())
                    .param("day", received.day())
                    .update());
            }
            catch (DuplicateKeyException anotherRoundInsertedIt) {
                add(received);
            }
        }
    }

    /**
     * The match no longer holds units: it no longer counts (never below zero, so a count
     * that was never added cannot fail the answer that releases it).
     */
    void released(long matchId) {
        CentreDay received = centreDayOf(matchId);
        jdbc.sql("update centre_receipt set receipts = receipts - 1"
                + " where centre_id = :centre and received_on = :day and receipts > 0")
            .param("centre", received.centre())
            .param("day", received.day())
            .update();
    }

    /**
     * The matches each of the centres received in the fairness window (centres with none
     * are absent).
     */
    Map<Long, Integer> recent(Collection<Long> centres) {
        Map<Long, Integer> receipts = new HashMap<>();
        if (centres.isEmpty()) {
            return receipts;
        }
        jdbc.sql("""
                select centre_id, sum(receipts) from centre_receipt
                where centre_id in (:centres) and received_on >= cast(:since as date)
                group by centre_id having sum(receipts) > 0""")
            .param("centres", centres)
            .param("since", Timestamp.from(clock.instant().minus(WINDOW)))
            .query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2)))
            .list()
            .forEach(entry -> receipts.put(entry.getKey(), entry.getValue()));
        return receipts;
    }

    /** Forgets the days long outside the fairness window; how many were forgotten. */
    int forgetOld() {
        return jdbc.sql("delete from centre_receipt where received_on < cast(:before as date)")
            .param("before", Timestamp.from(clock.instant().minus(KEPT)))
            .update();
    }

    private int add(CentreDay received) {
        return jdbc
            .sql("update centre_receipt set receipts = receipts + 1 where centre_id = :centre and received_on = :day")
            .param("centre", received.centre())
            .param("day", received.day())
            .update();
    }

    private CentreDay centreDayOf(long matchId) {
        return jdbc.sql("""
                select n.organisation_id, cast(m.proposed_at as date) from match_proposal m
                join need n on n.id = m.need_id where m.id = :match""")
            .param("match", matchId)
            .query((rs, row) -> new CentreDay(rs.getLong(1), rs.getObject(2, LocalDate.class)))
            .single();
    }

    private record CentreDay(long centre, LocalDate day) {
    }

}
