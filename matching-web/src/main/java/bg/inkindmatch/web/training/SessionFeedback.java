package bg.inkindmatch.web.training;

import java.time.Instant;

/**
 * The feedback given on a session.
 *
 * @param rating from 1 to 5
 * @param comment a short comment, or empty
 * @param at when it was given
 */
public record SessionFeedback(int rating, String comment, Instant at) {
}
