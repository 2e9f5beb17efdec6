package bg.inkindmatch.core.scoring;

import java.util.List;
import java.util.Optional;

/**
 * How good a candidate is: a value in [0, 1] and the breakdown that explains it.
 *
 * @param value the score, the sum of the breakdown's contributions
 * @param breakdown one line per criterion, in the order of {@link Criterion}
 */
public record Score(double value, List<ScoreLine> breakdown) {

    public Score {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("value must be in [0, 1]: " + value);
        }
        breakdown = List.copyOf(breakdown);
    }

    /** The line of the given criterion, if the breakdown has one. */
    public Optional<ScoreLine> line(Criterion criterion) {
        return breakdown.stream().filter(line -> line.criterion() == criterion).findFirst();
    }

    /**
     * The lines that speak most for the candidate: those with a positive contribution,
     * largest first (ties in the order of {@link Criterion}).
     */
    public List<ScoreLine> strongestReasons(int limit) {
        return breakdown.stream()
            .filter(line -> line.contribution() > 0)
            .sorted(java.util.Comparator.comparingDouble(ScoreLine::contribution).reversed())
            .limit(limit)
            .toList();
    }
}
