package bg.inkindmatch.web.staleness;

import bg.inkindmatch.web.post.Side;

import java.time.Instant;

/**
 * A post that was asked "still needed / still available?".
 *
 * @param side offer or need
 * @param postId the post
 * @param askedAt when the question went out
 */
record StaleCheck(Side side, long postId, Instant askedAt) {
}
