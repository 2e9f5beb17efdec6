package bg.inkindmatch.web.staleness;

import bg.inkindmatch.web.post.Side;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open "still needed / still available?" question of a post, for the member's list of
 * posts ({@code @staleQuestions} in the templates), so that an organisation that gets no
 * e-mail can answer it too.
 */
@Component("staleQuestions")
public record StaleQuestions(StalePostStore store, StillOpenLinks links, StalePosts stalePosts) {

    /**
     * The open questions about a list of posts, by post id, read in one query.
     * @param side {@code OFFER} or {@code NEED}
     * @param ids the posts
     */
    public Map<Long, Question> aboutAll(Side side, List<Long> ids) {
        Map<Long, Question> questions = new HashMap<>();
        store.askedAboutAll(side, ids)
            .forEach((id, check) -> questions.put(id, new Question(links.token(check), stalePosts.closesOn(check))));
        return questions;
    }

    /**
     * An open question.
     *
     * @param token the token of its confirm link
     * @param closesOn the day the post closes unless confirmed
     */
    public record Question(String token, LocalDate closesOn) {
    }

}
