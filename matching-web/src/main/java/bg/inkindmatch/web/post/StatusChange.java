package bg.inkindmatch.web.post;

import bg.inkindmatch.core.post.PostStatus;

import java.util.Optional;

/** What a member may do to the state of a post: pause, resume, withdraw. */
public enum StatusChange {
    PAUSE, RESUME, WITHDRAW;

    /**
     * The state after this change, or empty if the change does not apply (a withdrawn post stays
     * withdrawn). Repeating a change is harmless: pausing a paused post leaves it paused.
     */
    public Optional<PostStatus> from(PostStatus status) {
        return switch (this) {
            case PAUSE -> status == PostStatus.OPEN || status == PostStatus.PAUSED ? Optional.of(PostStatus.PAUSED) : Optional.empty();
            case RESUME -> status == PostStatus.OPEN || status == PostStatus.PAUSED ? Optional.of(PostStatus.OPEN) : Optional.empty();
            case WITHDRAW -> status == PostStatus.EXHAUSTED || status == PostStatus.EXPIRED ? Optional.empty()
                    : Optional.of(PostStatus.WITHDRAWN);
        };
    }

    /** The change named in a URL ({@code pause}, {@code resume}, {@code withdraw}). */
    public static Optional<StatusChange> named(String name) {
        for (StatusChange change : values()) {
            if (change.name().equalsIgnoreCase(name)) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }
}
