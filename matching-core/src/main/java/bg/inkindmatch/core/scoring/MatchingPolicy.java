package bg.inkindmatch.core.scoring;

import java.util.Objects;

/**
 * The settings of eligibility and scoring.
 *
 * @param weights the weights of the score's criteria
 * @param pickupRadiusKm how far (great-circle, between municipality seats) a centre is
 * expected to travel to collect an offer whose reach is {@code PICKUP}; default 50 km
 */
public record MatchingPolicy(ScoringWeights weights, double pickupRadiusKm) {

    /** Default weights and a pickup radius of 50 km. */
    public static final MatchingPolicy DEFAULTS = new MatchingPolicy(ScoringWeights.DEFAULTS, 50);

    public MatchingPolicy {
        Objects.requireNonNull(weights, "weights");
        if (!(pickupRadiusKm >= 0) || Double.isInfinite(pickupRadiusKm)) {
            throw new IllegalArgumentException("pickupRadiusKm must be a non-negative number: " + pickupRadiusKm);
        }
    }
}
