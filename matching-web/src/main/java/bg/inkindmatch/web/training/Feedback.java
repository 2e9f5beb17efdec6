package bg.inkindmatch.web.training;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The feedback on sessions: one per session, never changed. */
@Component
record Feedback(JdbcClient jdbc) {

    /** Stores the feedback; false if the session has one already. */
    boolean give(long sessionId, FeedbackForm form, Instant now) {
        try {
            return jdbc
                .sql("insert into training_feedback (session_id, rating, comment, given_at)"
                        + " values (:session, :rating, :comment, :now)")
                .param("session", sessionId)
                .param("rating", form.rating())
                .param("comment", form.comment())
                .param("now", Timestamp.from(now))
                .update() == 1;
        }
        catch (DuplicateKeyException given) {
            return false;
        }
    }

    Optional<SessionFeedback> of(long sessionId) {
        return jdbc.sql("select rating, comment, given_at from training_feedback where session_id = :session")
            .param("session", sessionId)
            .query((rs, row) -> new SessionFeedback(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
            .optional();
    }

}
