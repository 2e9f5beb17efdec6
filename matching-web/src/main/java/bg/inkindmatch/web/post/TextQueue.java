package bg.inkindmatch.web.post;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The coordinators' queue of post texts: texts waiting to be seen, oldest first, and
 * published texts that a member reported ("this post shows personal data"), in the
 * provinces of the coordinator (an offer where it is given from, a need where it is
 * handed over). A report is handled when a coordinator publishes or sends back the text.
 */
@Service
public class TextQueue {

    /**
     * A text to look at.
     *
     * @param side offer or need
     * @param postId the post
     * @param organisationId the member's organisation
     * @param status where the text stands
     * @param digest the digest of the text shown, which an answer names
     * @param submittedAt when it was written
     * @param category the post's category code
     * @param municipality the post's municipality code
     * @param texts the member's texts: title, description and the side's own
     * @param reports open reports of the post
     */
    public record Entry(Side side, long postId, long organisationId, PostTexts.Status status, String digest,
            Instant submittedAt, String category, String municipality, List<String> texts, int reports) {

        /** The title the member wrote. */
        public String title() {
            return texts.get(0);
        }

        /** The member's other texts, without the empty ones. */
        public List<String> otherTexts() {
            return texts.subList(1, texts.size()).stream().filter(t -> t != null && !t.isBlank()).toList();
        }

    }

    private static final String OPEN_REPORTS = "(select count(*) from post_report p where p.post_side = r.post_side"
            + " and p.post_id = r.post_id and p.handled_at is null)";

    private final JdbcClient jdbc;

    private final Clock clock;

    TextQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The first texts of the queue, oldest first.
     * @param provinces the coordinator's provinces, or empty for the whole country
     */
    public List<Entry> waiting(Optional<Set<String>> provinces, int limit) {
        List<Entry> entries = new ArrayList<>();
        entries.addAll(side(Side.OFFER, "offer", "origin", "t.conditions, t.training_audience", provinces, limit));
        entries
            .addAll(side(Side.NEED, "need", "handover", "t.handover_point, t.training_adaptation", provinces, limit));
        return entries.stream()
            .sorted(Comparator.comparing((Entry e) -> e.reports() == 0)
                .thenComparing(Entry::submittedAt)
                .thenComparing(Entry::side)
                .thenComparing(Entry::postId))
            .limit(limit)
            .toList();
    }

    /** How many texts wait in the provinces (or the whole country). */
    public long count(Optional<Set<String>> provinces) {
        return count(Side.OFFER, "offer", provinces) + count(Side.NEED, "need", provinces);
    }

    private long count(Side side, String table, Optional<Set<String>> provinces) {
        return jdbc
            .sql("select count(*) from post_text_review r join " + table
                    + " t on t.id = r.post_id where r.post_side = '" + side.name()
                    + "' and t.status in ('OPEN', 'PAUSED') and " + waitingIn(provinces))
            .params(parameters(provinces))
            .query(Long.class)
            .single();
    }

    private List<Entry> side(Side side, String table, String place, String texts, Optional<Set<String>> provinces,
            int limit) {
        return jdbc.sql("select t.id, t.organisation_id, r.review_status, r.text_digest, r.submitted_at, t.category, t."
                + place + ", t.title, t.description, " + texts + ", " + OPEN_REPORTS + " as reports"
                + " from post_text_review r join " + table + " t on t.id = r.post_id where r.post_side = '"
                + side.name() + "' and t.status in ('OPEN', 'PAUSED') and " + waitingIn(provinces)
                + " order by case when " + OPEN_REPORTS + " > 0 then 0 else 1 end, r.submitted_at, t.id limit " + limit)
            .params(parameters(provinces))
            .query((rs, row) -> new Entry(side, rs.getLong(1), rs.getLong(2), PostTexts.Status.valueOf(rs.getString(3)),
                    rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7),
                    java.util.Arrays.asList(rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)),
                    rs.getInt(12)))
            .list();
    }

    /** Waiting, or published and reported; in the provinces. */
    private static String waitingIn(Optional<Set<String>> provinces) {
        return "(r.review_status = 'PENDING' or r.review_status = 'APPROVED' and " + OPEN_REPORTS + " > 0)"
                + provinces.map(p -> " and r.review_province in (:provinces)").orElse("");
    }

    private static java.util.Map<String, Object> parameters(Optional<Set<String>> provinces) {
        // an empty list would be no valid SQL: a coordinator of no province sees nothing
        return provinces.<java.util.Map<String, Object>>map(
                p -> java.util.Map.of("provinces", p.isEmpty() ? List.of("") : List.copyOf(p)))
            .orElse(java.util.Map.of());
    }

    /**
     * A member's report that another organisation's post shows personal data; a second
     * report of the same organisation before a coordinator looked changes nothing.
     * @return false if the organisation had reported the post already
     */
    @Transactional
    public boolean report(Side side, long postId, long organisationId) {
        int open = jdbc.sql("""
                select count(*) from post_report where post_side = :side and post_id = :id and reported_by = :org
                and handled_at is null""")
            .param("side", side.name())
            .param("id", postId)
            .param("org", organisationId)
            .query(Integer.class)
            .single();
        if (open > 0) {
            return false;
        }
        jdbc.sql("""
                insert into post_report (post_side, post_id, reported_by, reported_at)
                values (:side, :id, :org, :now)""")
            .param("side", side.name())
            .param("id", postId)
            .param("org", organisationId)
            .param("now", Timestamp.from(clock.instant()))
            .update();
        return true;
    }

    /** Marks the post's open reports handled by the coordinator. */
    @Transactional
    public void reportsHandled(Side side, long postId, String coordinator) {
        jdbc.sql("""
                update post_report set handled_at = :now, handled_by = :by
                where post_side = :side and post_id = :id and handled_at is null""")
            .param("now", Timestamp.from(clock.instant()))
            .param("by", coordinator)
            .param("side", side.name())
            .param("id", postId)
            .update();
    }

}
