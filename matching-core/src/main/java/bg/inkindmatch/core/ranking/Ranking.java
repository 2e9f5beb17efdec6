package bg.inkindmatch.core.ranking;

import bg.inkindmatch.core.scoring.Candidate;

import java.util.List;

/**
 * The best candidates for one post.
 *
 * @param top the best candidates, best first (equal scores by id of the other post)
 * @param matchCount how many posts on the other side pass every hard rule, the top ones
 * included
 */
public record Ranking(List<Candidate> top, int matchCount) {

    public Ranking {
        top = List.copyOf(top);
        if (matchCount < top.size()) {
            throw new IllegalArgumentException(
                    "matchCount must be at least the number of top candidates: " + matchCount);
        }
    }
}
