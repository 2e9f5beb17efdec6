package bg.inkindmatch.core.scoring;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;

import java.util.Objects;

/**
 * An offer and a need that pass every hard rule, with the score of the pair.
 *
 * @param offer the offer
 * @param need the need
 * @param score how good the pair is, with its breakdown
 */
public record Candidate(Offer offer, Need need, Score score) {

    public Candidate {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(score, "score");
    }

    /**
     * The most units this pair can carry: the smaller of the offer's and the need's
     * remaining quantities.
     */
    public int capacity() {
        return Math.min(offer.remaining(), need.remaining());
    }
}
