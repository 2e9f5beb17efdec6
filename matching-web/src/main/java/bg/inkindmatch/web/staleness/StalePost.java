package bg.inkindmatch.web.staleness;

import bg.inkindmatch.web.post.Side;
import bg.inkindmatch.core.post.PostStatus;

/**
 * What the staleness pages and e-mails show of a post.
 *
 * @param side offer or need
 * @param id the post
 * @param title its title
 * @param organisationId whose it is
 * @param status its state
 */
record StalePost(Side side, long id, String title, long organisationId, PostStatus status) {

    /**
     * Whether it is a need (asked "still needed?") rather than an offer ("still
     * available?").
     */
    public boolean isNeed() {
        return side == Side.NEED;
    }

    /** Whether it is still open or paused, and so can be confirmed. */
    public boolean isActive() {
        return status == PostStatus.OPEN || status == PostStatus.PAUSED;
    }
}
