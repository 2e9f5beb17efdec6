package bg.inkindmatch.core.scoring;

import java.util.Objects;

/**
 * One line of a score's breakdown.
 *
 * @param criterion the criterion
 * @param weight its weight, as a share of all weights (the weights of a breakdown add up
 * to 1)
 * @param value its value for the candidate, in [0, 1]
 * @param reason why it has that value
 */
public record ScoreLine(Criterion criterion, double weight, double value, Reason reason) {

    public ScoreLine {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(reason, "reason");
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in [0, 1]: " + weight);
        }
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("value must be in [0, 1]: " + value);
        }
    }

    /** What this line adds to the score: weight times value. */
    public double contribution() {
        return weight * value;
    }
}
