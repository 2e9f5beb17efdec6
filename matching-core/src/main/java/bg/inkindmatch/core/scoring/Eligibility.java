package bg.inkindmatch.core.scoring;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.core.place.Places;
import bg.inkindmatch.core.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks the hard rules of DESIGN section 3. Immutable and safe to share between threads.
 */
public final class Eligibility {

    /**
     * The rules in the order {@link #eligible} asks them: field comparisons before
     * lookups.
     */
    private static final HardRule[] CHEAPEST_FIRST = { HardRule.BOTH_OPEN, HardRule.BOTH_APPROVED,
            HardRule.DIFFERENT_ORGANISATIONS, HardRule.SAME_UNIT, HardRule.DATES_OVERLAP, HardRule.CATEGORY_COMPATIBLE,
            HardRule.TRAINING_TERMS_FIT, HardRule.WITHIN_REACH };

    private final Taxonomy taxonomy;

    private final Places places;

    private final double pickupRadiusKm;

    /**
     * Eligibility over the given taxonomy and places, with the pickup radius of the
     * policy.
     */
    public Eligibility(Taxonomy taxonomy, Places places, MatchingPolicy policy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.places = Objects.requireNonNull(places, "places");
        this.pickupRadiusKm = Objects.requireNonNull(policy, "policy").pickupRadiusKm();
    }

    /**
     * Whether the pair passes every hard rule on the given day. Asks the cheapest rules
     * first and stops at the first that fails.
     */
    public boolean eligible(Offer offer, Need need, LocalDate today) {
        for (HardRule rule : CHEAPEST_FIRST) {
            if (!passes(rule, offer, need, today)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The hard rules the pair fails on the given day, in the order of {@link HardRule};
     * empty if none.
     */
    public List<HardRule> violations(Offer offer, Need need, LocalDate today) {
        List<HardRule> failed = new ArrayList<>();
        for (HardRule rule : HardRule.values()) {
            if (!passes(rule, offer, need, today)) {
                failed.add(rule);
            }
        }
        return failed;
    }

    /** Each hard rule, written once. */
    private boolean passes(HardRule rule, Offer offer, Need need, LocalDate today) {
        return switch (rule) {
            case CATEGORY_COMPATIBLE -> taxonomy.closeness(offer.category(), need.category()).compatible();
            case SAME_UNIT -> offer.total().unit() == need.total().unit();
            case DATES_OVERLAP -> datesOverlap(offer, need, today);
            case WITHIN_REACH -> meetsOnline(offer, need) || reaches(offer, need.handover());
            case BOTH_OPEN ->
                offer.status().isOpen() && need.status().isOpen() && offer.remaining() > 0 && need.remaining() > 0;
            case DIFFERENT_ORGANISATIONS -> offer.organisation().id() != need.organisation().id();
            case BOTH_APPROVED -> offer.organisation().approved() && need.organisation().approved();
            case TRAINING_TERMS_FIT -> offer.training().isEmpty() || need.training().isEmpty()
                    || offer.training().get().fits(need.training().get());
        };
    }

    /**
     * Whether a training can be held online for both: then the provider's reach does not
     * matter.
     */
    static boolean meetsOnline(Offer offer, Need need) {
        return offer.training().isPresent() && need.training().isPresent()
                && offer.training().get().format().canMeetOnline(need.training().get().format());
    }

    /**
     * Whether the offer is available on some day from today until the need's deadline,
     * both included: the window [availableFrom, availableUntil] meets [today, neededBy].
     */
    public static boolean datesOverlap(Offer offer, Need need, LocalDate today) {
        return !need.neededBy().isBefore(today) && !offer.availableUntil().isBefore(today)
                && !offer.availableFrom().isAfter(need.neededBy());
    }

    /** Whether the offer's reach covers a handover point in the given municipality. */
    public boolean reaches(Offer offer, Municipality handover) {
        Municipality origin = offer.origin();
        return switch (offer.reach()) {
            case MUNICIPALITY -> origin.code().equals(handover.code());
            case PROVINCE -> origin.provinceCode().equals(handover.provinceCode());
            case COUNTRY -> true;
            case PICKUP -> places.distanceKm(origin, handover) <= pickupRadiusKm;
        };
    }

}
