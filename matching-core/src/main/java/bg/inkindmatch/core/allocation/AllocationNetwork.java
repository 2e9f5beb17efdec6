package bg.inkindmatch.core.allocation;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.scoring.Candidate;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The flow network whose minimum-cost flow is the optimal allocation of a set of
 * candidates (see {@link Allocator} for the objective). Layout: <pre>
 *   source --(offer's remaining, 0)--> offer
 *   offer  --(min(remainings), -value)--> need        one arc per candidate, arcs 0..candidates-1
 *   need   --(need's remaining, 0)--> centre
 *   centre --(tier size, penalty of tier k)--> sink   one arc per tier, penalties 0 &lt; p1 &lt; p2 ...
 *   source --(all supply, 0)--> sink                  what is not allocated
 * </pre> The source supplies the offers' remaining units, the sink takes them. Offers,
 * needs and centres are laid out in id order and candidate arcs in (offer id, need id)
 * order, so the same candidates always give the same network. Immutable.
 */
public final class AllocationNetwork {

    /**
     * Values and penalties are scaled by this factor and rounded to whole numbers: fine
     * enough to tell apart scores that differ in the sixth decimal for needs of up to a
     * hundred units, and small enough that every arc cost stays below 10^9, which some
     * solvers (jgrapht) take as an infinite cost.
     */
    public static final long VALUE_SCALE = 100_000_000L;

    private final List<Candidate> candidates;

    private final FlowNetwork network;

    private AllocationNetwork(List<Candidate> candidates, FlowNetwork network) {
        this.candidates = candidates;
        this.network = network;
    }

    /**
     * The network of the given candidates.
     * @param candidates the candidates; at most one per (offer, need) pair, and every
     * offer (need) the same in all candidates that name it
     * @throws IllegalArgumentException if a pair repeats or one post appears with
     * different contents
     */
    public static AllocationNetwork of(List<Candidate> candidates, AllocationPolicy policy) {
        OrderedCandidates ordered = OrderedCandidates.of(candidates);
        return ofOrdered(ordered, policy, new boolean[ordered.list().size()]);
    }

    /**
     * The network of candidates already checked and put in order.
     * @param dropped per candidate, whether its arc gets capacity 0
     */
    static AllocationNetwork ofOrdered(OrderedCandidates ordered, AllocationPolicy policy, boolean[] dropped) {
        Objects.requireNonNull(policy, "policy");
        if (dropped.length != ordered.list().size()) {
            throw new IllegalArgumentException("dropped must have one flag per candidate");
        }
        return new AllocationNetwork(ordered.list(), new Layout(ordered, policy).build(dropped));
    }

    /**
     * The candidates in (offer id, need id) order; candidate {@code i} is arc {@code i}.
     */
    public List<Candidate> candidates() {
        return candidates;
    }

    /** The flow network. */
    public FlowNetwork network() {
        return network;
    }

    /**
     * Numbers the nodes and lays out the arcs: the source, the offers, the needs and the
     * centres each in id order, then the sink. Posts are found by binary search in sorted
     * id arrays, so that a layout costs little beside the solve.
     */
    private static final class Layout {

        private final List<Candidate> candidates;

        private final AllocationPolicy policy;

        private final Offer[] offers;

        /** Per candidate, the place of its offer in {@link #offers}. */
        private final int[] offerOf;

        /** Per candidate, the place of its need in {@link #needs}. */
        private final int[] needOf;

        private final Need[] needs;

        private final double[] scores;

        private final long[] centreIds;

        /** Per centre, the units its needs still want. */
        private final long[] demand;

        /** Per centre, how many of its needs are in the network. */
        private final int[] needCount;

        Layout(OrderedCandidates ordered, AllocationPolicy policy) {
            this.candidates = ordered.list();
            this.policy = policy;
            this.needs = ordered.needs();
            this.needOf = ordered.needOf();
            this.scores = ordered.scores();
            offers = ordered.offers();
            offerOf = ordered.offerOf();
            centreIds = Arrays.stream(needs).mapToLong(need -> need.organisation().id()).distinct().sorted().toArray();
            demand = new long[centreIds.length];
            needCount = new int[centreIds.length];
            for (Need need : needs) {
                int centre = centreOf(need);
                demand[centre] += need.remaining();
                needCount[centre]++;
            }
        }

        FlowNetwork build(boolean[] dropped) {
            int firstNeed = 1 + offers.length;
            int firstCentre = firstNeed + needs.length;
            int sink = firstCentre + centreIds.length;
            int source = 0;
            long supply = 0;
            for (Offer offer : offers) {
                supply += offer.remaining();
            }
            FlowNetwork.Builder builder = FlowNetwork.builder(sink + 1,
                    candidates.size() + offers.length + needs.length + tierArcs() + 1);
            builder.supply(source, supply).supply(sink, -supply);
            long[] offerLeft = Arrays.stream(offers).mapToLong(Offer::remaining).toArray();
            long[] needLeft = Arrays.stream(needs).mapToLong(Need::remaining).toArray();
            for (int i = 0; i < candidates.size(); i++) {
                long offerUnits = offerLeft[offerOf[i]];
                long needUnits = needLeft[needOf[i]];
                long capacity = dropped[i] ? 0 : Math.min(offerUnits, needUnits);
                builder.arc(1 + offerOf[i], firstNeed + needOf[i], capacity, -unitValue(scores[i], needUnits));
            }
            for (int i = 0; i < offers.length; i++) {
                builder.arc(source, 1 + i, offers[i].remaining(), 0);
            }
            for (int i = 0; i < needs.length; i++) {
                builder.arc(firstNeed + i, firstCentre + centreOf(needs[i]), needs[i].remaining(), 0);
            }
            addTiers(builder, firstCentre, sink);
            builder.arc(source, sink, supply, 0);
            return builder.build();
        }

        private int centreOf(Need need) {
            return Arrays.binarySearch(centreIds, need.organisation().id());
        }

        /** The candidate's value per unit: its score per share of the need. */
        private static long unitValue(double score, long needUnits) {
            return Math.round(VALUE_SCALE * score / Math.max(1, needUnits));
        }

        /**
         * Cuts each centre's demand D into tiers; units in tier k cost k * step * (needs
         * / D) each.
         */
        private void addTiers(FlowNetwork.Builder builder, int firstCentre, int sink) {
            int tiers = policy.centreTiers();
            for (int centre = 0; centre < centreIds.length; centre++) {
                for (int k = 0; k < tiers; k++) {
                    long size = tierSize(centre, k);
                    if (size > 0) {
                        long penalty = Math.round(VALUE_SCALE * policy.diminishingStep() * k * needCount[centre]
                                / (double) demand[centre]);
                        builder.arc(firstCentre + centre, sink, size, penalty);
                    }
                }
            }
        }

        /** How many tier arcs there are: one per tier that holds a unit. */
        private int tierArcs() {
            int count = 0;
            for (int centre = 0; centre < centreIds.length; centre++) {
                for (int k = 0; k < policy.centreTiers(); k++) {
                    count += tierSize(centre, k) > 0 ? 1 : 0;
                }
            }
            return count;
        }

        private long tierSize(int centre, int k) {
            int tiers = policy.centreTiers();
            return demand[centre] * (k + 1) / tiers - demand[centre] * k / tiers;
        }

    }

}
