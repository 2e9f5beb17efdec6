package bg.inkindmatch.core.ranking;

import bg.inkindmatch.core.post.Post;
import bg.inkindmatch.core.text.TextProfile;

import java.util.Objects;

/**
 * A post as the index keeps it: with the profile of its text, analysed once when it was
 * added.
 *
 * @param post the post
 * @param text the profile of its title and description
 * @param <P> offer or need
 */
public record Indexed<P extends Post>(P post, TextProfile text) {

    public Indexed {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(text, "text");
    }
}
