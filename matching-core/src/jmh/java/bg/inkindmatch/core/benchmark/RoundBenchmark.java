package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.allocation.Allocation;
import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.scoring.MatchingContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The time to the first allocation of a matching round: from the open posts (half offers, half
 * needs, a realistic mix) to the optimal allocation, through the candidates the hard rules let
 * through and their scores.
 */
@State(Scope.Benchmark)
public class RoundBenchmark {

    static final int OPEN_POSTS = 10_000;

    @Param({"1"})
    public long seed;

    private final MatchingEngine engine = MatchingEngine.standard();
    private final MatchingContext context = MatchingContext.on(LocalDate.of(2026, 11, 26));
    private final List<Offer> offers = new ArrayList<>();
    private final List<Need> needs = new ArrayList<>();

    @Setup
    public void open() {
        RealisticMarket market = new RealisticMarket(seed, engine.taxonomy(), engine.places(), context.today());
        for (int i = 0; i < OPEN_POSTS / 2; i++) {
            offers.add(market.offer(i));
            needs.add(market.need(i));
        }
    }

    @Benchmark
    public Allocation firstAllocation() {
        return engine.allocate(offers, needs, context);
    }
}
