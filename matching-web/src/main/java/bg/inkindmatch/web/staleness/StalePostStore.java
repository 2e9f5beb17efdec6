package bg.inkindmatch.web.staleness;

import bg.inkindmatch.web.post.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The database side of staleness: when a post last saw activity (an edit, a pause or
 * resume, a match proposed, answered or delivered), the questions asked, and the
 * conditional updates that confirm or close a post. Offers and needs have the same
 * columns, so one statement serves both tables.
 */
@Component
record StalePostStore(JdbcClient jdbc) {

    private static String table(Side side) {
        return side == Side.OFFER ? "offer" : "need";
    }

    private static String matchColumn(Side side) {
        return side == Side.OFFER ? "offer_id" : "need_id";
    }

    private static String lastActivity(Side side) {
        return "greatest(p.updated_at, coalesce((select max(coalesce(m.decided_at, m.proposed_at)) from match_proposal m"
                + " where m." + matchColumn(side) + " = p.id), p.updated_at))";
    }

    /**
     * Open or paused posts without activity since the given moment that were not asked
     * yet.
     */
    List<Long> quietSince(Side side, Instant since) {
        return jdbc
            .sql("select p.id from " + table(side) + " p where p.status in ('OPEN', 'PAUSED') and " + lastActivity(side)
                    + " < :since and not exists (select 1 from stale_check c"
                    + " where c.side = :side and c.post_id = p.id) order by p.id")
            .param("since", Timestamp.from(since))
            .param("side", side.name())
            .query(Long.class)
            .list();
    }

    /** Records the question; false if another run asked first. */
    boolean recordAsked(Side side, long postId, Instant now) {
        try {
            return jdbc.sql("insert into stale_check (side, post_id, asked_at) values (:side, :post, :now)")
                .param("side", side.name())
                .param("post", postId)
                .param("now", Timestamp.from(now))
                .update() == 1;
        }
        catch (org.springframework.dao.DuplicateKeyException alreadyAsked) {
            return false;
        }
    }

    /** Every question asked, oldest first. */
    List<StaleCheck> asked() {
        return jdbc.sql("select side, post_id, asked_at from stale_check order by asked_at")
            .query((rs, row) -> new StaleCheck(Side.valueOf(rs.getString(1)), rs.getLong(2),
                    rs.getTimestamp(3).toInstant()))
            .list();
    }

    /** The question asked about a post, if one is open. */
    Optional<StaleCheck> askedAbout(Side side, long postId) {
        return jdbc.sql("select side, post_id, asked_at from stale_check where side = :side and post_id = :post")
            .param("side", side.name())
            .param("post", postId)
            .query((rs, row) -> new StaleCheck(side, postId, rs.getTimestamp(3).toInstant()))
            .optional();
    }

    /** The open questions about some posts of a side, in one query, by post. */
    Map<Long, StaleCheck> askedAboutAll(Side side, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, StaleCheck> asked = new HashMap<>();
        jdbc.sql("select post_id, asked_at from stale_check where side = :side and post_id in (:posts)")
            .param("side", side.name())
            .param("posts", postIds)
            .query((rs, row) -> new StaleCheck(side, rs.getLong(1), rs.getTimestamp(2).toInstant()))
            .list()
            .forEach(check -> asked.put(check.postId(), check));
        return asked;
    }

    /**
     * Whether the post is still open or paused and saw no activity since the question.
     */
    boolean isStillQuiet(StaleCheck check) {
        return jdbc
            .sql("select count(*) from " + table(check.side()) + " p where p.id = :post"
                    + " and p.status in ('OPEN', 'PAUSED') and " + lastActivity(check.side()) + " <= :asked")
            .param("post", check.postId())
            .param("asked", Timestamp.from(check.askedAt()))
            .query(Integer.class)
            .single() == 1;
    }

    /** Forgets the question. */
    void forget(StaleCheck check) {
        jdbc.sql("delete from stale_check where side = :side and post_id = :post")
            .param("side", check.side().name())
            .param("post", check.postId())
            .update();
    }

    /** Marks activity on an open or paused post; false if it is not open or paused. */
    boolean touch(Side side, long postId, Instant now) {
        return changeOpen(side, postId, now, "");
    }

    /**
     * Closes an open or paused post as expired; false if it was not open or paused any
     * more.
     */
    boolean close(Side side, long postId, Instant now) {
        return changeOpen(side, postId, now, "status = 'EXPIRED', ");
    }

    /**
     * One conditional UPDATE of an open or paused post; the change is one of the two
     * above.
     */
    private boolean changeOpen(Side side, long postId, Instant now, String change) {
        return jdbc
            .sql("update " + table(side) + " set " + change + "updated_at = :now, version = version + 1"
                    + " where id = :post and status in ('OPEN', 'PAUSED')")
            .param("now", Timestamp.from(now))
            .param("post", postId)
            .update() == 1;
    }

}
