package bg.inkindmatch.web.post;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a post's free text has been seen by a coordinator of its province: the text a
 * member writes reaches anonymous visitors, the API and other organisations only then.
 * Until then they see the post's structured fields (category, quantity, unit,
 * municipality, dates) and its category in place of its title.
 *
 * <p>
 * What an approval covers: the exact texts the coordinator was shown (title, description
 * and the side's own texts), identified by their digest. An edit that changes any of them
 * asks again and withdraws the text from the public until it is seen; an edit of the
 * structured fields alone keeps the approval. A text sent back stays withheld until its
 * member changes it.
 */
@Service
public class PostTexts {

    /** Where a post's text stands. */
    public enum Status {

        /** Waiting for a coordinator; withheld from the public. */
        PENDING,

        /** Seen and published. */
        APPROVED,

        /** Sent back with a reason, or hidden after a report; withheld until edited. */
        SENT_BACK

    }

    /**
     * The review of one post's text.
     *
     * @param side offer or need
     * @param postId the post
     * @param status where it stands
     * @param digest the digest of the text the status is about
     * @param note the coordinator's reason for sending it back, or null
     */
    public record Review(Side side, long postId, Status status, String digest, String note) {
    }

    private static final int PAGE = 500;

    private final JdbcClient jdbc;

    private final Clock clock;

    PostTexts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a saved post's text: a new post, or an edit that changed its text, waits
     * for a coordinator again; an edit of other fields changes nothing. In the save's
     * transaction, so no saved text is ever without its review.
     */
    @Transactional
    public void saved(StoredPost post) {
        String digest = digest(post);
        String province = post.province();
        int updated = jdbc.sql("""
                update post_text_review set review_status = 'PENDING', text_digest = :digest,
                    review_province = :province, submitted_at = :now, reviewed_by = null, reviewed_at = null,
                    review_note = null
                where post_side = :side and post_id = :id and text_digest <> :digest""")
            .param("digest", digest)
            .param("province", province)
            .param("now", Timestamp.from(clock.instant()))
            .param("side", post.side().name())
            .param("id", post.id())
            .update();
        if (updated == 0 && review(post.side(), post.id()).isEmpty()) {
            jdbc.sql("""
                    insert into post_text_review (post_side, post_id, review_status, text_digest, review_province,
                        submitted_at)
                    values (:side, :id, 'PENDING', :digest, :province, :now)""")
                .param("side", post.side().name())
                .param("id", post.id())
                .param("digest", digest)
                .param("province", province)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        }
        else if (updated == 0) {
            jdbc.sql(
                    "update post_text_review set review_province = :province where post_side = :side and post_id = :id")
                .param("province", province)
                .param("side", post.side().name())
                .param("id", post.id())
                .update();
        }
    }

    /** The review of a post's text, if it has one. */
    public Optional<Review> review(Side side, long postId) {
        return jdbc.sql("""
                select post_side, post_id, review_status, text_digest, review_note from post_text_review
                where post_side = :side and post_id = :id""")
            .param("side", side.name())
            .param("id", postId)
            .query((rs, row) -> new Review(Side.valueOf(rs.getString(1)), rs.getLong(2),
                    Status.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
            .optional();
    }

    /** The reviews of some posts of one side, by post id (a query per 500 posts). */
    public Map<Long, Review> reviews(Side side, Collection<Long> postIds) {
        List<Long> ids = List.copyOf(new HashSet<>(postIds));
        Map<Long, Review> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            jdbc.sql("""
                    select post_side, post_id, review_status, text_digest, review_note from post_text_review
                    where post_side = :side and post_id in (:ids)""")
                .param("side", side.name())
                .param("ids", ids.subList(from, Math.min(ids.size(), from + PAGE)))
                .query((rs, row) -> new Review(Side.valueOf(rs.getString(1)), rs.getLong(2),
                        Status.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list()
                .forEach(review -> found.put(review.postId(), review));
        }
        return found;
    }

    /** Whether the post's text is published (seen and approved). */
    public boolean isPublished(Side side, long postId) {
        return review(side, postId).filter(review -> review.status() == Status.APPROVED).isPresent();
    }

    /** Which of the posts have their text published. */
    public Set<Long> published(Side side, Collection<Long> postIds) {
        return reviews(side, postIds).values()
            .stream()
            .filter(review -> review.status() == Status.APPROVED)
            .map(Review::postId)
            .collect(Collectors.toSet());
    }

    /**
     * Publishes the text the coordinator saw, if it is still the post's text.
     * @return false if the post's text changed since (it waits again, with the new text)
     */
    @Transactional
    public boolean approve(Side side, long postId, String digest, String coordinator) {
        return decide(side, postId, digest, coordinator, Status.APPROVED, null);
    }

    /**
     * Sends the text the coordinator saw back to its member with a reason, or hides a
     * published text at once (after a report); either way it is withheld until edited.
     * @return false if the post's text changed since
     */
    @Transactional
    public boolean sendBack(Side side, long postId, String digest, String coordinator, String reason) {
        return decide(side, postId, digest, coordinator, Status.SENT_BACK, reason);
    }

    private boolean decide(Side side, long postId, String digest, String coordinator, Status status, String note) {
        return jdbc.sql("""
                update post_text_review set review_status = :status, reviewed_by = :by, reviewed_at = :now,
                    review_note = :note
                where post_side = :side and post_id = :id and text_digest = :digest""")
            .param("status", status.name())
            .param("by", coordinator)
            .param("now", Timestamp.from(clock.instant()))
            .param("note", note)
            .param("side", side.name())
            .param("id", postId)
            .param("digest", digest)
            .update() == 1;
    }

    /**
     * The digest of a post's texts: SHA-256 over each text's length and characters, so
     * that moving words from one field to another is a change too.
     */
    public static String digest(StoredPost post) {
        return digest(post.freeText());
    }

    static String digest(List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                String value = text == null ? "" : text;
                sha.update((value.length() + ":" + value + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

}
