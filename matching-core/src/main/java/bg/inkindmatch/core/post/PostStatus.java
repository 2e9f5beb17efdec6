package bg.inkindmatch.core.post;

/**
 * The life-cycle state of an offer or a need: {@code OPEN <-> PAUSED},
 * {@code OPEN -> EXHAUSTED | EXPIRED | WITHDRAWN}.
 */
public enum PostStatus {

    /** Takes part in matching. */
    OPEN,
    /** Kept, but receives no proposals until reopened. */
    PAUSED,
    /** Nothing remains to give or to receive. */
    EXHAUSTED,
    /** Its date passed, or nobody confirmed it was still current. */
    EXPIRED,
    /** Withdrawn by its organisation. */
    WITHDRAWN;

    /** Whether a post in this state may be matched. */
    public boolean isOpen() {
        return this == OPEN;
    }

}
