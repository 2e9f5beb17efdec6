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
     * Whether the pair passes every hard rule on the given day. Cheaper than
     * {@link #violations}.
     */
    public boolean eligible(Offer offer, Need need, LocalDate today) {
        return offer.isMatchable() && need.isMatchable() && offer.organisation().id() != need.organisation().id()
                && offer.total().unit() == need.total().unit() && datesOverlap(offer, need, today)
                && taxonomy.closeness(offer.category(), need.category()).compatible()
                && reaches(offer, need.handover());
    }

    /**
     * The hard rules the pair fails on the given day, in the order of {@link HardRule};
     * empty if none.
     */
    public List<HardRule> violations(Offer offer, Need need, LocalDate today) {
        List<HardRule> failed = new ArrayList<>();
        if (!taxonomy.closeness(offer.category(), need.category()).compatible()) {
            failed.add(HardRule.CATEGORY_COMPATIBLE);
        }
        if (offer.total().unit() != need.total().unit()) {
            failed.add(HardRule.SAME_UNIT);
        }
        if (!datesOverlap(offer, need, today)) {
            failed.add(HardRule.DATES_OVERLAP);
        }
        if (!reaches(offer, need.handover())) {
            failed.add(HardRule.WITHIN_REACH);
        }
        if (!offer.status().isOpen() || !need.status().isOpen() || offer.remaining() == 0 || need.remaining() == 0) {
            failed.add(HardRule.BOTH_OPEN);
        }
        if (offer.organisation().id() == need.organisation().id()) {
            failed.add(HardRule.DIFFERENT_ORGANISATIONS);
        }
        if (!offer.organisation().approved() || !need.organisation().approved()) {
            failed.add(HardRule.BOTH_APPROVED);
        }
        return failed;
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
