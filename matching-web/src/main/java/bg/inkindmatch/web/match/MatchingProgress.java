package bg.inkindmatch.web.match;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.web.post.StoredPost;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Whether the engine is still looking for matches for some of a member's posts: a round
 * of their category family is owed or running. For the member's list of posts
 * ({@code @matchingProgress} in the templates), which says "looking for matches" until
 * the rounds are done.
 */
@Component("matchingProgress")
public class MatchingProgress {

    private final MatchingEngine engine;

    private final RoundsWanted wanted;

    MatchingProgress(MatchingEngine engine, RoundsWanted wanted) {
        this.engine = engine;
        this.wanted = wanted;
    }

    /** Whether a round is owed for the family of any open post with free units. */
    public boolean lookingFor(List<? extends StoredPost> posts) {
        List<String> families = posts.stream()
            .filter(post -> post.status() == PostStatus.OPEN && post.remaining() > 0)
            .flatMap(post -> engine.taxonomy().category(post.category()).stream())
            .map(engine.taxonomy()::familyCode)
            .distinct()
            .toList();
        return wanted.owes(families);
    }

}
