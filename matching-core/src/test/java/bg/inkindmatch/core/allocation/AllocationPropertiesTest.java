package bg.inkindmatch.core.allocation;

import bg.inkindmatch.core.Fixtures;
import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.RandomMarket;
import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.scoring.Candidate;
import bg.inkindmatch.core.scoring.MatchingContext;
import bg.inkindmatch.core.scoring.MatchingPolicy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.util.List;

import static bg.inkindmatch.core.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the allocation on seeded random markets. */
class AllocationPropertiesTest {

    private final MatchingEngine engine = MatchingEngine.standard();

    private final MatchingContext context = MatchingContext.on(TODAY);

    private final Allocator allocator = new Allocator(AllocationPolicy.DEFAULTS);

    @Property(tries = 150, seed = "20261125")
    void noOfferOrNeedIsOverAllocated(@ForAll @LongRange(min = 1) long seed,
            @ForAll @IntRange(min = 1, max = 40) int offers, @ForAll @IntRange(min = 1, max = 40) int needs) {
        RandomMarket market = RandomMarket.generate(seed, offers, needs);
        Allocation allocation = engine.allocate(market.offers(), market.needs(), context);

        for (Offer offer : market.offers()) {
            assertThat(allocation.unitsFromOffer(offer.id())).isLessThanOrEqualTo(offer.remaining());
        }
        for (Need need : market.needs()) {
            assertThat(allocation.unitsForNeed(need.id())).isLessThanOrEqualTo(need.remaining());
        }
    }

    @Property(tries = 150, seed = "20261125")
    void everyAllocatedPairPassesTheHardRules(@ForAll @LongRange(min = 1) long seed,
            @ForAll @IntRange(min = 1, max = 40) int offers, @ForAll @IntRange(min = 1, max = 40) int needs) {
        RandomMarket market = RandomMarket.generate(seed, offers, needs);
        Allocation allocation = engine.allocate(market.offers(), market.needs(), context);

        for (AllocatedPair pair : allocation.pairs()) {
            assertThat(engine.eligibility().violations(pair.candidate().offer(), pair.candidate().need(), TODAY))
                .isEmpty();
        }
    }

    @Property(tries = 150, seed = "20261125")
    void theObjectiveEqualsThatOfTheIndependentReferenceSolver(@ForAll @LongRange(min = 1) long seed,
            @ForAll @IntRange(min = 1, max = 40) int offers, @ForAll @IntRange(min = 1, max = 40) int needs) {
        RandomMarket market = RandomMarket.generate(seed, offers, needs);
        List<Candidate> candidates = engine.candidates(market.offers(), market.needs(), context);

        Allocation allocation = allocator.allocate(candidates);
        FlowNetwork network = AllocationNetwork.of(candidates, AllocationPolicy.DEFAULTS).network();
        FlowSolution reference = new JGraphTMinCostFlowSolver().solve(network);

        assertThat(allocation.objective()).isEqualTo(-reference.cost());
        Statistics.label("allocated pairs")
            .collect(allocation.pairs().isEmpty() ? "none" : "some")
            .coverage(coverage -> coverage.check("some").percentage(share -> share > 50));
    }

    @Property(tries = 100, seed = "20261125")
    void repeatedRunsGiveTheSameAllocation(@ForAll @LongRange(min = 1) long seed,
            @ForAll @IntRange(min = 1, max = 40) int offers, @ForAll @IntRange(min = 1, max = 40) int needs) {
        RandomMarket market = RandomMarket.generate(seed, offers, needs);

        Allocation first = engine.allocate(market.offers(), market.needs(), context);
        Allocation second = engine.allocate(reversed(market.offers()), reversed(market.needs()), context);

        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 100, seed = "20261125")
    void noPairIsBelowTheMinimumLotUnlessARemainderIsSmaller(@ForAll @LongRange(min = 1) long seed,
            @ForAll @IntRange(min = 1, max = 30) int offers, @ForAll @IntRange(min = 1, max = 30) int needs,
            @ForAll @IntRange(min = 2, max = 10) int lot) {
        RandomMarket market = RandomMarket.generate(seed, offers, needs);
        MatchingEngine withLot = new MatchingEngine(Fixtures.TAXONOMY, Fixtures.PLACES, MatchingPolicy.DEFAULTS,
                new AllocationPolicy(lot, 4, 0.1));

        Allocation allocation = withLot.allocate(market.offers(), market.needs(), context);

        for (AllocatedPair pair : allocation.pairs()) {
            int smallest = Math.min(lot,
                    Math.min(pair.candidate().offer().remaining(), pair.candidate().need().remaining()));
            assertThat(pair.units()).isGreaterThanOrEqualTo(smallest);
            assertThat(pair.units()).isLessThanOrEqualTo(pair.candidate().capacity());
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

}
