package bg.inkindmatch.web.match;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import bg.inkindmatch.web.system.OwnTransaction;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * The durable mark of a matching round that is still owed: a round that failed after its
 * retries leaves it, and the catch-up job runs a round while it is there. It lives in the
 * database, so it survives a restart and is seen by every instance.
 */
@Component
record RoundCatchUp(JdbcClient jdbc, Clock clock, OwnTransaction ownTransaction) {

    private static final Logger log = LoggerFactory.getLogger(RoundCatchUp.class);

    /** Marks that a round is owed; harmless if one already is. */
    void owe() {
        try {
            ownTransaction.run(status -> {
                if (!isOwed()) {
                    jdbc.sql("insert into matching_round_wanted (id, since) values (1, :at)")
                        .param("at", Timestamp.from(clock.instant()))
                        .update();
                }
            });
        }
        catch (RuntimeException alreadyOwed) {
            log.debug("a round was owed already", alreadyOwed);
        }
    }

    /** Takes the mark, if there is one: true for the one caller that took it. */
    boolean take() {
        Boolean taken = ownTransaction
            .call(status -> jdbc.sql("delete from matching_round_wanted where id = 1").update() == 1);
        return Boolean.TRUE.equals(taken);
    }

    boolean isOwed() {
        return jdbc.sql("select count(*) from matching_round_wanted").query(Integer.class).single() > 0;
    }

}
