package bg.inkindmatch.core.ranking;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.post.Post;
import bg.inkindmatch.core.scoring.Candidate;
import bg.inkindmatch.core.scoring.Eligibility;
import bg.inkindmatch.core.scoring.MatchingContext;
import bg.inkindmatch.core.scoring.Scorer;
import bg.inkindmatch.core.text.TextProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Ranks the posts of the other side for one new or edited post: the best k candidates and
 * how many posts it matches at all, for the live preview of a form.
 *
 * <p>
 * It asks a {@link PostIndex} for the posts of compatible categories that can reach the
 * place, checks the remaining hard rules, scores the survivors without building their
 * breakdowns, keeps the best k in a bounded heap, and explains only those. Time: the
 * number of posts in the visited buckets times a cheap score, plus {@code k log k}.
 * Stateless and safe to share between threads.
 */
public final class Ranker {

    private final Eligibility eligibility;

    private final Scorer scorer;

    /** A ranker that applies the given hard rules and score. */
    public Ranker(Eligibility eligibility, Scorer scorer) {
        this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    /**
     * The best {@code k} open needs of the index for an offer. The offer itself need not
     * be in the index.
     */
    public Ranking needsFor(Offer offer, PostIndex index, MatchingContext context, int k) {
        checkK(k);
        TextProfile offerText = scorer.profile(offer.title(), offer.description());
        Best<Need> best = new Best<>(k);
        index.forEachNeedReachableFrom(offer, entry -> {
            Need need = entry.post();
            if (eligibility.eligible(offer, need, context.today())) {
                best.offer(entry, scorer.valueUnlessBelow(offer, offerText, need, entry.text(), context, best.floor()));
            }
        });
        List<Candidate> top = best.inOrder()
            .stream()
            .map(s -> new Candidate(offer, s.entry().post(),
                    scorer.score(offer, offerText, s.entry().post(), s.entry().text(), context)))
            .toList();
        return new Ranking(top, best.count());
    }

    /**
     * The best {@code k} open offers of the index for a need. The need itself need not be
     * in the index.
     */
    public Ranking offersFor(Need need, PostIndex index, MatchingContext context, int k) {
        checkK(k);
        TextProfile needText = scorer.profile(need.title(), need.description());
        Best<Offer> best = new Best<>(k);
        index.forEachOfferReaching(need.category(), need.handover(), entry -> {
            Offer offer = entry.post();
            if (eligibility.eligible(offer, need, context.today())) {
                best.offer(entry, scorer.valueUnlessBelow(offer, entry.text(), need, needText, context, best.floor()));
            }
        });
        List<Candidate> top = best.inOrder()
            .stream()
            .map(s -> new Candidate(s.entry().post(), need,
                    scorer.score(s.entry().post(), s.entry().text(), need, needText, context)))
            .toList();
        return new Ranking(top, best.count());
    }

    private static void checkK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
    }

    private record Scored<P extends Post>(Indexed<P> entry, double value) {
    }

    /** The best k of a stream of scored posts: higher score first, then lower id. */
    private static final class Best<P extends Post> {

        private static final Comparator<Scored<?>> BETTER_FIRST = Comparator.<Scored<?>>comparingDouble(Scored::value)
            .reversed()
            .thenComparingLong(s -> s.entry().post().id());

        private final int k;

        private final PriorityQueue<Scored<P>> worstFirst;

        private int count;

        Best(int k) {
            this.k = k;
            this.worstFirst = new PriorityQueue<>(Math.max(1, k + 1), BETTER_FIRST.reversed());
        }

        void offer(Indexed<P> entry, double value) {
            count++;
            if (k == 0) {
                return;
            }
            if (worstFirst.size() < k) {
                worstFirst.add(new Scored<>(entry, value));
                return;
            }
            Scored<P> worst = worstFirst.peek();
            if (value < worst.value()) {
                return;
            }
            Scored<P> candidate = new Scored<>(entry, value);
            if (BETTER_FIRST.compare(candidate, worst) < 0) {
                worstFirst.poll();
                worstFirst.add(candidate);
            }
        }

        /**
         * The score a post must reach to enter the top k; below it, a post is only
         * counted.
         */
        double floor() {
            if (k == 0) {
                return Double.POSITIVE_INFINITY;
            }
            return worstFirst.size() < k ? Double.NEGATIVE_INFINITY : worstFirst.peek().value();
        }

        int count() {
            return count;
        }

        List<Scored<P>> inOrder() {
            List<Scored<P>> all = new ArrayList<>(worstFirst);
            all.sort(BETTER_FIRST);
            return all;
        }

    }

}
