package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.allocation.AllocationNetwork;
import bg.inkindmatch.core.allocation.AllocationPolicy;
import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.organisation.Organisation;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.core.place.Places;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.scoring.Candidate;
import bg.inkindmatch.core.scoring.Criterion;
import bg.inkindmatch.core.scoring.Reason;
import bg.inkindmatch.core.scoring.Score;
import bg.inkindmatch.core.scoring.ScoreLine;
import bg.inkindmatch.core.taxonomy.Category;
import bg.inkindmatch.core.taxonomy.Quantity;
import bg.inkindmatch.core.taxonomy.Taxonomy;
import bg.inkindmatch.core.taxonomy.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A seeded random transportation instance: offers and needs with quantities 1..50, a fixed number of
 * candidate pairs per offer with scores in (0, 1], and needs spread over centres of ten needs each.
 */
public final class TransportationInstance {

    private TransportationInstance() {
    }

    /** The candidates of an instance of the given size. */
    public static List<Candidate> candidates(int offers, int needs, int pairsPerOffer, long seed) {
        Random random = new Random(seed);
        Taxonomy taxonomy = Taxonomy.standard();
        Category hygiene = taxonomy.require("consumables.hygiene");
        Municipality ruse = Places.standard().requireMunicipality("RSE27");
        LocalDate today = LocalDate.of(2026, 11, 25);
        List<Need> needList = new ArrayList<>(needs);
        for (int n = 0; n < needs; n++) {
            int amount = 1 + random.nextInt(50);
            needList.add(new Need(n, new Organisation(1_000_000 + n / 10, OrganisationKind.CENTRE, true), "need " + n, "",
                    hygiene, Quantity.of(amount, Unit.PACK), amount, today.plusDays(30), Urgency.NORMAL, ruse,
                    PostStatus.OPEN));
        }
        List<Candidate> candidates = new ArrayList<>(offers * pairsPerOffer);
        for (int o = 0; o < offers; o++) {
            int amount = 1 + random.nextInt(50);
            Offer offer = new Offer(o, new Organisation(o, OrganisationKind.COMPANY, true), "offer " + o, "", hygiene,
                    Quantity.of(amount, Unit.PACK), amount, today, today.plusDays(60), ruse, Reach.COUNTRY,
                    Optional.empty(), PostStatus.OPEN);
            random.ints(0, needs).distinct().limit(Math.min(pairsPerOffer, needs)).forEach(n -> {
                double value = (1 + random.nextInt(1000)) / 1000.0;
                Score score = new Score(value, List.of(new ScoreLine(Criterion.CATEGORY, 1, value,
                        Reason.of("reason.category.same", hygiene.code()))));
                candidates.add(new Candidate(offer, needList.get(n), score));
            });
        }
        return candidates;
    }

    /** The allocation network of an instance, with the default policy. */
    public static AllocationNetwork network(int offers, int needs, int pairsPerOffer, long seed) {
        return AllocationNetwork.of(candidates(offers, needs, pairsPerOffer, seed), AllocationPolicy.DEFAULTS);
    }
}
