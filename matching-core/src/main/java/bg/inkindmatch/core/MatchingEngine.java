package bg.inkindmatch.core;

import bg.inkindmatch.core.allocation.Allocation;
import bg.inkindmatch.core.allocation.AllocationPolicy;
import bg.inkindmatch.core.allocation.Allocator;
import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.place.Places;
import bg.inkindmatch.core.ranking.PostIndex;
import bg.inkindmatch.core.ranking.Ranker;
import bg.inkindmatch.core.ranking.Ranking;
import bg.inkindmatch.core.scoring.Candidate;
import bg.inkindmatch.core.scoring.Eligibility;
import bg.inkindmatch.core.scoring.MatchingContext;
import bg.inkindmatch.core.scoring.MatchingPolicy;
import bg.inkindmatch.core.scoring.Scorer;
import bg.inkindmatch.core.taxonomy.Taxonomy;
import bg.inkindmatch.core.text.TextAnalyzer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The matching engine's two entry points in one place: <b>rank</b> (the best candidates
 * for one post, for the live preview of a form) and <b>allocate</b> (the optimal
 * allocation of a set of open posts, for proposing matches). Both go through a
 * {@link PostIndex}, never comparing every offer with every need.
 *
 * <p>
 * Immutable and safe to share between threads.
 */
public final class MatchingEngine {

    private final Taxonomy taxonomy;

    private final Places places;

    private final MatchingPolicy matchingPolicy;

    private final TextAnalyzer analyzer = new TextAnalyzer();

    private final Eligibility eligibility;

    private final Scorer scorer;

    private final Ranker ranker;

    private final Allocator allocator;

    /** An engine over the given taxonomy and places, with the given policies. */
    public MatchingEngine(Taxonomy taxonomy, Places places, MatchingPolicy matchingPolicy,
            AllocationPolicy allocationPolicy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.places = Objects.requireNonNull(places, "places");
        this.matchingPolicy = Objects.requireNonNull(matchingPolicy, "matchingPolicy");
        this.eligibility = new Eligibility(taxonomy, places, matchingPolicy);
        this.scorer = new Scorer(taxonomy, places, analyzer, matchingPolicy);
        this.ranker = new Ranker(eligibility, scorer);
        this.allocator = new Allocator(Objects.requireNonNull(allocationPolicy, "allocationPolicy"));
    }

    /** The standard taxonomy and places of Bulgaria, with default policies. */
    public static MatchingEngine standard() {
        return new MatchingEngine(Taxonomy.standard(), Places.standard(), MatchingPolicy.DEFAULTS,
                AllocationPolicy.DEFAULTS);
    }

    /** The taxonomy the engine matches by. */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The places the engine matches by. */
    public Places places() {
        return places;
    }

    /** The hard rules. */
    public Eligibility eligibility() {
        return eligibility;
    }

    /** The score. */
    public Scorer scorer() {
        return scorer;
    }

    /**
     * A new, empty index of open posts for this engine's taxonomy, places and pickup
     * radius.
     */
    public PostIndex newIndex() {
        return new PostIndex(taxonomy, places, analyzer, matchingPolicy);
    }

    /** The best {@code k} needs of the index for an offer. */
    public Ranking rankNeeds(Offer offer, PostIndex index, MatchingContext context, int k) {
        return ranker.needsFor(offer, index, context, k);
    }

    /** The best {@code k} offers of the index for a need. */
    public Ranking rankOffers(Need need, PostIndex index, MatchingContext context, int k) {
        return ranker.offersFor(need, index, context, k);
    }

    /**
     * Every pair of the given offers and needs that passes the hard rules, scored; found
     * through an index.
     */
    public List<Candidate> candidates(Collection<Offer> offers, Collection<Need> needs, MatchingContext context) {
        PostIndex index = newIndex();
        needs.forEach(index::put);
        List<Candidate> candidates = new ArrayList<>();
        for (Offer offer : offers) {
            var offerText = scorer.profile(offer.title(), offer.description());
            index.forEachNeedReachableFrom(offer, entry -> {
                if (eligibility.eligible(offer, entry.post(), context.today())) {
                    candidates.add(new Candidate(offer, entry.post(),
                            scorer.score(offer, offerText, entry.post(), entry.text(), context)));
                }
            });
        }
        return candidates;
    }

    /**
     * The optimal allocation of the given open offers and needs (see {@link Allocator}).
     */
    public Allocation allocate(Collection<Offer> offers, Collection<Need> needs, MatchingContext context) {
        return allocator.allocate(candidates(offers, needs, context));
    }

}
