package bg.inkindmatch.web.staleness;

import bg.inkindmatch.web.post.PostChanged;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The open "still needed / still available?" question of a post, for the member's list of posts
 * ({@code @staleQuestions} in the templates), so that an organisation that gets no e-mail can answer
 * it too.
 */
@Component("staleQuestions")
public class StaleQuestions {

    private final StalePostStore store;
    private final StillOpenLinks links;
    private final StalePosts stalePosts;

    StaleQuestions(StalePostStore store, StillOpenLinks links, StalePosts stalePosts) {
        this.store = store;
        this.links = links;
        this.stalePosts = stalePosts;
    }

    /**
     * The open question about a post, or null.
     *
     * @param side {@code OFFER} or {@code NEED}
     * @param id   the post
     */
    public Question about(String side, long id) {
        return store.askedAbout(PostChanged.Side.valueOf(side), id)
                .map(check -> new Question(links.token(check), stalePosts.closesOn(check)))
                .orElse(null);
    }

    /**
     * An open question.
     *
     * @param token    the token of its confirm link
     * @param closesOn the day the post closes unless confirmed
     */
    public record Question(String token, LocalDate closesOn) {
    }
}
