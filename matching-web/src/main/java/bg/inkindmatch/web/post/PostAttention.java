package bg.inkindmatch.web.post;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import bg.inkindmatch.web.system.OwnTransaction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Stored posts that matching leaves out because they cannot be read as valid posts. Each
 * is logged once and listed for the coordinator; the owner can still withdraw it, and any
 * change of the post takes it off the list (the next round or index refresh looks at it
 * again).
 */
@Component
public class PostAttention {

    private static final Logger log = LoggerFactory.getLogger(PostAttention.class);

    private static final int MAX_REASON = 500;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final OwnTransaction ownTransaction;

    PostAttention(JdbcClient jdbc, Clock clock, OwnTransaction ownTransaction) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = ownTransaction;
    }

    /**
     * A post that needs attention, as the coordinator sees it.
     *
     * @param side offer or need
     * @param postId the post
     * @param reason why it was left out (technical, for the coordinator and the log)
     * @param since when it was first left out
     */
    public record Entry(Side side, long postId, String reason, Instant since) {
    }

    /**
     * Records that a post was left out, in a transaction of its own; never fails, so that
     * the caller's work (a round, the index) goes on whatever happens here.
     */
    public void leftOut(Side side, long postId, RuntimeException problem) {
        String message = String.valueOf(problem.getMessage());
        String reason = message.length() > MAX_REASON ? message.substring(0, MAX_REASON) : message;
        try {
            ownTransaction.run(status -> {
                int known = jdbc.sql("select count(*) from post_attention where side = :side and post_id = :id")
                    .param("side", side.name())
                    .param("id", postId)
                    .query(Integer.class)
                    .single();
                if (known == 0) {
                    log.warn("{} {} cannot be read as a valid post and is left out of matching: {}", side, postId,
                            reason);
                    jdbc.sql(
                            "insert into post_attention (side, post_id, reason, noticed_at) values (:side, :id, :reason, :at)")
                        .param("side", side.name())
                        .param("id", postId)
                        .param("reason", reason)
                        .param("at", Timestamp.from(clock.instant()))
                        .update();
                }
            });
        }
        catch (RuntimeException alreadyNoted) {
            log.debug("{} {} was noted meanwhile", side, postId, alreadyNoted);
        }
    }

    /**
     * A changed post is looked at afresh: off the list, in the transaction that changed
     * it.
     */
    @EventListener
    void onChange(PostChanged change) {
        jdbc.sql("delete from post_attention where side = :side and post_id = :id")
            .param("side", change.side().name())
            .param("id", change.id())
            .update();
    }

    /** Every post that needs attention, oldest first. */
    public List<Entry> all() {
        return jdbc
            .sql("select side, post_id, reason, noticed_at from post_attention order by noticed_at, side, post_id")
            .query((rs, row) -> new Entry(Side.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                    rs.getTimestamp(4).toInstant()))
            .list();
    }

}
