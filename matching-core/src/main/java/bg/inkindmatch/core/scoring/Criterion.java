package bg.inkindmatch.core.scoring;

import java.util.Locale;

/**
 * A soft criterion of the score. Each contributes its weighted value to the score of a
 * candidate.
 */
public enum Criterion {

    /**
     * Same category (1), same branch (0.6), related leaves of different branches (0.4).
     */
    CATEGORY,
    /** Similarity of the words of title and description, across Bulgarian and English. */
    TEXT,
    /** The share of the need's remaining quantity the offer can cover. */
    QUANTITY,
    /**
     * Same municipality (1), same province (0.75), farther: {@code 0.5 / (1 + km / 100)}.
     */
    DISTANCE,
    /** The need's urgency: low 0.25, normal 0.5, high 0.75, critical 1. */
    URGENCY,
    /** How soon the need's deadline is: 1 within 7 days, falling to 0 at 60 days. */
    DEADLINE,
    /**
     * How soon the offer expires (use it before it is lost): 1 within 7 days, falling to
     * 0 at 90 days.
     */
    EXPIRY,
    /** Fairness: {@code 1 / (1 + n)} for a centre that received n matches recently. */
    FAIRNESS;

    /** The lower-case key of this criterion, used in message keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

}
