package bg.inkindmatch.core.scoring;

import java.util.EnumMap;
import java.util.Map;

/**
 * The weights of the criteria of the score. Only their proportions matter: the score
 * divides by their sum, so it stays in [0, 1].
 *
 * <p>
 * The defaults ({@link #DEFAULTS}) favour what makes a gift useful: the right thing
 * (category 0.20, text 0.10), enough of it (quantity 0.15), close by (distance 0.15), for
 * whoever needs it most (urgency 0.15, deadline 0.10, fairness 0.10), before it is lost
 * (expiry 0.05).
 */
public record ScoringWeights(double category, double text, double quantity, double distance, double urgency,
        double deadline, double expiry, double fairness) {

    /** The default weights; they add up to 1. */
    public static final ScoringWeights DEFAULTS = new ScoringWeights(0.20, 0.10, 0.15, 0.15, 0.15, 0.10, 0.05, 0.10);

    public ScoringWeights {
        double[] all = { category, text, quantity, distance, urgency, deadline, expiry, fairness };
        for (int i = 0; i < all.length; i++) {
            if (!(all[i] >= 0) || Double.isInfinite(all[i])) {
                throw new IllegalArgumentException(
                        Criterion.values()[i].key() + " weight must be a non-negative number: " + all[i]);
            }
        }
        if (!(sumOf(all) > 0)) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
    }

    /** The weight of a criterion as a share of all weights, in [0, 1]. */
    public double share(Criterion criterion) {
        return raw(criterion) / sum();
    }

    /** The weights as shares, by criterion. */
    public Map<Criterion, Double> shares() {
        Map<Criterion, Double> shares = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            shares.put(criterion, share(criterion));
        }
        return shares;
    }

    private double raw(Criterion criterion) {
        return switch (criterion) {
            case CATEGORY -> category;
            case TEXT -> text;
            case QUANTITY -> quantity;
            case DISTANCE -> distance;
            case URGENCY -> urgency;
            case DEADLINE -> deadline;
            case EXPIRY -> expiry;
            case FAIRNESS -> fairness;
        };
    }

    private double sum() {
        return sumOf(new double[] { category, text, quantity, distance, urgency, deadline, expiry, fairness });
    }

    private static double sumOf(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
