package bg.inkindmatch.web.match;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes units from an offer and a need for a proposal, and gives them back when a
 * proposal is declined or expires. Each step is one conditional UPDATE, so the database
 * itself decides, under any concurrency, that the same last units are never taken twice.
 */
@Component
record Reservations(JdbcClient jdbc) {

    /**
     * Takes the units from the offer and the need if both are open and have them; false,
     * taking nothing, if either does not.
     */
    boolean take(long offerId, long needId, int units) {
        if (!takeFrom("offer", offerId, units)) {
            return false;
        }
        if (!takeFrom("need", needId, units)) {
            giveBack("offer", offerId, units);
            return false;
        }
        return true;
    }

    private boolean takeFrom(String table, long id, int units) {
        return jdbc
            .sql("update " + table + " set remaining = remaining - :units, version = version + 1"
                    + " where id = :id and status = 'OPEN' and remaining >= :units")
            .param("units", units)
            .param("id", id)
            .update() == 1;
    }

    /** Gives the units back to the offer and the need (never beyond their totals). */
    void release(long offerId, long needId, int units) {
        giveBack("offer", offerId, units);
        giveBack("need", needId, units);
    }

    private void giveBack(String table, long id, int units) {
        jdbc.sql("update " + table
                + " set remaining = least(total, remaining + :units), version = version + 1 where id = :id")
            .param("units", units)
            .param("id", id)
            .update();
    }

}
