package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.ranking.PostIndex;
import bg.inkindmatch.core.ranking.Ranking;
import bg.inkindmatch.core.scoring.MatchingContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;

/** Ranks one new post against 100,000 open posts of the other side. */
@State(Scope.Benchmark)
public class RankingBenchmark {

    static final int OPEN_POSTS = 100_000;
    private static final int NEW_POSTS = 1024;

    private final MatchingEngine engine = MatchingEngine.standard();
    private final MatchingContext context = MatchingContext.on(LocalDate.of(2026, 11, 25));
    private PostIndex needIndex;
    private PostIndex offerIndex;
    private Offer[] newOffers;
    private Need[] newNeeds;
    private int next;

    @Setup
    public void fill() {
        RealisticMarket market = new RealisticMarket(42, engine.taxonomy(), engine.places(), context.today());
        needIndex = engine.newIndex();
        offerIndex = engine.newIndex();
        for (int i = 0; i < OPEN_POSTS; i++) {
            needIndex.put(market.need(i));
            offerIndex.put(market.offer(i));
        }
        newOffers = new Offer[NEW_POSTS];
        newNeeds = new Need[NEW_POSTS];
        for (int i = 0; i < NEW_POSTS; i++) {
            newOffers[i] = market.offer(OPEN_POSTS + i);
            newNeeds[i] = market.need(OPEN_POSTS + i);
        }
    }

    @Benchmark
    public Ranking rankNeedsForANewOffer() {
        return engine.rankNeeds(newOffers[next++ & (NEW_POSTS - 1)], needIndex, context, 3);
    }

    @Benchmark
    public Ranking rankOffersForANewNeed() {
        return engine.rankOffers(newNeeds[next++ & (NEW_POSTS - 1)], offerIndex, context, 3);
    }
}
