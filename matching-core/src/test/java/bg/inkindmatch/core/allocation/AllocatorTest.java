package bg.inkindmatch.core.allocation;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.scoring.Candidate;
import bg.inkindmatch.core.scoring.Criterion;
import bg.inkindmatch.core.scoring.Reason;
import bg.inkindmatch.core.scoring.Score;
import bg.inkindmatch.core.scoring.ScoreLine;
import bg.inkindmatch.core.taxonomy.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static bg.inkindmatch.core.Fixtures.RUSE;
import static bg.inkindmatch.core.Fixtures.centre;
import static bg.inkindmatch.core.Fixtures.company;
import static bg.inkindmatch.core.Fixtures.need;
import static bg.inkindmatch.core.Fixtures.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Scenarios whose right answer a person can see. */
class AllocatorTest {

    private final Allocator allocator = new Allocator(AllocationPolicy.DEFAULTS);

    private final Allocator withoutDiminishingReturns = new Allocator(new AllocationPolicy(1, 1, 0));

    private static Offer packs(long id, int amount) {
        return offer(id, company(100 + id), "Пакети", "consumables.hygiene", amount, Unit.PACK, RUSE, Reach.COUNTRY);
    }

    private static Need needOf(long id, long centre, int amount) {
        return need(id, centre(centre), "Пакети", "consumables.hygiene", amount, Unit.PACK, RUSE);
    }

    private static Candidate pair(Offer offer, Need need, double score) {
        return new Candidate(offer, need, new Score(score, List.of(new ScoreLine(Criterion.CATEGORY, 1, score,
                Reason.of("reason.category.same", "consumables.hygiene")))));
    }

    @Test
    void aSingleOfferFillsASingleNeed() {
        Offer offer = packs(1, 30);
        Need need = needOf(1, 20, 10);

        Allocation allocation = allocator.allocate(List.of(pair(offer, need, 0.8)));

        assertThat(allocation.pairs()).hasSize(1);
        assertThat(allocation.units(1, 1)).isEqualTo(10);
        assertThat(allocation.pairs().get(0).candidate().score().breakdown()).isNotEmpty();
    }

    @Test
    void withoutDiminishingReturnsTheScarceOfferGoesWhereItCoversMostScoreWeightedShare() {
        Offer offer = packs(1, 10);
        Need big = needOf(1, 20, 40);
        Need small = needOf(2, 21, 10);

        Allocation allocation = withoutDiminishingReturns
            .allocate(List.of(pair(offer, big, 0.9), pair(offer, small, 0.5)));

        // 0.9 / 40 per unit for the big need, 0.5 / 10 for the small: the small need gets
        // everything.
        assertThat(allocation.units(1, 2)).isEqualTo(10);
        assertThat(allocation.units(1, 1)).isZero();
    }

    @Test
    void diminishingReturnsShareAScarceOfferBetweenCentres() {
        Offer offer = packs(1, 10);
        Need first = needOf(1, 20, 10);
        Need second = needOf(2, 21, 10);
        List<Candidate> candidates = List.of(pair(offer, first, 0.9), pair(offer, second, 0.8));

        Allocation greedy = withoutDiminishingReturns.allocate(candidates);
        Allocation fair = allocator.allocate(candidates);

        assertThat(greedy.units(1, 1)).isEqualTo(10);
        assertThat(greedy.units(1, 2)).isZero();
        assertThat(fair.units(1, 1)).isPositive().isGreaterThanOrEqualTo(fair.units(1, 2));
        assertThat(fair.units(1, 2)).isPositive();
        assertThat(fair.unitsFromOffer(1)).isEqualTo(10);
    }

    @Test
    void oneNeedIsFilledBySeveralOffers() {
        Offer first = packs(1, 6);
        Offer second = packs(2, 6);
        Need need = needOf(1, 20, 10);

        Allocation allocation = allocator.allocate(List.of(pair(first, need, 0.7), pair(second, need, 0.9)));

        assertThat(allocation.unitsForNeed(1)).isEqualTo(10);
        assertThat(allocation.units(2, 1)).as("the better offer is used in full").isEqualTo(6);
        assertThat(allocation.units(1, 1)).isEqualTo(4);
    }

    @Test
    void nothingIsOverAllocated() {
        Offer offer = packs(1, 100);
        Need a = needOf(1, 20, 7);
        Need b = needOf(2, 21, 9);

        Allocation allocation = allocator.allocate(List.of(pair(offer, a, 0.5), pair(offer, b, 0.5)));

        assertThat(allocation.unitsForNeed(1)).isEqualTo(7);
        assertThat(allocation.unitsForNeed(2)).isEqualTo(9);
        assertThat(allocation.unitsFromOffer(1)).isEqualTo(16);
    }

    @Test
    void aTinyShareBelowTheMinimumLotIsNotProposed() {
        // Two offers of 10 for a need of 12: without a lot, 10 + 2. With a lot of 5, the
        // 2 are not worth
        // a proposal: the need gets 10 from the better offer and nothing from the other.
        Offer better = packs(1, 10);
        Offer worse = packs(2, 10);
        Need need = needOf(1, 20, 12);
        List<Candidate> candidates = List.of(pair(better, need, 0.9), pair(worse, need, 0.6));

        Allocation noLot = allocator.allocate(candidates);
        Allocation lotOfFive = new Allocator(new AllocationPolicy(5, 4, 0.1)).allocate(candidates);

        assertThat(noLot.units(2, 1)).isEqualTo(2);
        assertThat(lotOfFive.units(1, 1)).isEqualTo(10);
        assertThat(lotOfFive.units(2, 1)).isZero();
    }

    @Test
    void aSmallRemainderMayBeProposedBelowTheLot() {
        Offer offer = packs(1, 10);
        Need small = needOf(1, 20, 3);

        Allocation allocation = new Allocator(new AllocationPolicy(5, 4, 0.1))
            .allocate(List.of(pair(offer, small, 0.6)));

        assertThat(allocation.units(1, 1)).isEqualTo(3);
    }

    @Test
    void theSameCandidatesGiveTheSameAllocationInAnyOrder() {
        Offer first = packs(1, 10);
        Offer second = packs(2, 10);
        Need a = needOf(1, 20, 10);
        Need b = needOf(2, 21, 10);
        List<Candidate> candidates = List.of(pair(first, a, 0.5), pair(first, b, 0.5), pair(second, a, 0.5),
                pair(second, b, 0.5));

        Allocation once = allocator.allocate(candidates);
        Allocation reversed = allocator
            .allocate(List.of(candidates.get(3), candidates.get(2), candidates.get(1), candidates.get(0)));

        assertThat(reversed).isEqualTo(once);
        assertThat(once.pairs()).extracting(AllocatedPair::offerId).isSorted();
    }

    @Test
    void noCandidatesGiveAnEmptyAllocation() {
        assertThat(allocator.allocate(List.of()).pairs()).isEmpty();
    }

    @Test
    void refusesRepeatedOrInconsistentCandidates() {
        Offer offer = packs(1, 10);
        Need need = needOf(1, 20, 10);

        assertThatIllegalArgumentException()
            .isThrownBy(() -> allocator.allocate(List.of(pair(offer, need, 0.5), pair(offer, need, 0.6))))
            .withMessageContaining("repeats");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> allocator
                .allocate(List.of(pair(offer, need, 0.5), pair(offer.withRemaining(3), needOf(2, 21, 5), 0.6))))
            .withMessageContaining("offer 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new AllocationPolicy(0, 4, 0.1))
            .withMessageContaining("minimumLot");
        assertThatIllegalArgumentException().isThrownBy(() -> new AllocationPolicy(1, 0, 0.1))
            .withMessageContaining("centreTiers");
        assertThatIllegalArgumentException().isThrownBy(() -> new AllocationPolicy(1, 4, -0.1))
            .withMessageContaining("diminishingStep");
    }

}
