package bg.inkindmatch.web.match;

import bg.inkindmatch.web.system.OwnTransaction;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The durable record of which category families owe a matching round (table
 * {@code matching_family}): a change bumps its family's {@code wanted} in its own
 * transaction, a round claims the family for a lease, and records the {@code wanted} it
 * covered as {@code done}. Whatever happens to the instances, a committed change is never
 * left without a round: its family stays owed until a round that started after it ends.
 */
@Component
class RoundsWanted {

    private final JdbcClient jdbc;

    private final OwnTransaction ownTransaction;

    RoundsWanted(JdbcClient jdbc, OwnTransaction ownTransaction) {
        this.jdbc = jdbc;
        this.ownTransaction = ownTransaction;
    }

    /**
     * Marks that the family owes a round, in the caller's transaction. The caller only
     * updates the family's row: the row is made beforehand ({@link #know}), so that two
     * first saves in a family never collide on inserting it.
     */
    void want(String family, Instant now) {
        if (bump(family, now) == 0) {
            know(family);
            bump(family, now);
        }
    }

    private int bump(String family, Instant now) {
        return jdbc.sql("""
                update matching_family set wanted = wanted + 1, wanted_since = coalesce(wanted_since, :now)
                where family = :family""").param("family", family).param("now", Timestamp.from(now)).update();
    }

    /**
     * Makes the family's row, in a transaction of its own, unless it exists; another
     * instance or request making it at the same moment is fine.
     */
    void know(String family) {
        try {
            ownTransaction.run(status -> jdbc.sql("""
                    insert into matching_family (family, wanted, done)
                    select :family, 0, 0 where not exists (select 1 from matching_family where family = :family)""")
                .param("family", family)
                .update());
        }
        catch (DuplicateKeyException madeMeanwhile) {
            // the row exists now, which is all this wanted
        }
    }

    /**
     * Claims the family for a round: succeeds when a round is owed and no other round
     * holds an unexpired claim. Returns the {@code wanted} the round will cover.
     */
    Optional<Long> claim(String family, String instance, Instant now, Duration lease) {
        int claimed = jdbc.sql("""
                update matching_family set claimed_by = :instance, claimed_until = :until
                where family = :family and wanted > done and (claimed_until is null or claimed_until < :now)""")
            .param("instance", instance)
            .param("until", Timestamp.from(now.plus(lease)))
            .param("family", family)
            .param("now", Timestamp.from(now))
            .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select wanted from matching_family where family = :family")
            .param("family", family)
            .query(Long.class)
            .single());
    }

    /**
     * Records that the claimed round covered every change up to {@code covered}, and
     * gives up the claim.
     */
    void done(String family, String instance, long covered) {
        jdbc.sql("""
                update matching_family set done = case when done < :covered then :covered else done end,
                    wanted_since = case when wanted <= :covered then null else wanted_since end,
                    claimed_by = null, claimed_until = null
                where family = :family and claimed_by = :instance""")
            .param("covered", covered)
            .param("family", family)
            .param("instance", instance)
            .update();
    }

    /** Gives up a claim without covering anything: the round stays owed. */
    void release(String family, String instance) {
        jdbc.sql("""
                update matching_family set claimed_by = null, claimed_until = null
                where family = :family and claimed_by = :instance""")
            .param("family", family)
            .param("instance", instance)
            .update();
    }

    /** The families that owe a round and that no unexpired claim holds. */
    List<String> owed(Instant now) {
        return jdbc.sql("""
                select family from matching_family
                where wanted > done and (claimed_until is null or claimed_until < :now) order by family""")
            .param("now", Timestamp.from(now))
            .query(String.class)
            .list();
    }

    /** Whether any of the families owes a round (claimed or not). */
    boolean owes(Collection<String> families) {
        if (families.isEmpty()) {
            return false;
        }
        return jdbc.sql("select count(*) from matching_family where wanted > done and family in (:families)")
            .param("families", families)
            .query(Long.class)
            .single() > 0;
    }

    /** Whether any family owes a round. */
    boolean owesAny() {
        return jdbc.sql("select count(*) from matching_family where wanted > done").query(Long.class).single() > 0;
    }

}
