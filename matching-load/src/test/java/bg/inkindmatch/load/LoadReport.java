package bg.inkindmatch.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What Gatling cannot see, printed next to its goal after the run: how long after a save
 * its first proposal was written (with its e-mails, in the same transaction), deadlocks
 * in the application's log, and the application's resident memory.
 */
final class LoadReport {

    private final LoadApplication application;

    private final long memoryAtStart;

    LoadReport(LoadApplication application, long memoryAtStart) {
        this.application = application;
        this.memoryAtStart = memoryAtStart;
    }

    void print() throws SQLException, IOException {
        List<Long> delays = new ArrayList<>();
        int saves = 0;
        try (Connection connection = application.connection(); Statement statement = connection.createStatement()) {
            for (String side : List.of("offer", "need")) {
                try (ResultSet rows = statement
                    .executeQuery("select count(*) from " + side + " where title like 'Load " + side + " %'")) {
                    rows.next();
                    saves += rows.getInt(1);
                }
                try (ResultSet rows = statement.executeQuery(
                        "select p.created_at, min(m.proposed_at) from " + side + " p join match_proposal m on m." + side
                                + "_id = p.id where p.title like 'Load " + side + " %' group by p.id, p.created_at")) {
                    while (rows.next()) {
                        delays.add(Duration.between(rows.getTimestamp(1).toInstant(), rows.getTimestamp(2).toInstant())
                            .toMillis());
                    }
                }
            }
        }
        Collections.sort(delays);
        System.out.println();
        System.out.println("---- InKind Match load, " + System.getProperty("load.database") + ", "
                + Integer.getInteger("load.posts") + " open posts -----------------------------");
        System.out.printf(
                "first proposal after a save  p50 %s ms, p99 %s ms, max %s ms (%d of %d saves proposed)"
                        + "   goal: within 2,000 ms%n",
                percentile(delays, 0.50), percentile(delays, 0.99), percentile(delays, 1.0), delays.size(), saves);
        System.out.printf("deadlocks in the application log  %d   goal: 0 reaching a member%n",
                application.logLinesContaining("Deadlock"));
        System.out.printf("resident memory of the application  %d MB at the start of the load, %d MB at its end"
                + "   goal: flat%n", memoryAtStart, application.residentMegabytes());
    }

    private static String percentile(List<Long> sorted, double share) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.ceil(share * sorted.size()) - 1;
        return Long.toString(sorted.get(Math.max(0, index)));
    }

}
