package bg.inkindmatch.web.match;

import java.util.Collection;
import java.util.Map;

/**
 * What the sessions of agreed workplace trainings achieved, for the history of a match.
 * The training module answers it; a match knows nothing of sessions otherwise.
 */
public interface TrainingOutcomes {

    /**
     * The outcomes of those of the matches that had sessions with attendance recorded.
     */
    Map<Long, Outcome> of(Collection<Long> matchIds);

    /**
     * What a training's sessions achieved.
     *
     * @param sessions the sessions with attendance recorded
     * @param people how many people came, over all of them
     * @param rating the average rating of the feedback, or null without any
     */
    record Outcome(int sessions, int people, Double rating) {
    }

}
