package bg.inkindmatch.web.post;

import bg.inkindmatch.core.post.PostStatus;

import java.util.Locale;
import java.util.Optional;

/**
 * What a member may do to the state of a post: pause, resume, withdraw. The one post
 * state machine.
 */
public enum StatusChange {

    PAUSE, RESUME, WITHDRAW;

    /**
     * The state after this change, or empty if the change does not apply (a withdrawn
     * post stays withdrawn). Repeating a change is harmless: pausing a paused post leaves
     * it paused.
     */
    public Optional<PostStatus> from(PostStatus status) {
        return switch (this) {
            case PAUSE, RESUME -> status == PostStatus.OPEN || status == PostStatus.PAUSED
                    ? Optional.of(this == PAUSE ? PostStatus.PAUSED : PostStatus.OPEN) : Optional.empty();
            case WITHDRAW -> status == PostStatus.EXHAUSTED || status == PostStatus.EXPIRED ? Optional.empty()
                    : Optional.of(PostStatus.WITHDRAWN);
        };
    }

    /**
     * Whether this change would move a post in this state to another state (the buttons a
     * member sees).
     */
    public boolean changes(PostStatus status) {
        return from(status).filter(next -> next != status).isPresent();
    }

    /** The change's name in a URL and in its message key ({@code pause}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The change named in a URL ({@code pause}, {@code resume}, {@code withdraw}). */
    public static Optional<StatusChange> named(String name) {
        for (StatusChange change : values()) {
            if (change.key().equals(name)) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }

}
