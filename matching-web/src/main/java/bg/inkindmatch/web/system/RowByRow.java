package bg.inkindmatch.web.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Runs a background job's work one row at a time, so that one bad row never stops the
 * job: a row that fails is logged with the job's name and skipped, and the rows after it
 * are still done (the next run tries the failed one again).
 */
public final class RowByRow {

    private static final Logger log = LoggerFactory.getLogger(RowByRow.class);

    private RowByRow() {
    }

    /** Does the work for every row; returns how many rows failed. */
    public static <T> int each(String job, Iterable<T> rows, Consumer<T> work) {
        int failed = 0;
        for (T row : rows) {
            try {
                work.accept(row);
            }
            catch (RuntimeException problem) {
                failed++;
                log.warn("{}: skipped {} after a failure; the next run tries it again", job, row, problem);
            }
        }
        return failed;
    }

}
