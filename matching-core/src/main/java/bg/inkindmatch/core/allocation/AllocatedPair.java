package bg.inkindmatch.core.allocation;

import bg.inkindmatch.core.scoring.Candidate;

import java.util.Objects;

/**
 * Units of one offer allocated to one need.
 *
 * @param candidate the pair, with its score and the breakdown that explains it
 * @param units how many units go from the offer to the need, at least 1
 */
public record AllocatedPair(Candidate candidate, int units) {

    public AllocatedPair {
        Objects.requireNonNull(candidate, "candidate");
        if (units <= 0) {
            throw new IllegalArgumentException("units must be positive: " + units);
        }
    }

    /** The offer's id. */
    public long offerId() {
        return candidate.offer().id();
    }

    /** The need's id. */
    public long needId() {
        return candidate.need().id();
    }
}
